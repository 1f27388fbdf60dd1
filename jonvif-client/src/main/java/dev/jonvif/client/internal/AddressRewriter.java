package dev.jonvif.client.internal;

import dev.jonvif.client.AddressRewritePolicy;
import java.net.URI;
import java.util.Locale;

/**
 * Rewrites camera-supplied URIs to the host (and web port) the user connected to, per {@link
 * AddressRewritePolicy}. Works on the text of the URI, so a camera URI that {@link URI} would
 * refuse (spaces, unescaped characters in the path) is still rewritten and otherwise kept as sent.
 * Thread-safe.
 */
public final class AddressRewriter {

  private final AddressRewritePolicy policy;
  private final String connectedScheme;
  private final String connectedHost;
  private final int connectedPort;
  private final int connectedPortAsGiven;
  private volatile Authority advertised;

  public AddressRewriter(URI connected, AddressRewritePolicy policy) {
    this.policy = policy;
    this.connectedScheme = connected.getScheme().toLowerCase(Locale.ROOT);
    this.connectedHost = connected.getHost();
    this.connectedPort = effectivePort(connectedScheme, connected.getPort());
    this.connectedPortAsGiven = connected.getPort();
  }

  public AddressRewritePolicy policy() {
    return policy;
  }

  /** Records the address the camera gives for its own device service. */
  public void learnDeviceAddress(String deviceXAddr) {
    Authority a = Authority.parse(deviceXAddr);
    if (a != null) {
      advertised = a;
    }
  }

  /** Whether the camera advertises itself at another host or port than the one connected to. */
  public boolean natDetected() {
    Authority a = advertised;
    return a != null
        && (!sameHost(a.host, connectedHost)
            || (isWeb(a.scheme) && effectivePort(a.scheme, a.port) != connectedPort));
  }

  /** The URI as the client should use it; unchanged when no rewrite applies. */
  public String rewrite(String uri) {
    if (uri == null || policy == AddressRewritePolicy.NEVER) {
      return uri;
    }
    Authority a = Authority.parse(uri);
    if (a == null) {
      return uri;
    }
    Authority self = advertised;
    boolean ownHost = self != null && sameHost(a.host, self.host);
    boolean unusable = isUnusable(a.host) && !isUnusable(connectedHost);
    if (policy == AddressRewritePolicy.AUTO) {
      if (!(ownHost && natDetected()) && !unusable) {
        return uri;
      }
    }
    boolean webPort =
        isWeb(a.scheme)
            && (self == null
                ? effectivePort(a.scheme, a.port) == effectivePort(a.scheme, -1)
                : ownHost
                    && effectivePort(a.scheme, a.port) == effectivePort(self.scheme, self.port));
    String scheme = webPort ? connectedScheme : a.scheme;
    int port = webPort ? connectedPortAsGiven : a.port;
    StringBuilder sb = new StringBuilder(uri.length() + 16);
    sb.append(scheme).append("://");
    if (a.userInfo != null) {
      sb.append(a.userInfo).append('@');
    }
    sb.append(connectedHost);
    if (port >= 0) {
      sb.append(':').append(port);
    }
    sb.append(uri, a.end, uri.length());
    return sb.toString();
  }

  private static boolean isWeb(String scheme) {
    return scheme.equals("http") || scheme.equals("https");
  }

  static int effectivePort(String scheme, int port) {
    if (port >= 0) {
      return port;
    }
    return switch (scheme) {
      case "https" -> 443;
      case "http" -> 80;
      case "rtsp" -> 554;
      case "rtsps" -> 322;
      default -> -1;
    };
  }

  private static boolean sameHost(String a, String b) {
    return strip(a).equalsIgnoreCase(strip(b));
  }

  private static String strip(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** 0.0.0.0, ::, loopback and localhost: never the camera as seen from elsewhere. */
  static boolean isUnusable(String host) {
    String h = strip(host).toLowerCase(Locale.ROOT);
    return h.equals("0.0.0.0")
        || h.equals("::")
        || h.equals("localhost")
        || h.startsWith("127.")
        || h.equals("::1")
        || h.isEmpty();
  }

  /** The scheme and authority of a URI string, with where the authority ends. */
  record Authority(String scheme, String userInfo, String host, int port, int end) {

    static Authority parse(String uri) {
      int sep = uri.indexOf("://");
      if (sep <= 0) {
        return null;
      }
      String scheme = uri.substring(0, sep).toLowerCase(Locale.ROOT);
      int start = sep + 3;
      int end = start;
      while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
        end++;
      }
      String authority = uri.substring(start, end);
      String userInfo = null;
      int at = authority.lastIndexOf('@');
      if (at >= 0) {
        userInfo = authority.substring(0, at);
        authority = authority.substring(at + 1);
      }
      String host;
      int port = -1;
      if (authority.startsWith("[")) {
        int close = authority.indexOf(']');
        if (close < 0) {
          return null;
        }
        host = authority.substring(0, close + 1);
        String rest = authority.substring(close + 1);
        if (rest.startsWith(":") && rest.length() > 1) {
          port = parsePort(rest.substring(1));
        }
      } else {
        int colon = authority.lastIndexOf(':');
        if (colon >= 0) {
          host = authority.substring(0, colon);
          port = parsePort(authority.substring(colon + 1));
        } else {
          host = authority;
        }
      }
      if (host.isEmpty()) {
        return null;
      }
      return new Authority(scheme, userInfo, host, port, end);
    }

    private static int parsePort(String s) {
      try {
        int p = Integer.parseInt(s.strip());
        return p >= 0 && p <= 65535 ? p : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
