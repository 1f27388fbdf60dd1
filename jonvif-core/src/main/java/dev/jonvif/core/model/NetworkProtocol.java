package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A network protocol the device serves (GetNetworkProtocols).
 *
 * @param name HTTP, HTTPS or RTSP
 * @param enabled whether it is enabled
 * @param ports the ports it listens on
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, NetworkProtocol</a>
 */
public record NetworkProtocol(String name, boolean enabled, List<Integer> ports) {

  public NetworkProtocol {
    name = name == null ? "" : name;
    ports = List.copyOf(ports);
  }

  /** Reads a GetNetworkProtocolsResponse. */
  public static List<NetworkProtocol> listFromResponse(XmlElement response) {
    List<NetworkProtocol> out = new ArrayList<>();
    String tt = Namespaces.TT;
    for (XmlElement p : Values.children(response, Namespaces.TDS, "NetworkProtocols")) {
      List<Integer> ports = new ArrayList<>();
      for (String s : Values.texts(p, tt, "Port")) {
        Integer port = Values.parseInt(s);
        if (port != null) {
          ports.add(port);
        }
      }
      out.add(
          new NetworkProtocol(
              Values.text(p, tt, "Name"), Values.boolChild(p, tt, "Enabled", false), ports));
    }
    return List.copyOf(out);
  }

  /** This value as an element named {@code namespace:localName}. */
  public XmlElement toElement(String namespace, String localName) {
    String tt = Namespaces.TT;
    XmlElement.Builder b =
        XmlElement.builder(namespace, localName)
            .child(tt, "Name", name)
            .child(tt, "Enabled", enabled);
    for (Integer port : ports) {
      b.child(tt, "Port", port);
    }
    return b.build();
  }
}
