package dev.jonvif.core.xml;

import dev.jonvif.core.Namespaces;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * The one way XML leaves jonvif: writes an {@link XmlElement} tree with every text and attribute
 * value escaped. Namespaces used anywhere in the tree are declared once on the root, with the
 * conventional prefixes from {@link Namespaces}; a namespace the registry does not know keeps the
 * prefix its name carries, or gets {@code ns1}, {@code ns2}, ... QName-valued text stays resolvable
 * (see {@link PrefixPlan}).
 *
 * <p>Characters that XML 1.0 cannot carry (control characters other than tab, CR and LF, lone
 * surrogates, U+FFFE/U+FFFF) are written as U+FFFD, so any string a user supplies produces a
 * well-formed document. Everything else reads back exactly: CR is written as {@code &#13;} so the
 * parser does not turn it into LF, and tab, CR and LF in attribute values as character references
 * so attribute normalisation does not turn them into spaces.
 */
public final class XmlWriter {

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private final StringBuilder out;
  private PrefixPlan plan;

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
    plan = PrefixPlan.of(root);
    write(root, true);
  }

  private void write(XmlElement e, boolean root) {
    String qn = qualified(e.name());
    out.append('<').append(qn);
    if (root) {
      plan.prefixes.forEach((ns, prefix) -> declare(prefix, ns));
      plan.rootPins.forEach(this::declare);
    }
    Map<String, String> local = plan.localPins.get(e);
    if (local != null) {
      local.forEach(this::declare);
    }
    for (int i = 0, n = e.attributeCount(); i < n; i++) {
      out.append(' ').append(qualified(e.attributeName(i))).append("=\"");
      escape(e.attributeValue(i), true);
      out.append('"');
    }
    QName qnameText = e.qnameTextValue();
    if (e.children().isEmpty() && e.text().isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    if (qnameText != null) {
      out.append(plan.prefixes.get(qnameText.getNamespaceURI())).append(':');
      escape(qnameText.getLocalPart(), false);
    } else {
      escape(e.text(), false);
    }
    for (XmlElement c : e.children()) {
      write(c, false);
    }
    out.append("</").append(qn).append('>');
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
    return plan.prefixes.get(ns) + ":" + n.getLocalPart();
  }

  /** Appends {@code s} escaped; runs of characters that need nothing are copied in one go. */
  private void escape(String s, boolean attribute) {
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String replacement;
      if (c >= 0x3F && c < 0xD800) {
        continue; // the common case: letters, digits above '?', most of Unicode
      }
      switch (c) {
        case '<' -> replacement = "&lt;";
        case '>' -> replacement = "&gt;";
        case '&' -> replacement = "&amp;";
        case '"' -> replacement = attribute ? "&quot;" : null;
        case '\r' -> replacement = "&#13;";
        case '\n' -> replacement = attribute ? "&#10;" : null;
        case '\t' -> replacement = attribute ? "&#9;" : null;
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            replacement = "\uFFFD";
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
              i++;
              replacement = null;
            } else {
              replacement = "\uFFFD";
            }
          } else if (Character.isLowSurrogate(c)) {
            replacement = "\uFFFD";
          } else {
            replacement = null;
          }
        }
      }
      if (replacement != null) {
        out.append(s, run, i).append(replacement);
        run = i + 1;
      }
    }
    out.append(s, run, n);
  }
}
