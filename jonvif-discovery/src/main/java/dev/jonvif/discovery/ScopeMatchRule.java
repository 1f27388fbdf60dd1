package dev.jonvif.discovery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The scope matching rules a Probe can name in {@code Scopes/@MatchBy}. A target matches a Probe
 * when every scope of the Probe matches at least one of the target's scopes.
 *
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04, §5.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3986#section-6.2.2">RFC 3986 §6.2.2</a>
 */
public enum ScopeMatchRule {

  /**
   * The default rule. Scheme and authority compare case-insensitively; the path compares segment by
   * segment, case-sensitively, and the Probe's segments must be a prefix of the target's: {@code
   * onvif://www.onvif.org/location} matches {@code onvif://www.onvif.org/location/city/Oslo} but
   * {@code .../loc} does not. Query and fragment are ignored; both URIs are normalized first
   * (percent-encoding, case of scheme and authority); a "." or ".." segment never matches. One
   * trailing "/" is not a segment ({@code .../location/} behaves as {@code .../location}).
   * WS-Discovery 2005/04 calls this rule {@code rfc2396}; ONVIF calls it {@code rfc3986}; both URIs
   * select it.
   */
  RFC3986(WsDiscovery.NAMESPACE + "/rfc3986") {
    @Override
    public boolean matches(String probeScope, String targetScope) {
      ScopeUri p = ScopeUri.parse(probeScope);
      ScopeUri t = ScopeUri.parse(targetScope);
      return p != null && t != null && p.isPrefixOf(t);
    }
  },

  /** Case-sensitive string equality of the two URIs. */
  STRCMP0(WsDiscovery.NAMESPACE + "/strcmp0") {
    @Override
    public boolean matches(String probeScope, String targetScope) {
      return probeScope.equals(targetScope);
    }
  };

  /** The WS-Discovery 2005/04 name of the {@link #RFC3986} rule. */
  public static final String RFC2396_URI = WsDiscovery.NAMESPACE + "/rfc2396";

  private final String uri;

  ScopeMatchRule(String uri) {
    this.uri = uri;
  }

  /** The MatchBy URI of this rule. */
  public String uri() {
    return uri;
  }

  /** Whether one scope of a Probe matches one scope of a target under this rule. */
  public abstract boolean matches(String probeScope, String targetScope);

  /** Whether every Probe scope matches at least one target scope (true when the Probe has none). */
  public boolean matchesAll(Collection<String> probeScopes, Collection<String> targetScopes) {
    for (String p : probeScopes) {
      boolean any = false;
      for (String t : targetScopes) {
        if (matches(p, t)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rule a MatchBy value selects: {@link #RFC3986} when absent or blank, empty when it names a
   * rule jonvif does not implement (uuid, ldap, anything else).
   */
  public static Optional<ScopeMatchRule> forUri(String matchBy) {
    if (matchBy == null || matchBy.isBlank()) {
      return Optional.of(RFC3986);
    }
    String m = matchBy.strip();
    if (m.equals(RFC3986.uri) || m.equals(RFC2396_URI)) {
      return Optional.of(RFC3986);
    }
    return m.equals(STRCMP0.uri) ? Optional.of(STRCMP0) : Optional.empty();
  }

  /** Every MatchBy URI {@link #forUri} accepts, for the SupportedMatchingRules fault detail. */
  public static List<String> supportedUris() {
    return List.of(RFC3986.uri, RFC2396_URI, STRCMP0.uri);
  }

  /** A URI cut into what the RFC 3986 rule compares. */
  private record ScopeUri(String scheme, String authority, List<String> segments, boolean dots) {

    /** Parses leniently (no java.net.URI: scopes are compared, not resolved); null if no scheme. */
    static ScopeUri parse(String s) {
      int colon = s.indexOf(':');
      if (colon <= 0 || !isScheme(s.substring(0, colon))) {
        return null;
      }
      String rest = s.substring(colon + 1);
      int cut = indexOfAny(rest, "?#");
      if (cut >= 0) {
        rest = rest.substring(0, cut);
      }
      String authority = null;
      String path = rest;
      if (rest.startsWith("//")) {
        int slash = rest.indexOf('/', 2);
        authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
        authority = PercentCoding.normalize(authority).toLowerCase(Locale.ROOT);
        path = slash < 0 ? "" : rest.substring(slash);
      }
      List<String> segments = new ArrayList<>();
      boolean dots = false;
      String p = path.startsWith("/") ? path.substring(1) : path;
      if (!p.isEmpty()) {
        for (String seg : p.split("/", -1)) {
          String n = PercentCoding.normalize(seg);
          dots |= n.equals(".") || n.equals("..");
          segments.add(n);
        }
        if (segments.get(segments.size() - 1).isEmpty()) {
          segments.remove(segments.size() - 1);
        }
      }
      return new ScopeUri(
          s.substring(0, colon).toLowerCase(Locale.ROOT), authority, segments, dots);
    }

    boolean isPrefixOf(ScopeUri t) {
      if (dots || t.dots || !scheme.equals(t.scheme)) {
        return false;
      }
      if (authority == null ? t.authority != null : !authority.equals(t.authority)) {
        return false;
      }
      return segments.size() <= t.segments.size()
          && t.segments.subList(0, segments.size()).equals(segments);
    }

    private static boolean isScheme(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        boolean ok =
            alpha || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok) {
          return false;
        }
      }
      return true;
    }

    private static int indexOfAny(String s, String chars) {
      for (int i = 0; i < s.length(); i++) {
        if (chars.indexOf(s.charAt(i)) >= 0) {
          return i;
        }
      }
      return -1;
    }
  }
}
