package dev.jonvif.core.xml;

import java.util.LinkedHashMap;
import java.util.Map;

/** The prefix bindings in scope at an element: its own declarations, then its ancestors'. */
final class NamespaceScope {

  static final NamespaceScope EMPTY = new NamespaceScope(null, Map.of());

  private final NamespaceScope parent;
  private final Map<String, String> declared;

  NamespaceScope(NamespaceScope parent, Map<String, String> declared) {
    this.parent = parent;
    this.declared = declared;
  }

  /** The namespace bound to {@code prefix} ("" for the default namespace), or {@code null}. */
  String lookup(String prefix) {
    for (NamespaceScope s = this; s != null; s = s.parent) {
      String uri = s.declared.get(prefix);
      if (uri != null) {
        return uri;
      }
    }
    return null;
  }

  Map<String, String> declared() {
    return declared;
  }

  /** All bindings in scope, innermost winning. */
  Map<String, String> all() {
    Map<String, String> out = new LinkedHashMap<>();
    for (NamespaceScope s = this; s != null; s = s.parent) {
      s.declared.forEach(out::putIfAbsent);
    }
    return out;
  }
}
