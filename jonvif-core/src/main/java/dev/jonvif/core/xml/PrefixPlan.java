package dev.jonvif.core.xml;

import dev.jonvif.core.Namespaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * Decides, before anything is written, which prefix each namespace gets and where each binding is
 * declared.
 *
 * <ul>
 *   <li>Namespaces of element and attribute names, and of QName text set with {@code qnameText},
 *       get the conventional prefix from {@link Namespaces}, else the prefix the name carries, else
 *       {@code ns1}, {@code ns2}, ... They are all declared once, on the root.
 *   <li>Text and attribute values written as plain strings may hold prefixed QNames ({@code
 *       tns1:VideoSource/MotionAlarm}, {@code xsi:type="tt:Foo"}) whose prefix is bound where the
 *       element came from (the parsed document, or a builder's {@code declareNamespace}). Such a
 *       prefix is <em>pinned</em>: it is declared with the same namespace, and no name uses it for
 *       another namespace. A pin used with one namespace throughout goes on the root; a prefix
 *       pinned to different namespaces in different places is declared on each element using it.
 * </ul>
 */
final class PrefixPlan {

  private static final String CONFLICT = "\u0000conflict";

  /** Namespace to prefix, for names and QName text; in first-use order. */
  final Map<String, String> prefixes = new LinkedHashMap<>();

  /** Prefix to namespace, for pins that go on the root. */
  final Map<String, String> rootPins = new LinkedHashMap<>();

  /** Pins declared on the element itself (prefixes pinned to several namespaces). */
  final Map<XmlElement, Map<String, String>> localPins = new IdentityHashMap<>();

  private final Map<String, String> suggested = new LinkedHashMap<>();
  private final Map<String, String> pins = new HashMap<>();
  private final Map<XmlElement, Map<String, String>> pinsAt = new IdentityHashMap<>();
  private final List<NamespaceScope> ancestors = new ArrayList<>();

  static PrefixPlan of(XmlElement root) {
    PrefixPlan p = new PrefixPlan();
    p.collect(root);
    p.assign();
    return p;
  }

  private void collect(XmlElement e) {
    use(e.name().getNamespaceURI(), e.name().getPrefix());
    boolean scoped = !e.scope().isEmpty() || hasScopedAncestor();
    for (int i = 0; i < e.attributeCount(); i++) {
      use(e.attributeName(i).getNamespaceURI(), e.attributeName(i).getPrefix());
      if (scoped) {
        pinPrefixesIn(e, e.attributeValue(i));
      }
    }
    QName q = e.qnameTextValue();
    if (q != null) {
      use(q.getNamespaceURI(), q.getPrefix());
    } else if (scoped) {
      pinPrefixesIn(e, e.text());
    }
    if (!e.children().isEmpty()) {
      ancestors.add(e.scope());
      for (XmlElement c : e.children()) {
        collect(c);
      }
      ancestors.remove(ancestors.size() - 1);
    }
  }

  private boolean hasScopedAncestor() {
    for (int i = ancestors.size() - 1; i >= 0; i--) {
      if (!ancestors.get(i).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private void use(String ns, String prefix) {
    if (!ns.isEmpty() && !Namespaces.XML.equals(ns)) {
      suggested.putIfAbsent(ns, prefix);
    }
  }

  /** Pins every bound prefix that {@code value} uses as {@code prefix:local}. */
  private void pinPrefixesIn(XmlElement e, String value) {
    int colon = value.indexOf(':');
    while (colon > 0) {
      int start = colon;
      while (start > 0 && isNameChar(value.charAt(start - 1))) {
        start--;
      }
      boolean url = colon + 1 < value.length() && value.charAt(colon + 1) == '/';
      if (start < colon && !url) {
        String prefix = value.substring(start, colon);
        if (XmlNames.isNcName(prefix) && !prefix.equals("xml")) {
          String uri = resolve(e, prefix);
          if (uri != null && !uri.isEmpty()) {
            pin(e, prefix, uri);
          }
        }
      }
      colon = value.indexOf(':', colon + 1);
    }
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-'
        || c == '.'
        || c >= 0x80;
  }

  private String resolve(XmlElement e, String prefix) {
    String uri = e.scope().lookup(prefix);
    for (int i = ancestors.size() - 1; uri == null && i >= 0; i--) {
      uri = ancestors.get(i).lookup(prefix);
    }
    return uri;
  }

  private void pin(XmlElement e, String prefix, String uri) {
    pinsAt.computeIfAbsent(e, k -> new LinkedHashMap<>(2)).put(prefix, uri);
    String before = pins.putIfAbsent(prefix, uri);
    if (before != null && !before.equals(uri)) {
      pins.put(prefix, CONFLICT);
    }
  }

  private void assign() {
    // Registered namespaces first, so a carried prefix never takes a conventional one.
    Map<String, String> chosen = new HashMap<>();
    for (String ns : suggested.keySet()) {
      String prefix = Namespaces.prefixFor(ns);
      if (free(prefix, ns) && !chosen.containsValue(prefix)) {
        chosen.put(ns, prefix);
      }
    }
    int next = 1;
    for (Map.Entry<String, String> u : suggested.entrySet()) {
      String ns = u.getKey();
      String prefix = chosen.get(ns);
      if (prefix == null) {
        prefix = u.getValue();
        if (!free(prefix, ns) || chosen.containsValue(prefix)) {
          do {
            prefix = "ns" + next++;
          } while (!free(prefix, ns) || chosen.containsValue(prefix));
        }
        chosen.put(ns, prefix);
      }
      prefixes.put(ns, prefix);
    }
    for (Map.Entry<XmlElement, Map<String, String>> at : pinsAt.entrySet()) {
      for (Map.Entry<String, String> p : at.getValue().entrySet()) {
        if (pins.get(p.getKey()) == CONFLICT) {
          localPins
              .computeIfAbsent(at.getKey(), k -> new LinkedHashMap<>(2))
              .put(p.getKey(), p.getValue());
        } else if (!p.getKey().equals(prefixes.get(p.getValue()))) {
          rootPins.put(p.getKey(), p.getValue());
        }
      }
    }
  }

  /** Whether names in {@code ns} may use {@code prefix}. */
  private boolean free(String prefix, String ns) {
    if (prefix == null
        || prefix.isEmpty()
        || !XmlNames.isNcName(prefix)
        || prefix.regionMatches(true, 0, "xml", 0, 3)
        || prefixes.containsValue(prefix)) {
      return false;
    }
    String pinned = pins.get(prefix);
    return pinned == null || pinned.equals(ns);
  }
}
