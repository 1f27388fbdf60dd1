package dev.jonvif.core.xml;

import dev.jonvif.core.Namespaces;
import java.util.HashMap;
import java.util.Map;

/** Conventional prefixes and their namespaces, for resolving undeclared prefixes in QName text. */
final class WellKnownPrefixes {

  private static final Map<String, String> BY_PREFIX = new HashMap<>();

  static {
    Namespaces.all().forEach((uri, prefix) -> BY_PREFIX.putIfAbsent(prefix, uri));
    BY_PREFIX.put("env", Namespaces.SOAP12);
    BY_PREFIX.put("soap", Namespaces.SOAP12);
    BY_PREFIX.put("SOAP-ENV", Namespaces.SOAP12);
  }

  private WellKnownPrefixes() {}

  static String namespaceFor(String prefix) {
    return BY_PREFIX.get(prefix);
  }
}
