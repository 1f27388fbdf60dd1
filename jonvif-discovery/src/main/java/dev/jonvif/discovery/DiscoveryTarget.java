package dev.jonvif.discovery;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javax.xml.namespace.QName;

/**
 * A target service the {@link DiscoveryResponder} answers for: one virtual camera of a fleet.
 *
 * @param endpointReference stable, globally unique address, {@code urn:uuid:...} (see {@link
 *     #endpointReferenceFor(String)}); the same across restarts and interfaces
 * @param types the announced types; ONVIF devices use {@link #ONVIF_TYPES}
 * @param scopes the scope URIs (build ONVIF ones with {@link OnvifScopes})
 * @param xaddrs the device-service URLs for a local address: the responder calls it with the
 *     address of the interface a Probe arrived on (127.0.0.1 for a loopback-pinned responder); see
 *     {@link #deviceService(int)}
 * @param metadataVersion announced MetadataVersion (xs:unsignedInt); the responder increments it
 *     when {@link DiscoveryResponder#update} changes types or scopes
 * @param discoverable false for ONVIF's NonDiscoverable mode: no ProbeMatch, ResolveMatch, Hello or
 *     Bye for this target
 */
public record DiscoveryTarget(
    String endpointReference,
    List<QName> types,
    List<String> scopes,
    Function<InetAddress, List<URI>> xaddrs,
    long metadataVersion,
    boolean discoverable) {

  /** {@code dn:NetworkVideoTransmitter tds:Device}: what Profile S and T clients probe for. */
  public static final List<QName> ONVIF_TYPES =
      List.of(WsDiscovery.NETWORK_VIDEO_TRANSMITTER, WsDiscovery.DEVICE);

  /** The path of the ONVIF device service, the fixed entry point XAddrs point to. */
  public static final String DEVICE_SERVICE_PATH = "/onvif/device_service";

  public DiscoveryTarget {
    Objects.requireNonNull(endpointReference, "endpointReference");
    if (endpointReference.isBlank() || !endpointReference.equals(endpointReference.strip())) {
      throw new IllegalArgumentException(
          "endpoint reference must be a URI without surrounding space: '"
              + endpointReference
              + "'");
    }
    types = List.copyOf(types);
    scopes = List.copyOf(scopes);
    for (String s : scopes) {
      if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "a scope must be a URI without white space: '" + s + "'");
      }
    }
    Objects.requireNonNull(xaddrs, "xaddrs");
    if (metadataVersion < 0 || metadataVersion > AppSequence.MAX_UNSIGNED_INT) {
      throw new IllegalArgumentException("MetadataVersion out of range: " + metadataVersion);
    }
  }

  /** A discoverable ONVIF device (types {@link #ONVIF_TYPES}, MetadataVersion 1). */
  public static DiscoveryTarget onvifDevice(
      String endpointReference, List<String> scopes, Function<InetAddress, List<URI>> xaddrs) {
    return new DiscoveryTarget(endpointReference, ONVIF_TYPES, scopes, xaddrs, 1, true);
  }

  public DiscoveryTarget withTypes(List<QName> newTypes) {
    return new DiscoveryTarget(
        endpointReference, newTypes, scopes, xaddrs, metadataVersion, discoverable);
  }

  public DiscoveryTarget withScopes(List<String> newScopes) {
    return new DiscoveryTarget(
        endpointReference, types, newScopes, xaddrs, metadataVersion, discoverable);
  }

  public DiscoveryTarget withXAddrs(Function<InetAddress, List<URI>> newXAddrs) {
    return new DiscoveryTarget(
        endpointReference, types, scopes, newXAddrs, metadataVersion, discoverable);
  }

  public DiscoveryTarget withMetadataVersion(long version) {
    return new DiscoveryTarget(endpointReference, types, scopes, xaddrs, version, discoverable);
  }

  public DiscoveryTarget withDiscoverable(boolean isDiscoverable) {
    return new DiscoveryTarget(
        endpointReference, types, scopes, xaddrs, metadataVersion, isDiscoverable);
  }

  /**
   * A stable {@code urn:uuid:} derived from {@code seed} (a serial number, a camera name in a
   * fleet): the same seed always gives the same endpoint reference (name-based UUID, RFC 4122 v3).
   */
  public static String endpointReferenceFor(String seed) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * XAddrs {@code http://<address>[:port]/onvif/device_service} (port left out when 80; IPv6 in
   * brackets), the form ONVIF's DISCOVERY tests expect.
   */
  public static Function<InetAddress, List<URI>> deviceService(int port) {
    return deviceService("http", port);
  }

  /** As {@link #deviceService(int)} with another scheme, e.g. {@code https}. */
  public static Function<InetAddress, List<URI>> deviceService(String scheme, int port) {
    if (port <= 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String portPart = defaultPort ? "" : ":" + port;
    return address ->
        List.of(
            URI.create(
                scheme + "://" + HostFormat.uriHost(address) + portPart + DEVICE_SERVICE_PATH));
  }
}
