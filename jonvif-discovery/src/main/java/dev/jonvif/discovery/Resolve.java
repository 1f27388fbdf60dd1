package dev.jonvif.discovery;

import dev.jonvif.core.xml.XmlElement;

/**
 * A Resolve: "where is the target service with this endpoint reference?".
 *
 * @param header addressing headers
 * @param endpointReference the address of the endpoint reference to resolve
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §6.1</a>
 */
public record Resolve(DiscoveryHeader header, String endpointReference)
    implements DiscoveryMessage {

  /** A new multicast Resolve. */
  public static Resolve of(String endpointReference) {
    return new Resolve(DiscoveryHeader.multicast(null), endpointReference);
  }

  @Override
  public String action() {
    return WsDiscovery.ACTION_RESOLVE;
  }

  @Override
  public XmlElement toBodyElement() {
    return XmlElement.builder(WsDiscovery.NAMESPACE, "Resolve")
        .child(WireFormat.endpointReference(endpointReference))
        .build();
  }

  static Resolve read(DiscoveryHeader h, XmlElement body) {
    return new Resolve(h, WireFormat.readEndpointReference(body));
  }
}
