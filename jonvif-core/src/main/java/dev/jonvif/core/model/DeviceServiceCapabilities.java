package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * The device service's capabilities (GetServiceCapabilities, or the device entry of GetServices
 * with capabilities): four groups of attributes, kept as sent.
 *
 * @param network attributes of {@code tds:Network} (IPFilter, ZeroConfiguration, NTP, ...)
 * @param security attributes of {@code tds:Security} (UsernameToken, HttpDigest, MaxUsers, ...)
 * @param system attributes of {@code tds:System} (DiscoveryBye, SystemLogging, ...)
 * @param misc attributes of {@code tds:Misc} (AuxiliaryCommands)
 * @see <a href="https://www.onvif.org/ver10/device/wsdl/devicemgmt.wsdl">devicemgmt.wsdl,
 *     DeviceServiceCapabilities</a>
 */
public record DeviceServiceCapabilities(
    Map<String, String> network,
    Map<String, String> security,
    Map<String, String> system,
    Map<String, String> misc) {

  public DeviceServiceCapabilities {
    network = copy(network);
    security = copy(security);
    system = copy(system);
    misc = copy(misc);
  }

  private static Map<String, String> copy(Map<String, String> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  /**
   * Reads a GetServiceCapabilitiesResponse, its {@code tds:Capabilities} child, or the capabilities
   * element embedded in GetServices.
   */
  public static DeviceServiceCapabilities fromElement(XmlElement element) {
    XmlElement caps =
        element.localName().endsWith("Response")
            ? Values.child(element, Namespaces.TDS, "Capabilities")
            : element;
    String ns = Namespaces.TDS;
    return new DeviceServiceCapabilities(
        attributes(Values.child(caps, ns, "Network")),
        attributes(Values.child(caps, ns, "Security")),
        attributes(Values.child(caps, ns, "System")),
        attributes(Values.child(caps, ns, "Misc")));
  }

  private static Map<String, String> attributes(XmlElement e) {
    Map<String, String> out = new LinkedHashMap<>();
    if (e != null) {
      for (Map.Entry<QName, String> a : e.attributes().entrySet()) {
        out.put(a.getKey().getLocalPart(), a.getValue().strip());
      }
    }
    return out;
  }

  /** Whether {@code tds:Security/@UsernameToken} is true. */
  public boolean usernameToken() {
    return flag(security, "UsernameToken");
  }

  /** Whether {@code tds:Security/@HttpDigest} is true. */
  public boolean httpDigest() {
    return flag(security, "HttpDigest");
  }

  /** Whether an attribute of a group is {@code true} (or {@code 1}). */
  public static boolean flag(Map<String, String> group, String name) {
    Boolean b = Values.parseBoolean(group.get(name));
    return b != null && b;
  }
}
