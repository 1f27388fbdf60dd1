package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * The device's DNS settings (GetDNS).
 *
 * @param fromDhcp whether DNS servers come from DHCP
 * @param searchDomains the search domains
 * @param fromDhcpServers servers obtained from DHCP
 * @param manualServers manually configured servers
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, DNSInformation</a>
 */
public record DnsInformation(
    boolean fromDhcp,
    List<String> searchDomains,
    List<NetworkHost> fromDhcpServers,
    List<NetworkHost> manualServers) {

  public DnsInformation {
    searchDomains = List.copyOf(searchDomains);
    fromDhcpServers = List.copyOf(fromDhcpServers);
    manualServers = List.copyOf(manualServers);
  }

  /** Reads a GetDNSResponse or its {@code DNSInformation} child. */
  public static DnsInformation fromElement(XmlElement element) {
    XmlElement info =
        element.localName().endsWith("Response")
            ? Values.child(element, Namespaces.TDS, "DNSInformation")
            : element;
    String tt = Namespaces.TT;
    return new DnsInformation(
        Values.boolChild(info, tt, "FromDHCP", false),
        Values.texts(info, tt, "SearchDomain"),
        NetworkHost.list(info, tt, "DNSFromDHCP"),
        NetworkHost.list(info, tt, "DNSManual"));
  }
}
