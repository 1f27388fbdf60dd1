package dev.jonvif.device.internal.devicemgmt;

import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import java.util.regex.Pattern;

/**
 * Reading, validating and writing addresses: tt:NetworkHost (NTP), tt:IPAddress (DNS), plain
 * IPv4/IPv6 literals (gateways, interfaces) and host names. Invalid values give the ONVIF faults
 * {@code ter:InvalidIPv4Address}, {@code ter:InvalidIPv6Address}, {@code ter:InvalidDnsName} (all
 * under {@code env:Sender/ter:InvalidArgVal}).
 */
final class NetworkHosts {

  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private NetworkHosts() {}

  /** Whether {@code s} is a usable unicast IPv4 address in dotted-quad form. */
  static boolean isIpv4(String s) {
    if (s == null || !s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return false;
    }
    String[] parts = s.split("\\.");
    int first = Integer.parseInt(parts[0]);
    for (String p : parts) {
      if (Integer.parseInt(p) > 255 || (p.length() > 1 && p.startsWith("0"))) {
        return false;
      }
    }
    return first != 0 && first < 224 && !s.equals("255.255.255.255");
  }

  /** Whether {@code s} is an IPv6 literal (not unspecified, not multicast). */
  static boolean isIpv6(String s) {
    if (s == null || s.indexOf(':') < 0 || !s.matches("[0-9A-Fa-f:.]{2,45}")) {
      return false;
    }
    try {
      byte[] b = java.net.InetAddress.getByName(s).getAddress();
      if (b.length != 16 || (b[0] & 0xff) == 0xff) {
        return false;
      }
      for (byte x : b) {
        if (x != 0) {
          return true;
        }
      }
      return false;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  /** Whether {@code s} is a syntactically valid DNS name (RFC 1123 labels). */
  static boolean isDnsName(String s) {
    if (s == null || s.isEmpty() || s.length() > 253) {
      return false;
    }
    String name = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    for (String label : name.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return !name.matches("[0-9.]+");
  }

  static String requireIpv4(String s) {
    if (!isIpv4(s)) {
      throw DeviceFaults.invalidArgVal(
          "InvalidIPv4Address", "not a valid IPv4 address: '" + Args.shorten(s) + "'");
    }
    return s;
  }

  static String requireIpv6(String s) {
    if (!isIpv6(s)) {
      throw DeviceFaults.invalidArgVal(
          "InvalidIPv6Address", "not a valid IPv6 address: '" + Args.shorten(s) + "'");
    }
    return s;
  }

  /** Reads a tt:NetworkHost or tt:IPAddress ({@code Type} + the matching address element). */
  static String readHost(XmlElement host) {
    String type = Args.requiredText(host, TT, "Type");
    return switch (type) {
      case "IPv4" -> requireIpv4(orEmpty(Args.text(host, TT, "IPv4Address")));
      case "IPv6" -> requireIpv6(orEmpty(Args.text(host, TT, "IPv6Address")));
      case "DNS" -> {
        String name = orEmpty(Args.text(host, TT, "DNSname"));
        if (!isDnsName(name)) {
          throw DeviceFaults.invalidArgVal(
              "InvalidDnsName", "not a valid DNS name: '" + Args.shorten(name) + "'");
        }
        yield name;
      }
      default ->
          throw DeviceFaults.invalidArgVal(
              null, "address type must be IPv4, IPv6 or DNS, not '" + Args.shorten(type) + "'");
    };
  }

  /** Writes {@code value} as a tt:NetworkHost named {@code ns:name}. */
  static XmlElement networkHost(String ns, String name, String value) {
    XmlElement.Builder b = XmlElement.builder(ns, name);
    if (isIpv4(value)) {
      b.child(TT, "Type", "IPv4").child(TT, "IPv4Address", value);
    } else if (value.indexOf(':') >= 0) {
      b.child(TT, "Type", "IPv6").child(TT, "IPv6Address", value);
    } else {
      b.child(TT, "Type", "DNS").child(TT, "DNSname", value);
    }
    return b.build();
  }

  /** Writes {@code value} (an IP literal) as a tt:IPAddress named {@code ns:name}. */
  static XmlElement ipAddress(String ns, String name, String value) {
    XmlElement.Builder b = XmlElement.builder(ns, name);
    if (value.indexOf(':') >= 0) {
      b.child(TT, "Type", "IPv6").child(TT, "IPv6Address", value);
    } else {
      b.child(TT, "Type", "IPv4").child(TT, "IPv4Address", value);
    }
    return b.build();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
