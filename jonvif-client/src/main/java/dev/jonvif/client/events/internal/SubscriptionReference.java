package dev.jonvif.client.events.internal;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.EndpointReference;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a subscription's requests go: the SubscriptionReference address (NAT-rewritten) and the
 * reference parameters every request must echo as SOAP headers (WS-Addressing 1.0 §3.3), plus
 * {@code wsa:To} and {@code wsa:Action}, which some cameras use to route to the subscription.
 *
 * @param address the address requests are sent to
 * @param advertised the address as the camera sent it (for wsa:To)
 * @param parameters the reference parameters
 */
public record SubscriptionReference(URI address, String advertised, List<XmlElement> parameters) {

  /** Reads a SubscriptionReference element, rewriting its address with {@code rewrite}. */
  public static SubscriptionReference of(
      EndpointReference epr, java.util.function.UnaryOperator<String> rewrite) {
    String raw = epr.address();
    if (raw.isEmpty()) {
      throw new dev.jonvif.core.MalformedMessageException(
          "the camera's SubscriptionReference has no Address");
    }
    URI uri;
    try {
      uri = URI.create(rewrite.apply(raw));
    } catch (IllegalArgumentException e) {
      throw new dev.jonvif.core.MalformedMessageException(
          "the camera's SubscriptionReference address is not a URI: " + raw);
    }
    return new SubscriptionReference(uri, raw, epr.referenceParameterHeaders());
  }

  /** An envelope for {@code body} with the addressing headers and reference parameters. */
  public SoapEnvelope envelope(XmlElement body, String action) {
    List<XmlElement> headers = new ArrayList<>(parameters.size() + 2);
    headers.add(XmlElement.of(Namespaces.WSA, "Action", action));
    headers.add(XmlElement.of(Namespaces.WSA, "To", advertised));
    headers.addAll(parameters);
    return SoapEnvelope.of(body).withHeaders(headers);
  }
}
