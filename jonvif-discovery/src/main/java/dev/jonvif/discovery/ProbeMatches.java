package dev.jonvif.discovery;

import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to a Probe: the metadata of each matching target service. jonvif's responder sends one
 * match per message (see {@link DiscoveryResponder}); readers accept any number.
 *
 * @param header addressing headers; {@code relatesTo} is the Probe's MessageID
 * @param matches the matching target services
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §5.3</a>
 */
public record ProbeMatches(DiscoveryHeader header, List<EndpointMetadata> matches)
    implements DiscoveryMessage {

  public ProbeMatches {
    matches = List.copyOf(matches);
  }

  @Override
  public String action() {
    return WsDiscovery.ACTION_PROBE_MATCHES;
  }

  @Override
  public XmlElement toBodyElement() {
    XmlElement.Builder b = XmlElement.builder(WsDiscovery.NAMESPACE, "ProbeMatches");
    for (EndpointMetadata m : matches) {
      b.child(WireFormat.metadata("ProbeMatch", m, false));
    }
    return b.build();
  }

  static ProbeMatches read(DiscoveryHeader h, XmlElement body) {
    List<EndpointMetadata> out = new ArrayList<>(1);
    for (XmlElement m : body.childrenLenient("ProbeMatch")) {
      out.add(WireFormat.readMetadata(m));
    }
    return new ProbeMatches(h, out);
  }
}
