package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * The changes SetNetworkInterfaces applies to one interface ({@code
 * tt:NetworkInterfaceSetConfiguration}). A {@code null} field is left unchanged by the device.
 *
 * @param enabled enable or disable the interface
 * @param mtu the new MTU
 * @param ipv4Enabled enable or disable IPv4
 * @param ipv4Dhcp use DHCP for IPv4
 * @param ipv4Manual manual IPv4 addresses (empty: none sent)
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd,
 *     NetworkInterfaceSetConfiguration</a>
 */
public record NetworkInterfaceSettings(
    Boolean enabled,
    Integer mtu,
    Boolean ipv4Enabled,
    Boolean ipv4Dhcp,
    List<PrefixedAddress> ipv4Manual) {

  public NetworkInterfaceSettings {
    ipv4Manual = ipv4Manual == null ? List.of() : List.copyOf(ipv4Manual);
  }

  /** Static IPv4 configuration: DHCP off, one manual address. */
  public static NetworkInterfaceSettings staticIpv4(String address, int prefixLength) {
    return new NetworkInterfaceSettings(
        null, null, true, false, List.of(new PrefixedAddress(address, prefixLength)));
  }

  /** IPv4 from DHCP. */
  public static NetworkInterfaceSettings dhcpIpv4() {
    return new NetworkInterfaceSettings(null, null, true, true, List.of());
  }

  /** This value as an element named {@code namespace:localName} (schema order). */
  public XmlElement toElement(String namespace, String localName) {
    String tt = Namespaces.TT;
    XmlElement.Builder b =
        XmlElement.builder(namespace, localName)
            .child(tt, "Enabled", enabled)
            .child(tt, "MTU", mtu);
    if (ipv4Enabled != null || ipv4Dhcp != null || !ipv4Manual.isEmpty()) {
      XmlElement.Builder v4 = XmlElement.builder(tt, "IPv4").child(tt, "Enabled", ipv4Enabled);
      for (PrefixedAddress a : ipv4Manual) {
        v4.child(a.toElement(tt, "Manual"));
      }
      v4.child(tt, "DHCP", ipv4Dhcp);
      b.child(v4.build());
    }
    return b.build();
  }
}
