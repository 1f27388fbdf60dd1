package dev.jonvif.client.internal;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import java.util.Arrays;

/**
 * Vendor quirks, each a named repair with its own detector:
 *
 * <ul>
 *   <li><b>SOAP 1.1 only.</b> Old firmware answers a SOAP 1.2 request with HTTP 415, or with a
 *       {@code <faultcode>SOAP-ENV:VersionMismatch</faultcode>} fault. The call is retried as SOAP
 *       1.1 and the camera is spoken to in 1.1 from then on.
 *   <li><b>Junk before the document.</b> Some web servers put blank lines before {@code <?xml},
 *       which XML forbids; leading white space is removed.
 *   <li><b>Empty success.</b> Some cameras answer a Set operation with HTTP 200 and no body; it is
 *       read as the empty {@code <OperationResponse/>} the schema defines.
 * </ul>
 */
public final class QuirksLink implements Interceptor {

  private volatile SoapVersion version = SoapVersion.SOAP_12;

  /** The SOAP version this camera is spoken to in. */
  public SoapVersion version() {
    return version;
  }

  @Override
  public RawResponse intercept(Chain chain) {
    SoapCall call = chain.call();
    SoapVersion v = version;
    if (call.envelope().version() != v) {
      call = call.withEnvelope(convert(call.envelope(), v));
    }
    RawResponse r = repair(chain.proceed(call), call);
    if (v == SoapVersion.SOAP_12 && wantsSoap11(r)) {
      SoapCall old = call.withEnvelope(convert(call.envelope(), SoapVersion.SOAP_11));
      RawResponse r11 = repair(chain.proceed(old), old);
      if (r11.status() < 300 || (r11.faultOrNull() != null && !wantsSoap11(r11))) {
        version = SoapVersion.SOAP_11;
        return r11;
      }
    }
    return r;
  }

  private static SoapEnvelope convert(SoapEnvelope e, SoapVersion v) {
    return new SoapEnvelope(v, e.headers(), e.body());
  }

  private static boolean wantsSoap11(RawResponse r) {
    if (r.status() == 415) {
      return true;
    }
    SoapFault f = r.faultOrNull();
    return f != null && f.hasSubcode("VersionMismatch");
  }

  private static RawResponse repair(RawResponse r, SoapCall call) {
    byte[] b = r.body();
    int start = 0;
    while (start < b.length
        && (b[start] == ' ' || b[start] == '\r' || b[start] == '\n' || b[start] == '\t')) {
      start++;
    }
    if (start > 0 && start < b.length) {
      return r.withBody(Arrays.copyOfRange(b, start, b.length));
    }
    if (start == b.length && r.status() >= 200 && r.status() < 300) {
      return r.withBody(emptyResponse(call));
    }
    return r;
  }

  private static byte[] emptyResponse(SoapCall call) {
    XmlElement body = call.envelope().bodyElement();
    String ns = body == null ? "" : body.namespace();
    String name = (body == null ? "" : body.localName()) + "Response";
    return SoapEnvelope.of(call.envelope().version(), XmlElement.builder(ns, name).build())
        .toBytes();
  }
}
