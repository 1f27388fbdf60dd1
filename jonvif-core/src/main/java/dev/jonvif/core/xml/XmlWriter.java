package dev.jonvif.core.xml;

import dev.jonvif.core.Namespaces;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * The one way XML leaves jonvif: writes an {@link XmlElement} tree with every text and attribute
 * value escaped. Namespaces used anywhere in the tree are declared once on the root, with the
 * conventional prefixes from {@link Namespaces}.
 *
 * <p>Characters that XML 1.0 cannot carry (control characters other than tab, CR and LF, lone
 * surrogates, U+FFFE/U+FFFF) are written as U+FFFD, so any string a user supplies produces a
 * well-formed document.
 */
public final class XmlWriter {

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private final StringBuilder out;

  /** Namespace URI to the prefix declared for it on the root. */
  private final Map<String, String> prefixes = new LinkedHashMap<>();

  private XmlWriter(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** The element as an XML string, without an XML declaration. */
  public static String toXml(XmlElement root) {
    XmlWriter w = new XmlWriter(1024);
    w.writeRoot(root);
    return w.out.toString();
  }

  /** The element as a UTF-8 document with an XML declaration. */
  public static byte[] toBytes(XmlElement root) {
    XmlWriter w = new XmlWriter(2048);
    w.out.append(DECLARATION);
    w.writeRoot(root);
    return w.out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void writeRoot(XmlElement root) {
    collect(root);
    write(root, true);
  }

  /** Assigns a prefix to every namespace the tree uses, before anything is written. */
  private void collect(XmlElement e) {
    assign(e.name());
    for (QName a : e.attributes().keySet()) {
      if (!a.getNamespaceURI().isEmpty()) {
        assign(a);
      }
    }
    // Bindings a QName-valued text relies on go on the root when the prefix is still free.
    e.declaredNamespaces()
        .forEach(
            (prefix, ns) -> {
              if (!prefix.isEmpty()
                  && !prefixes.containsKey(ns)
                  && !prefixes.containsValue(prefix)) {
                prefixes.put(ns, prefix);
              }
            });
    for (XmlElement c : e.children()) {
      collect(c);
    }
  }

  private void assign(QName name) {
    String ns = name.getNamespaceURI();
    if (ns.isEmpty() || prefixes.containsKey(ns) || Namespaces.XML.equals(ns)) {
      return;
    }
    String preferred = Namespaces.prefixFor(ns);
    if (preferred == null || prefixes.containsValue(preferred)) {
      preferred = name.getPrefix();
    }
    if (preferred == null || preferred.isEmpty() || prefixes.containsValue(preferred)) {
      int i = 1;
      do {
        preferred = "ns" + i++;
      } while (prefixes.containsValue(preferred));
    }
    prefixes.put(ns, preferred);
  }

  private void write(XmlElement e, boolean root) {
    String qn = qualified(e.name());
    out.append('<').append(qn);
    if (root) {
      prefixes.forEach((ns, prefix) -> declare(prefix, ns));
    }
    // A binding the root could not take (its prefix is used for another namespace) goes here.
    e.declaredNamespaces()
        .forEach(
            (prefix, ns) -> {
              if (!prefix.isEmpty() && !prefix.equals(prefixes.get(ns))) {
                declare(prefix, ns);
              }
            });
    for (Map.Entry<QName, String> a : e.attributes().entrySet()) {
      out.append(' ').append(qualified(a.getKey())).append("=\"");
      escape(a.getValue(), true);
      out.append('"');
    }
    if (e.children().isEmpty() && e.text().isEmpty()) {
      out.append("/>");
    } else {
      out.append('>');
      escape(e.text(), false);
      for (XmlElement c : e.children()) {
        write(c, false);
      }
      out.append("</").append(qn).append('>');
    }
  }

  private void declare(String prefix, String ns) {
    out.append(" xmlns:").append(prefix).append("=\"");
    escape(ns, true);
    out.append('"');
  }

  private String qualified(QName n) {
    String ns = n.getNamespaceURI();
    if (ns.isEmpty()) {
      return n.getLocalPart();
    }
    if (Namespaces.XML.equals(ns)) {
      return "xml:" + n.getLocalPart();
    }
    return prefixes.get(ns) + ":" + n.getLocalPart();
  }

  private void escape(String s, boolean attribute) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\r' -> out.append("&#13;");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              out.append(c).append(s.charAt(++i));
            } else {
              out.append('\uFFFD');
            }
          } else if (Character.isLowSurrogate(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
