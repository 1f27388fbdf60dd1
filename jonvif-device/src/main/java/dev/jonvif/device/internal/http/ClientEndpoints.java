package dev.jonvif.device.internal.http;

import dev.jonvif.device.ClientEndpoint;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Works out the scheme, host and port a client used: the Host header when it names a usable host,
 * otherwise the local address the connection arrived on. A wildcard or malformed Host is ignored,
 * so no URI ever says {@code 0.0.0.0}.
 */
public final class ClientEndpoints {

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
      if (!host.matches("[0-9A-Fa-f:.]+")) {
        return null;
      }
    } else {
      int colon = h.indexOf(':');
      host = colon < 0 ? h : h.substring(0, colon);
      portText = colon < 0 ? null : h.substring(colon + 1);
      if (!host.matches("[A-Za-z0-9._-]{1,253}")) {
        return null;
      }
    }
    if (isWildcard(host)) {
      return null;
    }
    int port = "https".equals(scheme) ? 443 : 80;
    if (portText != null) {
      if (!portText.matches("\\d{1,5}")) {
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
    return host.equals("0.0.0.0") || host.matches("[0:]*::[0:]*");
  }

  private static String literal(InetAddress a) {
    String s = a.getHostAddress();
    int pct = s.indexOf('%');
    return pct < 0 ? s : s.substring(0, pct);
  }
}
