package dev.jonvif.device.media;

/** Syntax checks for the IP addresses in tt:MulticastConfiguration, without name lookups. */
final class MulticastAddresses {

  private MulticastAddresses() {}

  static boolean isValid(String address) {
    return address.indexOf(':') >= 0 ? isIpv6(address) : isIpv4(address);
  }

  static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String s) {
    if (s.length() > 45 || s.chars().filter(ch -> ch == ':').count() < 2) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      boolean ok = ch == ':' || ch == '.' || Character.digit(ch, 16) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
