package dev.jonvif.core.xml;

import dev.jonvif.core.Namespaces;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefix bindings in scope at an element: its own declarations, then its ancestors'. The {@code
 * xml} prefix is always bound, as the Namespaces in XML recommendation says.
 */
final class NamespaceScope {

  private static final String[] NONE = new String[0];

  static final NamespaceScope EMPTY = new NamespaceScope(null, NONE, NONE);

  private final NamespaceScope parent;
  private final String[] prefixes;
  private final String[] uris;

  /** {@code prefixes[i]} ("" for the default namespace) is bound to {@code uris[i]}. */
  NamespaceScope(NamespaceScope parent, String[] prefixes, String[] uris) {
    this.parent = parent;
    this.prefixes = prefixes;
    this.uris = uris;
  }

  static NamespaceScope of(NamespaceScope parent, Map<String, String> declared) {
    if (declared.isEmpty()) {
      return parent == null ? EMPTY : parent;
    }
    String[] p = declared.keySet().toArray(NONE);
    String[] u = declared.values().toArray(NONE);
    return new NamespaceScope(parent, p, u);
  }

  /** The namespace bound to {@code prefix} ("" for the default namespace), or {@code null}. */
  String lookup(String prefix) {
    for (NamespaceScope s = this; s != null; s = s.parent) {
      String[] p = s.prefixes;
      for (int i = 0; i < p.length; i++) {
        if (p[i].equals(prefix)) {
          // xmlns="" undeclares the default namespace
          return s.uris[i].isEmpty() && prefix.isEmpty() ? null : s.uris[i];
        }
      }
    }
    return "xml".equals(prefix) ? Namespaces.XML : null;
  }

  boolean isEmpty() {
    return prefixes.length == 0 && (parent == null || parent.isEmpty());
  }

  /** Bindings declared at this level (not inherited). */
  Map<String, String> declared() {
    if (prefixes.length == 0) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < prefixes.length; i++) {
      out.put(prefixes[i], uris[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** All bindings in scope, innermost winning. */
  Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    for (NamespaceScope s = this; s != null; s = s.parent) {
      for (int i = 0; i < s.prefixes.length; i++) {
        out.putIfAbsent(s.prefixes[i], s.uris[i]);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
