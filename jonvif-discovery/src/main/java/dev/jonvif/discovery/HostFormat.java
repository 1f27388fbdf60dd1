package dev.jonvif.discovery;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Addresses as URI hosts: IPv4 dotted, IPv6 compressed (RFC 5952) in brackets. */
final class HostFormat {

  private HostFormat() {}

  /** The host part of a URI for {@code address}: {@code 10.0.0.2}, {@code [fe80::1%25eth0]}. */
  static String uriHost(InetAddress address) {
    if (!(address instanceof Inet6Address v6)) {
      return address.getHostAddress();
    }
    String zone = "";
    if (v6.isLinkLocalAddress() && v6.getScopedInterface() != null) {
      zone = "%25" + v6.getScopedInterface().getName();
    } else if (v6.isLinkLocalAddress() && v6.getScopeId() != 0) {
      zone = "%25" + v6.getScopeId();
    }
    return "[" + compress(v6.getAddress()) + zone + "]";
  }

  /** The address as text: {@code 10.0.0.2}, {@code fe80::1%eth0} (IPv6 compressed, no brackets). */
  static String text(InetAddress address) {
    if (!(address instanceof Inet6Address v6)) {
      return address.getHostAddress();
    }
    String zone = "";
    if (v6.isLinkLocalAddress() && v6.getScopedInterface() != null) {
      zone = "%" + v6.getScopedInterface().getName();
    } else if (v6.isLinkLocalAddress() && v6.getScopeId() != 0) {
      zone = "%" + v6.getScopeId();
    }
    return compress(v6.getAddress()) + zone;
  }

  /** RFC 5952 text form: lower-case hex, no leading zeros, the longest zero run as "::". */
  static String compress(byte[] a) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) {
      g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) {
        j++;
      }
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }
}
