package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * The device's default gateways (GetNetworkDefaultGateway).
 *
 * @param ipv4 IPv4 gateway addresses
 * @param ipv6 IPv6 gateway addresses
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, NetworkGateway</a>
 */
public record NetworkGateway(List<String> ipv4, List<String> ipv6) {

  public NetworkGateway {
    ipv4 = List.copyOf(ipv4);
    ipv6 = List.copyOf(ipv6);
  }

  /** Reads a GetNetworkDefaultGatewayResponse or its {@code NetworkGateway} child. */
  public static NetworkGateway fromElement(XmlElement element) {
    XmlElement gw =
        element.localName().endsWith("Response")
            ? Values.child(element, Namespaces.TDS, "NetworkGateway")
            : element;
    return new NetworkGateway(
        Values.texts(gw, Namespaces.TT, "IPv4Address"),
        Values.texts(gw, Namespaces.TT, "IPv6Address"));
  }
}
