package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * The device's host name (GetHostname).
 *
 * @param fromDhcp whether the name comes from DHCP
 * @param name the host name, or "" when the device has none
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, HostnameInformation</a>
 */
public record HostnameInformation(boolean fromDhcp, String name) {

  public HostnameInformation {
    name = name == null ? "" : name;
  }

  /** Reads a GetHostnameResponse or its {@code HostnameInformation} child. */
  public static HostnameInformation fromElement(XmlElement element) {
    XmlElement info =
        element.localName().endsWith("Response")
            ? Values.child(element, Namespaces.TDS, "HostnameInformation")
            : element;
    return new HostnameInformation(
        Values.boolChild(info, Namespaces.TT, "FromDHCP", false),
        Values.text(info, Namespaces.TT, "Name"));
  }
}
