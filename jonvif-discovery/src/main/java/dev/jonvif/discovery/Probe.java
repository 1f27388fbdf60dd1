package dev.jonvif.discovery;

import dev.jonvif.core.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * A Probe: "which target services have all these types and match all these scopes?". Empty types
 * and scopes match every target.
 *
 * @param header addressing headers; a Probe carries no AppSequence
 * @param types the types every match must have
 * @param scopes the scopes every match must match
 * @param matchBy the scope matching rule URI as sent, or {@code null} for the default (RFC 3986)
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §5.2</a>
 */
public record Probe(DiscoveryHeader header, List<QName> types, List<String> scopes, String matchBy)
    implements DiscoveryMessage {

  public Probe {
    types = List.copyOf(types);
    scopes = List.copyOf(scopes);
  }

  /**
   * A new multicast Probe for these types (for ONVIF: {@link
   * WsDiscovery#NETWORK_VIDEO_TRANSMITTER}).
   */
  public static Probe of(List<QName> types) {
    return new Probe(DiscoveryHeader.multicast(null), types, List.of(), null);
  }

  /** A new multicast Probe for these types and scopes, matched by {@code rule}. */
  public static Probe of(List<QName> types, List<String> scopes, ScopeMatchRule rule) {
    String by = rule == null || rule == ScopeMatchRule.RFC3986 ? null : rule.uri();
    return new Probe(DiscoveryHeader.multicast(null), types, scopes, by);
  }

  /** The scope matching rule, or empty when {@link #matchBy} names one jonvif does not know. */
  public Optional<ScopeMatchRule> matchRule() {
    return ScopeMatchRule.forUri(matchBy);
  }

  @Override
  public String action() {
    return WsDiscovery.ACTION_PROBE;
  }

  @Override
  public XmlElement toBodyElement() {
    XmlElement.Builder b = XmlElement.builder(WsDiscovery.NAMESPACE, "Probe");
    if (!types.isEmpty()) {
      b.child(WireFormat.types(types));
    }
    if (!scopes.isEmpty() || matchBy != null) {
      b.child(WireFormat.scopes(scopes, matchBy));
    }
    return b.build();
  }

  static Probe read(DiscoveryHeader h, XmlElement body) {
    return new Probe(
        h,
        WireFormat.readTypes(body, true),
        WireFormat.readScopes(body),
        WireFormat.readMatchBy(body));
  }
}
