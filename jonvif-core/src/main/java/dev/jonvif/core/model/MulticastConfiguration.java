package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * Where an encoder multicasts ({@code tt:MulticastConfiguration}).
 *
 * @param address the group address, or {@code null} when the device sent none
 * @param port the UDP port
 * @param ttl the time to live
 * @param autoStart whether multicast starts without a client asking
 */
public record MulticastConfiguration(NetworkHost address, int port, int ttl, boolean autoStart) {

  /** What a configuration without multicast is written with: 0.0.0.0, port 0. */
  public static final MulticastConfiguration NONE =
      new MulticastConfiguration(new NetworkHost(NetworkHost.Type.IPV4, "0.0.0.0"), 0, 0, false);

  static MulticastConfiguration fromElement(XmlElement e) {
    if (e == null) {
      return null;
    }
    String tt = Namespaces.TT;
    java.util.List<NetworkHost> a = NetworkHost.list(e, tt, "Address");
    Integer port = Values.intChild(e, tt, "Port");
    Integer ttl = Values.intChild(e, tt, "TTL");
    return new MulticastConfiguration(
        a.isEmpty() ? null : a.get(0),
        port == null ? 0 : port,
        ttl == null ? 0 : ttl,
        Values.boolChild(e, tt, "AutoStart", false));
  }

  XmlElement toElement() {
    String tt = Namespaces.TT;
    NetworkHost host = address == null ? NONE.address : address;
    return XmlElement.builder(tt, "Multicast")
        .child(host.toIpAddressElement(tt, "Address"))
        .child(tt, "Port", port)
        .child(tt, "TTL", ttl)
        .child(tt, "AutoStart", autoStart)
        .build();
  }
}
