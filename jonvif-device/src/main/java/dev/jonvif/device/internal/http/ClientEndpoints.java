package dev.jonvif.device.internal.http;

import dev.jonvif.device.ClientEndpoint;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.regex.Pattern;

/**
 * Works out the scheme, host and port a client used: the Host header when it names a usable host,
 * otherwise the local address the connection arrived on. A wildcard or malformed Host is ignored,
 * so no URI ever says {@code 0.0.0.0}.
 */
public final class ClientEndpoints {

  // Compiled once: String.matches compiles its pattern on every call, and this runs per request.
  private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._-]{1,253}");
  private static final Pattern PORT = Pattern.compile("\\d{1,5}");
  private static final Pattern IPV6_WILDCARD = Pattern.compile("[0:]*::[0:]*");

  private ClientEndpoints() {}

  public static ClientEndpoint resolve(String hostHeader, boolean secure, InetSocketAddress local) {
    String scheme = secure ? "https" : "http";
    String localAddress = literal(local.getAddress());
    if (hostHeader != null && !hostHeader.isBlank()) {
      ClientEndpoint e = fromHost(hostHeader.strip(), scheme, localAddress);
      if (e != null) {
        return e;
      }
    }
    return new ClientEndpoint(scheme, localAddress, local.getPort(), localAddress);
  }

  private static ClientEndpoint fromHost(String h, String scheme, String localAddress) {
    String host;
    String portText = null;
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = h.substring(1, close);
      if (close + 1 < h.length()) {
        if (h.charAt(close + 1) != ':') {
          return null;
        }
        portText = h.substring(close + 2);
      }
      if (!IPV6_LITERAL.matcher(host).matches()) {
        return null;
      }
    } else {
      int colon = h.indexOf(':');
      host = colon < 0 ? h : h.substring(0, colon);
      portText = colon < 0 ? null : h.substring(colon + 1);
      if (!HOST_NAME.matcher(host).matches()) {
        return null;
      }
    }
    if (isWildcard(host)) {
      return null;
    }
    int port = "https".equals(scheme) ? 443 : 80;
    if (portText != null) {
      if (!PORT.matcher(portText).matches()) {
        return null;
      }
      port = Integer.parseInt(portText);
      if (port < 1 || port > 65535) {
        return null;
      }
    }
    return new ClientEndpoint(scheme, host, port, localAddress);
  }

  private static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || IPV6_WILDCARD.matcher(host).matches();
  }

  private static String literal(InetAddress a) {
    String s = a.getHostAddress();
    int pct = s.indexOf('%');
    return pct < 0 ? s : s.substring(0, pct);
  }
}
