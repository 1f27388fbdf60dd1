package dev.jonvif.core.security;

import java.nio.charset.StandardCharsets;

/**
 * Writes {@code scheme name=value, name="value"} header values. Quoted values are escaped; values
 * that cannot travel in a header at all (control characters, characters beyond ISO-8859-1) are
 * refused, so a header can never be split or smuggled.
 */
final class AuthHeaderWriter {

  private final StringBuilder sb = new StringBuilder(256);
  private boolean first = true;

  AuthHeaderWriter(String scheme) {
    sb.append(scheme);
  }

  /** Adds {@code name="value"}, escaping quotes and backslashes. */
  AuthHeaderWriter quoted(String name, String value) {
    requireHeaderSafe(name, value);
    separator(name).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    sb.append('"');
    return this;
  }

  /** Adds {@code name=value} for a value made of token characters. */
  AuthHeaderWriter token(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!AuthHeaderParser.isTokenChar(value.charAt(i))) {
        throw new IllegalArgumentException(name + " is not a token");
      }
    }
    separator(name).append(value);
    return this;
  }

  /** Adds {@code name*=UTF-8''percent-encoded} (RFC 8187), for values with any characters. */
  AuthHeaderWriter extended(String name, String value) {
    separator(name + "*").append("UTF-8''");
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && isAttrChar(c)) {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)));
        sb.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return this;
  }

  private StringBuilder separator(String name) {
    sb.append(first ? " " : ", ").append(name).append('=');
    first = false;
    return sb;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  /** Whether a value is printable ASCII (or tab): safe anywhere in a header. */
  static boolean isPrintableAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Refuses control characters and characters beyond ISO-8859-1, which a header cannot carry.
   * Octets 0x80 to 0xFF (RFC 9110 obs-text) pass, so values a server sent can be echoed back.
   */
  private static void requireHeaderSafe(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
        throw new IllegalArgumentException(
            name + " contains characters that cannot be sent in an HTTP header");
      }
    }
  }

  /** RFC 8187 attr-char. */
  private static boolean isAttrChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
