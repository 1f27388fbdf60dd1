package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * The device's NTP settings (GetNTP).
 *
 * @param fromDhcp whether NTP servers come from DHCP
 * @param fromDhcpServers servers obtained from DHCP
 * @param manualServers manually configured servers
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, NTPInformation</a>
 */
public record NtpInformation(
    boolean fromDhcp, List<NetworkHost> fromDhcpServers, List<NetworkHost> manualServers) {

  public NtpInformation {
    fromDhcpServers = List.copyOf(fromDhcpServers);
    manualServers = List.copyOf(manualServers);
  }

  /** Reads a GetNTPResponse or its {@code NTPInformation} child. */
  public static NtpInformation fromElement(XmlElement element) {
    XmlElement info =
        element.localName().endsWith("Response")
            ? Values.child(element, Namespaces.TDS, "NTPInformation")
            : element;
    String tt = Namespaces.TT;
    return new NtpInformation(
        Values.boolChild(info, tt, "FromDHCP", false),
        NetworkHost.list(info, tt, "NTPFromDHCP"),
        NetworkHost.list(info, tt, "NTPManual"));
  }
}
