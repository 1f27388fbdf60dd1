package dev.jonvif.discovery;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hosts a directed probe goes to: one host name or address, or a CIDR range such as {@code
 * 192.168.1.0/24} (network and broadcast addresses left out for IPv4 prefixes up to /30).
 */
public final class HostRange {

  /** The largest range accepted: a /16 of IPv4, or the same number of IPv6 addresses. */
  public static final int MAX_HOSTS = 65_536;

  private HostRange() {}

  /**
   * Parses {@code host}, {@code address} or {@code address/prefix}. Only a host name is resolved
   * (DNS); a CIDR's address must be a literal.
   *
   * @throws IllegalArgumentException for a malformed range, a range over {@link #MAX_HOSTS}
   *     addresses, or a host name that does not resolve
   */
  public static List<InetAddress> parse(String spec) {
    String s = spec.strip();
    int slash = s.indexOf('/');
    if (slash < 0) {
      try {
        return List.of(InetAddress.getAllByName(s));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("unknown host: " + s, e);
      }
    }
    String addr = s.substring(0, slash);
    if (!addr.contains(":") && !addr.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
      throw new IllegalArgumentException("a CIDR range needs an address literal: " + s);
    }
    InetAddress base;
    int prefix;
    try {
      base = InetAddress.getByName(addr);
      prefix = Integer.parseInt(s.substring(slash + 1));
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("not a CIDR range: " + s, e);
    }
    int bits = base.getAddress().length * 8;
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("prefix length out of range in " + s);
    }
    int hostBits = bits - prefix;
    if (hostBits > 16) {
      throw new IllegalArgumentException(
          s + " has more than " + MAX_HOSTS + " addresses; probe a smaller range");
    }
    BigInteger network =
        new BigInteger(1, base.getAddress()).shiftRight(hostBits).shiftLeft(hostBits);
    long count = 1L << hostBits;
    long first = 0;
    long last = count - 1;
    if (base instanceof Inet4Address && hostBits >= 2) {
      first = 1; // network address
      last = count - 2; // broadcast address
    }
    List<InetAddress> out = new ArrayList<>((int) (last - first + 1));
    for (long i = first; i <= last; i++) {
      out.add(toAddress(network.add(BigInteger.valueOf(i)), bits / 8));
    }
    return out;
  }

  private static InetAddress toAddress(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    byte[] bytes = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new AssertionError(Arrays.toString(bytes), e);
    }
  }
}
