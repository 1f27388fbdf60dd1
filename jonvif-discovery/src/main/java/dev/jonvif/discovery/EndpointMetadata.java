package dev.jonvif.discovery;

import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * What a target service announces about itself in Hello, ProbeMatch and ResolveMatch.
 *
 * @param endpointReference the stable address of the endpoint reference, e.g. {@code urn:uuid:...}
 * @param types the port types, e.g. {@code dn:NetworkVideoTransmitter tds:Device}
 * @param scopes the scope URIs, as sent
 * @param xaddrs the transport addresses (for ONVIF, device-service URLs), as sent
 * @param metadataVersion incremented whenever types or scopes change (xs:unsignedInt)
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §4.1</a>
 */
public record EndpointMetadata(
    String endpointReference,
    List<QName> types,
    List<String> scopes,
    List<String> xaddrs,
    long metadataVersion) {

  public EndpointMetadata {
    endpointReference = Objects.requireNonNullElse(endpointReference, "").strip();
    types = List.copyOf(types);
    scopes = List.copyOf(scopes);
    xaddrs = List.copyOf(xaddrs);
  }
}
