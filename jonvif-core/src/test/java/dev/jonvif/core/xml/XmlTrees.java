package dev.jonvif.core.xml;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * Structural equality of element trees for tests: names by namespace and local part (prefixes are
 * the writer's choice), attributes as a set, children in order, text exactly.
 */
public final class XmlTrees {

  private XmlTrees() {}

  /** {@code null} when equal, else the path and reason of the first difference. */
  public static String difference(XmlElement a, XmlElement b) {
    return difference(a, b, "/" + a.localName());
  }

  private static String difference(XmlElement a, XmlElement b, String path) {
    if (!sameName(a.name(), b.name())) {
      return path + ": name " + a.name() + " vs " + b.name();
    }
    Map<QName, String> aa = a.attributes();
    Map<QName, String> ba = b.attributes();
    if (aa.size() != ba.size()) {
      return path + ": attributes " + aa + " vs " + ba;
    }
    for (Map.Entry<QName, String> e : aa.entrySet()) {
      String other = b.attribute(e.getKey().getNamespaceURI(), e.getKey().getLocalPart());
      if (!Objects.equals(e.getValue(), other)) {
        return path + ": attribute " + e.getKey() + " " + e.getValue() + " vs " + other;
      }
    }
    if (!a.text().equals(b.text())) {
      return path + ": text \"" + a.text() + "\" vs \"" + b.text() + "\"";
    }
    List<XmlElement> ac = a.children();
    List<XmlElement> bc = b.children();
    if (ac.size() != bc.size()) {
      return path + ": " + ac.size() + " children vs " + bc.size();
    }
    for (int i = 0; i < ac.size(); i++) {
      String d =
          difference(ac.get(i), bc.get(i), path + "/" + ac.get(i).localName() + "[" + i + "]");
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static boolean sameName(QName a, QName b) {
    return a.getNamespaceURI().equals(b.getNamespaceURI())
        && a.getLocalPart().equals(b.getLocalPart());
  }
}
