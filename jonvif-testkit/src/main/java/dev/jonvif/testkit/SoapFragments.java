package dev.jonvif.testkit;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a body fragment written by a test into elements: {@code <tds:GetHostnameResponse>...}. The
 * conventional prefixes of {@link Namespaces} ({@code tds}, {@code tt}, {@code ter}, ...) may be
 * used without declaring them; a fragment may declare its own as well. The fragment is test input:
 * jonvif itself never builds XML from strings.
 */
final class SoapFragments {

  private static final String WRAPPER = "fragment";

  private SoapFragments() {}

  /** The top-level elements of the fragment, each carrying the bindings its text may need. */
  static List<XmlElement> parse(String fragment) {
    XmlElement wrapper =
        XmlParser.parse(
            (wrapperStart() + fragment + "</" + WRAPPER + ">").getBytes(StandardCharsets.UTF_8));
    if (!wrapper.textTrim().isEmpty()) {
      throw new IllegalArgumentException("body fragment has text outside elements: " + fragment);
    }
    List<XmlElement> out = new ArrayList<>(wrapper.children().size());
    for (XmlElement e : wrapper.children()) {
      // QName-valued text (fault subcodes, topics) needs its prefix bound in the written output.
      XmlElement.Builder b = e.toBuilder();
      for (Map.Entry<String, String> binding : e.namespacesInScope().entrySet()) {
        String prefix = binding.getKey();
        if (!prefix.isEmpty() && fragment.contains(prefix + ":")) {
          b.declareNamespace(prefix, binding.getValue());
        }
      }
      out.add(b.build());
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("body fragment has no element: " + fragment);
    }
    return out;
  }

  private static String wrapperStart() {
    StringBuilder sb = new StringBuilder("<").append(WRAPPER);
    Set<String> prefixes = new HashSet<>();
    Namespaces.all()
        .forEach(
            (ns, prefix) -> {
              if (prefixes.add(prefix)) { // the first namespace registered for a prefix wins
                sb.append(" xmlns:").append(prefix).append("=\"").append(ns).append('"');
              }
            });
    return sb.append('>').toString();
  }

  /** The Content-Type a SOAP document should be served with: by its envelope namespace. */
  static String contentTypeOf(byte[] document) {
    try {
      XmlElement root = XmlParser.parse(document);
      if (SoapVersion.forNamespace(root.namespace()) == SoapVersion.SOAP_11) {
        return FakeResponse.SOAP11_CONTENT_TYPE;
      }
    } catch (MalformedMessageException notXml) {
      // served as SOAP 1.2 all the same: the test wants the client to see these bytes
    }
    return FakeResponse.SOAP12_CONTENT_TYPE;
  }
}
