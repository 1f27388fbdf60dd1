package dev.jonvif.core.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the challenge and credentials syntax of HTTP authentication headers ({@code
 * WWW-Authenticate}, {@code Authorization}): one or more {@code scheme [token68 | #auth-param]}
 * items, where a comma separates both parameters and challenges.
 *
 * <p>Tolerant of what cameras send: unquoted values (read up to the next comma or white space),
 * parameters separated by white space without a comma, empty list elements, any case in scheme and
 * parameter names (both are lower-cased). Never throws: on a syntax error the item being read is
 * dropped and parsing of this header value stops, keeping the items read before it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9110#section-11.2">RFC 9110 §11.2</a>
 */
final class AuthHeaderParser {

  /**
   * One challenge or credentials item.
   *
   * @param scheme lower-cased scheme, e.g. {@code digest}
   * @param params lower-cased parameter names to values (quotes and escapes removed); the first of
   *     duplicate names wins
   * @param token68 the token68 form (e.g. Basic credentials), or {@code null}
   */
  record Item(String scheme, Map<String, String> params, String token68) {}

  private final String s;
  private final int n;
  private int pos;

  private AuthHeaderParser(String s) {
    this.s = s;
    this.n = s.length();
  }

  /** The items in one header value; empty when there are none or the value starts badly. */
  static List<Item> parse(String headerValue) {
    return headerValue == null ? List.of() : new AuthHeaderParser(headerValue).items();
  }

  private List<Item> items() {
    List<Item> out = new ArrayList<>(2);
    while (true) {
      skipWhitespaceAndCommas();
      if (pos >= n) {
        return out;
      }
      String scheme = token();
      if (scheme.isEmpty()) {
        return out;
      }
      Item item = afterScheme(scheme.toLowerCase(Locale.ROOT));
      if (item == null) {
        return out;
      }
      out.add(item);
    }
  }

  /** The rest of one item, or {@code null} on a syntax error. */
  private Item afterScheme(String scheme) {
    Map<String, String> params = new LinkedHashMap<>();
    int afterName = pos;
    skipWhitespace();
    if (pos > afterName) {
      String token68 = token68();
      if (token68 != null) {
        return new Item(scheme, Map.of(), token68);
      }
    }
    while (true) {
      skipWhitespaceAndCommas();
      if (pos >= n) {
        break;
      }
      int start = pos;
      String name = token();
      if (name.isEmpty()) {
        return null;
      }
      skipWhitespace();
      if (pos >= n || s.charAt(pos) != '=') {
        pos = start; // a token without '=' begins the next challenge
        break;
      }
      pos++;
      skipWhitespace();
      String value = pos < n && s.charAt(pos) == '"' ? quotedString() : unquotedValue();
      if (value == null) {
        return null;
      }
      params.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
    }
    return new Item(scheme, params, null);
  }

  /**
   * A token68 ending the item (followed only by white space, then a comma or the end), or {@code
   * null} without moving when what follows is not one.
   */
  private String token68() {
    int i = pos;
    while (i < n && isToken68Char(s.charAt(i))) {
      i++;
    }
    if (i == pos) {
      return null;
    }
    while (i < n && s.charAt(i) == '=') {
      i++;
    }
    int end = i;
    while (i < n && isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i < n && s.charAt(i) != ',') {
      return null;
    }
    String value = s.substring(pos, end);
    pos = i;
    return value;
  }

  private String token() {
    int start = pos;
    while (pos < n && isTokenChar(s.charAt(pos))) {
      pos++;
    }
    return s.substring(start, pos);
  }

  /** A quoted-string with backslash escapes; {@code null} when the closing quote is missing. */
  private String quotedString() {
    StringBuilder sb = new StringBuilder();
    for (pos++; pos < n; pos++) {
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c == '\\' && pos + 1 < n) {
        c = s.charAt(++pos);
      }
      sb.append(c);
    }
    return null;
  }

  private String unquotedValue() {
    int start = pos;
    while (pos < n && s.charAt(pos) != ',' && !isWhitespace(s.charAt(pos))) {
      pos++;
    }
    return s.substring(start, pos);
  }

  private void skipWhitespace() {
    while (pos < n && isWhitespace(s.charAt(pos))) {
      pos++;
    }
  }

  private void skipWhitespaceAndCommas() {
    while (pos < n && (isWhitespace(s.charAt(pos)) || s.charAt(pos) == ',')) {
      pos++;
    }
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Decodes an RFC 8187 ext-value ({@code UTF-8''J%C3%A4s%C3%B8n}); UTF-8 and ISO-8859-1 are
   * understood. {@code null} when malformed.
   */
  static String decodeExtended(String extValue) {
    int q1 = extValue.indexOf('\'');
    int q2 = q1 < 0 ? -1 : extValue.indexOf('\'', q1 + 1);
    if (q2 < 0) {
      return null;
    }
    String charset = extValue.substring(0, q1).strip();
    boolean utf8 = charset.equalsIgnoreCase("UTF-8");
    if (!utf8 && !charset.equalsIgnoreCase("ISO-8859-1")) {
      return null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = q2 + 1; i < extValue.length(); i++) {
      char c = extValue.charAt(i);
      if (c == '%') {
        if (i + 2 >= extValue.length()) {
          return null;
        }
        int hi = Character.digit(extValue.charAt(i + 1), 16);
        int lo = Character.digit(extValue.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write((hi << 4) | lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        return null;
      }
    }
    return bytes.toString(utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
  }

  /** RFC 9110 tchar. */
  static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  private static boolean isToken68Char(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~+/".indexOf(c) >= 0;
  }
}
