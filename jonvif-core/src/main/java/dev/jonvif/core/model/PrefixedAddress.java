package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * An IP address with its prefix length ({@code tt:PrefixedIPv4Address} or {@code
 * tt:PrefixedIPv6Address}).
 *
 * @param address the address text
 * @param prefixLength the prefix length (0 when the device left it out)
 */
public record PrefixedAddress(String address, int prefixLength) {

  public PrefixedAddress {
    address = address == null ? "" : address.strip();
  }

  static List<PrefixedAddress> list(XmlElement parent, String localName) {
    List<PrefixedAddress> out = new ArrayList<>();
    for (XmlElement e : Values.children(parent, Namespaces.TT, localName)) {
      String a = Values.text(e, Namespaces.TT, "Address");
      if (a != null && !a.isEmpty()) {
        Integer p = Values.intChild(e, Namespaces.TT, "PrefixLength");
        out.add(new PrefixedAddress(a, p == null ? 0 : p));
      }
    }
    return List.copyOf(out);
  }

  XmlElement toElement(String namespace, String localName) {
    return XmlElement.builder(namespace, localName)
        .child(Namespaces.TT, "Address", address)
        .child(Namespaces.TT, "PrefixLength", prefixLength)
        .build();
  }

  @Override
  public String toString() {
    return address + "/" + prefixLength;
  }
}
