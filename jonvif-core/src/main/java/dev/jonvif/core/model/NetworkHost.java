package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A host given by IPv4 address, IPv6 address or DNS name ({@code tt:NetworkHost}, used for NTP
 * servers), or an IP address ({@code tt:IPAddress}, used for DNS servers; never {@link Type#DNS}).
 *
 * @param type which kind of address {@code value} is
 * @param value the address or name
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, NetworkHost and
 *     IPAddress</a>
 */
public record NetworkHost(Type type, String value) {

  /** The kind of address. */
  public enum Type {
    IPV4("IPv4"),
    IPV6("IPv6"),
    DNS("DNS");

    private final String wireValue;

    Type(String wireValue) {
      this.wireValue = wireValue;
    }

    public String wireValue() {
      return wireValue;
    }
  }

  public NetworkHost {
    value = value == null ? "" : value.strip();
  }

  /** An IPv4 or IPv6 address (by the presence of a colon) or else a DNS name. */
  public static NetworkHost of(String addressOrName) {
    String v = addressOrName.strip();
    if (v.contains(":")) {
      return new NetworkHost(Type.IPV6, v);
    }
    return new NetworkHost(v.matches("[0-9.]+") ? Type.IPV4 : Type.DNS, v);
  }

  static List<NetworkHost> list(XmlElement parent, String namespace, String localName) {
    List<NetworkHost> out = new ArrayList<>();
    String tt = Namespaces.TT;
    for (XmlElement e : Values.children(parent, namespace, localName)) {
      String v4 = Values.text(e, tt, "IPv4Address");
      String v6 = Values.text(e, tt, "IPv6Address");
      String dns = Values.text(e, tt, "DNSname");
      if (v4 != null && !v4.isEmpty()) {
        out.add(new NetworkHost(Type.IPV4, v4));
      } else if (v6 != null && !v6.isEmpty()) {
        out.add(new NetworkHost(Type.IPV6, v6));
      } else if (dns != null && !dns.isEmpty()) {
        out.add(new NetworkHost(Type.DNS, dns));
      }
    }
    return List.copyOf(out);
  }

  /** This host as a {@code tt:NetworkHost}-typed element. */
  public XmlElement toNetworkHostElement(String namespace, String localName) {
    String tt = Namespaces.TT;
    String child =
        switch (type) {
          case IPV4 -> "IPv4Address";
          case IPV6 -> "IPv6Address";
          case DNS -> "DNSname";
        };
    return XmlElement.builder(namespace, localName)
        .child(tt, "Type", type.wireValue())
        .child(tt, child, value)
        .build();
  }

  /** This address as a {@code tt:IPAddress}-typed element (IPv4 or IPv6 only). */
  public XmlElement toIpAddressElement(String namespace, String localName) {
    if (type == Type.DNS) {
      throw new IllegalArgumentException("not an IP address: " + value);
    }
    return toNetworkHostElement(namespace, localName);
  }

  @Override
  public String toString() {
    return value;
  }
}
