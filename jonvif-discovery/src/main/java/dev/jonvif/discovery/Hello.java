package dev.jonvif.discovery;

import dev.jonvif.core.xml.XmlElement;

/**
 * A Hello: a target service announces that it joined the network or that its metadata changed.
 *
 * @param header addressing and AppSequence headers
 * @param metadata the announced endpoint reference, types, scopes, XAddrs and metadata version
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §4.1</a>
 */
public record Hello(DiscoveryHeader header, EndpointMetadata metadata) implements DiscoveryMessage {

  @Override
  public String action() {
    return WsDiscovery.ACTION_HELLO;
  }

  @Override
  public XmlElement toBodyElement() {
    return WireFormat.metadata("Hello", metadata, false);
  }

  static Hello read(DiscoveryHeader h, XmlElement body) {
    return new Hello(h, WireFormat.readMetadata(body));
  }
}
