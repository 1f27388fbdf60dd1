package dev.jonvif.client.internal;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapVersion;
import java.net.http.HttpRequest;

/**
 * The last link: signs the call for this attempt and POSTs it. Content-Type follows the SOAP
 * version: {@code application/soap+xml} with an {@code action} parameter for 1.2, {@code text/xml}
 * with a {@code SOAPAction} header for 1.1.
 */
public final class HttpLink implements Interceptor {

  private final HttpGateway gateway;

  public HttpLink(HttpGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public RawResponse intercept(Chain chain) {
    SoapCall call = chain.call();
    Signer.Signed signed = call.signer().sign(call);
    SoapEnvelope env = signed.envelope();
    String action = call.action() == null ? "" : call.action();
    HttpRequest.Builder req =
        HttpRequest.newBuilder()
            .POST(HttpRequest.BodyPublishers.ofByteArray(env.toBytes()))
            .header("Content-Type", env.contentType(action));
    if (env.version() == SoapVersion.SOAP_11) {
      req.header("SOAPAction", "\"" + action + "\"");
    }
    if (signed.authorization() != null) {
      req.header("Authorization", signed.authorization());
    }
    return gateway.send(req, call.endpoint(), call.context(), call.longPoll());
  }
}
