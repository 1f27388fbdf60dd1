package dev.jonvif.discovery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ProtocolFamily;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One network interface and address family that discovery runs on, with the interface's addresses
 * of that family (the preferred one first).
 */
record Binding(NetworkInterface nif, ProtocolFamily family, List<InetAddress> addresses) {

  Binding {
    addresses = List.copyOf(addresses);
  }

  InetAddress primary() {
    return addresses.get(0);
  }

  boolean isIpv6() {
    return family == StandardProtocolFamily.INET6;
  }

  /** The multicast group for this family (IPv6: FF02::C scoped to this interface). */
  InetAddress group() {
    if (!isIpv6()) {
      return WsDiscovery.IPV4_GROUP;
    }
    try {
      return Inet6Address.getByAddress(null, WsDiscovery.IPV6_GROUP.getAddress(), nif);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  InetSocketAddress groupAddress(int port) {
    return new InetSocketAddress(group(), port);
  }

  /** E.g. {@code lo/IPv4}: for logs and {@link DiscoveredDevice#interfaces()}. */
  String label() {
    return nif.getName() + (isIpv6() ? "/IPv6" : "/IPv4");
  }

  /**
   * The bindings to use. {@code pin} null: every interface that is up and multicast-capable, plus
   * loopback (Linux does not flag {@code lo} MULTICAST, yet IPv4 multicast works on it). {@code
   * pin} set: only the interface of that name, or the one holding that address literal (then only
   * that address). No name is ever resolved through DNS.
   *
   * @throws IllegalArgumentException when {@code pin} names no interface, or it is down
   */
  static List<Binding> select(String pin, boolean ipv4, boolean ipv6) throws SocketException {
    List<NetworkInterface> nifs = new ArrayList<>();
    InetAddress pinnedAddress = null;
    if (pin == null || pin.isBlank()) {
      for (NetworkInterface n : NetworkInterface.networkInterfaces().toList()) {
        if (n.isUp() && (n.supportsMulticast() || n.isLoopback())) {
          nifs.add(n);
        }
      }
    } else {
      String p = pin.strip();
      NetworkInterface n = NetworkInterface.getByName(p);
      if (n == null && looksLikeAddress(p)) {
        try {
          pinnedAddress = InetAddress.getByName(p);
        } catch (UnknownHostException e) {
          throw new IllegalArgumentException("not an interface name or address: " + p, e);
        }
        n = NetworkInterface.getByInetAddress(pinnedAddress);
      }
      if (n == null) {
        throw new IllegalArgumentException(
            "no network interface named or holding " + p + "; interfaces: " + names());
      }
      if (!n.isUp()) {
        throw new IllegalArgumentException("network interface " + n.getName() + " is down");
      }
      nifs.add(n);
    }
    List<Binding> out = new ArrayList<>();
    for (NetworkInterface n : nifs) {
      if (ipv4) {
        addIfAny(out, n, StandardProtocolFamily.INET, pinnedAddress);
      }
      if (ipv6) {
        addIfAny(out, n, StandardProtocolFamily.INET6, pinnedAddress);
      }
    }
    return out;
  }

  private static void addIfAny(
      List<Binding> out, NetworkInterface n, StandardProtocolFamily family, InetAddress pinned) {
    boolean v6 = family == StandardProtocolFamily.INET6;
    if (pinned != null) {
      if ((pinned instanceof Inet6Address) == v6) {
        out.add(new Binding(n, family, List.of(pinned)));
      }
      return;
    }
    List<InetAddress> addrs =
        n.inetAddresses()
            .filter(a -> v6 ? a instanceof Inet6Address : a instanceof Inet4Address)
            .sorted(Comparator.comparing(InetAddress::isLinkLocalAddress))
            .collect(Collectors.toCollection(ArrayList::new));
    // Link-local IPv6 XAddrs need a zone id that other hosts cannot use; offer them only when
    // the interface has no other IPv6 address.
    if (v6 && addrs.stream().anyMatch(a -> !a.isLinkLocalAddress())) {
      addrs.removeIf(InetAddress::isLinkLocalAddress);
    }
    if (!addrs.isEmpty()) {
      out.add(new Binding(n, family, addrs));
    }
  }

  private static boolean looksLikeAddress(String s) {
    return s.indexOf(':') >= 0 || s.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  }

  private static String names() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .map(NetworkInterface::getName)
        .collect(Collectors.joining(", "));
  }
}
