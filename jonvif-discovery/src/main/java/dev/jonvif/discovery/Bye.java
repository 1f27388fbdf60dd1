package dev.jonvif.discovery;

import dev.jonvif.core.xml.XmlElement;

/**
 * A Bye: a target service announces that it is leaving the network.
 *
 * @param header addressing and AppSequence headers
 * @param endpointReference the address of the leaving service's endpoint reference
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §4.2</a>
 */
public record Bye(DiscoveryHeader header, String endpointReference) implements DiscoveryMessage {

  @Override
  public String action() {
    return WsDiscovery.ACTION_BYE;
  }

  @Override
  public XmlElement toBodyElement() {
    return XmlElement.builder(WsDiscovery.NAMESPACE, "Bye")
        .child(WireFormat.endpointReference(endpointReference))
        .build();
  }

  static Bye read(DiscoveryHeader h, XmlElement body) {
    return new Bye(h, WireFormat.readEndpointReference(body));
  }
}
