package dev.jonvif.discovery;

import dev.jonvif.core.xml.XmlElement;

/**
 * The answer to a Resolve.
 *
 * @param header addressing headers; {@code relatesTo} is the Resolve's MessageID
 * @param match the resolved target service, or {@code null} when the message carries none
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §6.2</a>
 */
public record ResolveMatches(DiscoveryHeader header, EndpointMetadata match)
    implements DiscoveryMessage {

  @Override
  public String action() {
    return WsDiscovery.ACTION_RESOLVE_MATCHES;
  }

  @Override
  public XmlElement toBodyElement() {
    XmlElement.Builder b = XmlElement.builder(WsDiscovery.NAMESPACE, "ResolveMatches");
    if (match != null) {
      b.child(WireFormat.metadata("ResolveMatch", match, true));
    }
    return b.build();
  }

  static ResolveMatches read(DiscoveryHeader h, XmlElement body) {
    XmlElement m = body.childLenient(WsDiscovery.NAMESPACE, "ResolveMatch");
    return new ResolveMatches(h, m == null ? null : WireFormat.readMetadata(m));
  }
}
