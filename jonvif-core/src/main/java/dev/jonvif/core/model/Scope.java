package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One discovery scope of a device.
 *
 * @param uri the scope URI, e.g. {@code onvif://www.onvif.org/name/Lobby}
 * @param fixed whether the device fixes it ({@code Fixed}) rather than letting users change it
 *     ({@code Configurable})
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, Scope</a>
 */
public record Scope(String uri, boolean fixed) {

  public Scope {
    uri = uri == null ? "" : uri.strip();
  }

  /** Reads a GetScopesResponse; entries without a ScopeItem are dropped. */
  public static List<Scope> listFromResponse(XmlElement response) {
    List<Scope> out = new ArrayList<>();
    for (XmlElement s : Values.children(response, Namespaces.TDS, "Scopes")) {
      String item = Values.text(s, Namespaces.TT, "ScopeItem");
      if (item == null || item.isEmpty()) {
        // Some devices send the URI as the Scopes element's own text.
        item = s.children().isEmpty() ? s.textTrim() : "";
      }
      if (!item.isEmpty()) {
        String def = Values.textOrEmpty(s, Namespaces.TT, "ScopeDef");
        out.add(new Scope(item, def.equalsIgnoreCase("Fixed")));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The value of an ONVIF scope of this category ({@code name}, {@code hardware}, {@code location},
   * {@code Profile}, ...), percent-decoded, or {@code null} when this scope is of another category.
   */
  public String valueOf(String category) {
    String prefix = "onvif://www.onvif.org/" + category + "/";
    if (!uri.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    return java.net.URLDecoder.decode(
        uri.substring(prefix.length()).replace("+", "%2B"),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
