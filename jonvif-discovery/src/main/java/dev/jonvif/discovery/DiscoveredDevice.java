package dev.jonvif.discovery;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * A device found by a probe or announced by a Hello, merged over every answer with the same
 * endpoint reference (several interfaces, IPv4 and IPv6, repeated answers). Plain values only, so
 * it maps to JSON as it is.
 *
 * @param endpointReference the device's stable identity, e.g. {@code urn:uuid:...}
 * @param xaddrs device-service URLs, in the order first seen (unparsable entries dropped)
 * @param types announced types
 * @param scopes raw scope URIs
 * @param name ONVIF name scope, decoded, or {@code null}
 * @param hardware ONVIF hardware scope, decoded, or {@code null}
 * @param locations ONVIF location scopes, decoded
 * @param profiles ONVIF profiles from the scopes ({@code Streaming}, {@code T}, ...)
 * @param metadataVersion the highest MetadataVersion seen
 * @param interfaces where the answers arrived, e.g. {@code eth0/IPv4}
 * @param sources the addresses the answers came from
 */
public record DiscoveredDevice(
    String endpointReference,
    List<URI> xaddrs,
    List<QName> types,
    List<String> scopes,
    String name,
    String hardware,
    List<String> locations,
    List<String> profiles,
    long metadataVersion,
    List<String> interfaces,
    List<String> sources) {

  public DiscoveredDevice {
    xaddrs = List.copyOf(xaddrs);
    types = List.copyOf(types);
    scopes = List.copyOf(scopes);
    locations = List.copyOf(locations);
    profiles = List.copyOf(profiles);
    interfaces = List.copyOf(interfaces);
    sources = List.copyOf(sources);
  }

  /** A device as one message describes it. */
  static DiscoveredDevice of(EndpointMetadata m, String interfaceLabel, InetSocketAddress source) {
    List<URI> uris = new ArrayList<>(m.xaddrs().size());
    for (String x : m.xaddrs()) {
      try {
        uris.add(URI.create(x));
      } catch (IllegalArgumentException e) {
        // a camera's broken XAddr: the others may still work
      }
    }
    OnvifScopes s = OnvifScopes.parse(m.scopes());
    return new DiscoveredDevice(
        m.endpointReference(),
        uris,
        m.types(),
        m.scopes(),
        s.name(),
        s.hardware(),
        s.locations(),
        s.profiles(),
        m.metadataVersion(),
        List.of(interfaceLabel),
        List.of(HostFormat.text(source.getAddress())));
  }

  /** This device and {@code other} (same endpoint reference) merged: lists unioned in order. */
  DiscoveredDevice merge(DiscoveredDevice other) {
    List<String> mergedScopes = union(scopes, other.scopes);
    OnvifScopes s = OnvifScopes.parse(mergedScopes);
    return new DiscoveredDevice(
        endpointReference,
        union(xaddrs, other.xaddrs),
        union(types, other.types),
        mergedScopes,
        s.name(),
        s.hardware(),
        s.locations(),
        s.profiles(),
        Math.max(metadataVersion, other.metadataVersion),
        union(interfaces, other.interfaces),
        union(sources, other.sources));
  }

  /** The first http or https XAddr: the device-service URL to connect to. */
  public Optional<URI> deviceServiceUrl() {
    return xaddrs.stream()
        .filter(
            u -> "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
        .findFirst();
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    LinkedHashSet<T> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
