package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A network interface as GetNetworkInterfaces reports it.
 *
 * @param token the interface token (used by SetNetworkInterfaces)
 * @param enabled whether the interface is enabled
 * @param name the interface name ("" when absent)
 * @param hwAddress the MAC address ("" when absent)
 * @param mtu the MTU, or {@code null} when absent
 * @param ipv4 the IPv4 settings, or {@code null} when the interface has none
 * @param ipv6 the IPv6 settings, or {@code null} when the interface has none
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, NetworkInterface</a>
 */
public record NetworkInterface(
    String token,
    boolean enabled,
    String name,
    String hwAddress,
    Integer mtu,
    IpSettings ipv4,
    IpSettings ipv6) {

  public NetworkInterface {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
    hwAddress = hwAddress == null ? "" : hwAddress;
  }

  /**
   * The addresses of one IP version.
   *
   * @param enabled whether this IP version is enabled
   * @param dhcp whether addresses come from DHCP (for IPv6: any DHCP mode other than Off)
   * @param manual manually configured addresses
   * @param fromDhcp addresses obtained from DHCP
   * @param linkLocal link-local addresses
   */
  public record IpSettings(
      boolean enabled,
      boolean dhcp,
      List<PrefixedAddress> manual,
      List<PrefixedAddress> fromDhcp,
      List<PrefixedAddress> linkLocal) {

    public IpSettings {
      manual = List.copyOf(manual);
      fromDhcp = List.copyOf(fromDhcp);
      linkLocal = List.copyOf(linkLocal);
    }

    /** Every address in use: manual, then from DHCP, then link-local. */
    public List<PrefixedAddress> all() {
      List<PrefixedAddress> out = new ArrayList<>(manual);
      out.addAll(fromDhcp);
      out.addAll(linkLocal);
      return List.copyOf(out);
    }

    static IpSettings fromElement(XmlElement ip) {
      if (ip == null) {
        return null;
      }
      String tt = Namespaces.TT;
      XmlElement config = Values.child(ip, tt, "Config");
      String dhcp = Values.textOrEmpty(config, tt, "DHCP");
      return new IpSettings(
          Values.boolChild(ip, tt, "Enabled", true),
          !dhcp.isEmpty() && !dhcp.equalsIgnoreCase("false") && !dhcp.equalsIgnoreCase("Off"),
          PrefixedAddress.list(config, "Manual"),
          PrefixedAddress.list(config, "FromDHCP"),
          PrefixedAddress.list(config, "LinkLocal"));
    }
  }

  /** Reads one {@code NetworkInterfaces} element. */
  public static NetworkInterface fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    XmlElement info = Values.child(e, tt, "Info");
    return new NetworkInterface(
        Values.token(e),
        Values.boolChild(e, tt, "Enabled", true),
        Values.text(info, tt, "Name"),
        Values.text(info, tt, "HwAddress"),
        Values.intChild(info, tt, "MTU"),
        IpSettings.fromElement(Values.child(e, tt, "IPv4")),
        IpSettings.fromElement(Values.child(e, tt, "IPv6")));
  }

  /** Reads a GetNetworkInterfacesResponse. */
  public static List<NetworkInterface> listFromResponse(XmlElement response) {
    List<NetworkInterface> out = new ArrayList<>();
    for (XmlElement e : Values.children(response, Namespaces.TDS, "NetworkInterfaces")) {
      out.add(fromElement(e));
    }
    return List.copyOf(out);
  }
}
