package dev.jonvif.client.internal;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.soap.SoapResponses;
import dev.jonvif.core.xml.XmlLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP answer to a SOAP request, before interpretation. The envelope is parsed at most once, on
 * demand, so links that only look at the status pay nothing.
 */
public final class RawResponse {

  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private volatile Object parsed; // SoapEnvelope, or MalformedMessageException

  public RawResponse(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body == null ? new byte[0] : body;
  }

  public int status() {
    return status;
  }

  public byte[] body() {
    return body;
  }

  /** Every value of a header (case-insensitive name). */
  public List<String> headers(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return List.of();
  }

  public Map<String, List<String>> allHeaders() {
    return headers;
  }

  /** The parsed envelope, or {@code null} when the body is empty or not an envelope. */
  public SoapEnvelope envelopeOrNull() {
    Object p = parsed;
    if (p == null) {
      try {
        p = body.length == 0 ? Boolean.FALSE : SoapEnvelope.parse(body, XmlLimits.DEFAULT);
      } catch (MalformedMessageException e) {
        p = e;
      }
      parsed = p;
    }
    return p instanceof SoapEnvelope env ? env : null;
  }

  /** The SOAP fault in the body, or {@code null}. */
  public SoapFault faultOrNull() {
    SoapEnvelope env = envelopeOrNull();
    return env != null && env.isFault() ? env.fault() : null;
  }

  /** Whether the body carries {@code ter:NotAuthorized} (or an equivalent). */
  public boolean isNotAuthorizedFault() {
    return isRefusal(faultOrNull());
  }

  /**
   * Whether a fault refuses the credentials: {@code ter:NotAuthorized} and its relatives, or a
   * subcode-less Sender fault whose reason says so. The latter is a named leniency for firmware
   * such as DVC's, which answers an unauthenticated GetSystemDateAndTime with {@code
   * <SOAP-ENV:Value>SOAP-ENV:Sender</SOAP-ENV:Value>} and the reason "HTTP Error: 401
   * Unauthorized", and for SOAP 1.1 devices that send {@code Client.Authentication}.
   */
  public static boolean isRefusal(SoapFault f) {
    if (f == null) {
      return false;
    }
    if (f.isNotAuthorized() || f.hasSubcode("Authentication")) {
      return true;
    }
    if (!f.subcodes().isEmpty()) {
      return false;
    }
    String r = f.reason().toLowerCase(Locale.ROOT);
    return r.contains("401")
        || r.contains("unauthorized")
        || r.contains("not authorized")
        || r.contains("authentication failed")
        || r.contains("authority failure");
  }

  /** The response as an envelope, or the exception that describes it. */
  public SoapEnvelope interpret(ErrorContext context) {
    SoapEnvelope env = envelopeOrNull(); // parsed once: links before may have looked at it
    MalformedMessageException error = parsed instanceof MalformedMessageException e ? e : null;
    return SoapResponses.interpret(status, env, error, context);
  }

  /** The start of the body as text, for detectors and messages (at most {@code max} chars). */
  public String bodySnippet(int max) {
    int n = Math.min(body.length, max * 4);
    String s = new String(body, 0, n, StandardCharsets.UTF_8);
    return s.length() > max ? s.substring(0, max) : s;
  }

  /** The body text, lower-cased, for keyword detectors. */
  public String bodyLowerCase() {
    return bodySnippet(8192).toLowerCase(Locale.ROOT);
  }

  /** A copy with another body (for quirk repairs). */
  public RawResponse withBody(byte[] newBody) {
    return new RawResponse(status, headers, newBody);
  }
}
