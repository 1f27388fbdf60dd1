package dev.jonvif.discovery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding: encode, decode, and the normalization of §6.2.2.2. */
final class PercentCoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentCoding() {}

  /** Whether {@code c} is an RFC 3986 unreserved character. */
  static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  /**
   * Percent-encodes every UTF-8 byte that is not unreserved (and not '/' when {@code keepSlash}).
   */
  static String encode(String s, boolean keepSlash) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isUnreserved(c) || (keepSlash && c == '/')) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** Decodes every {@code %XX} as UTF-8; a '%' not followed by two hex digits stays as it is. */
  static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int hi = c == '%' ? hex(s, i + 1) : -1;
      if (c == '%' && hi >= 0) {
        bytes.write(hi);
        i += 3;
      } else {
        int end = i + 1;
        if (Character.isHighSurrogate(c) && end < s.length()) {
          end++;
        }
        bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Syntax-based normalization of percent-encoding (RFC 3986 §6.2.2.1-2): escapes of unreserved
   * characters are decoded, the hex digits of the others upper-cased.
   */
  static String normalize(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int v = c == '%' ? hex(s, i + 1) : -1;
      if (v >= 0) {
        if (isUnreserved(v)) {
          out.append((char) v);
        } else {
          out.append('%').append(HEX[v >> 4]).append(HEX[v & 0xf]);
        }
        i += 3;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The byte value of the two hex digits at {@code at}, or -1. */
  private static int hex(String s, int at) {
    if (at + 1 >= s.length()) {
      return -1;
    }
    int hi = hexDigit(s.charAt(at));
    int lo = hexDigit(s.charAt(at + 1));
    return hi < 0 || lo < 0 ? -1 : (hi << 4) | lo;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
