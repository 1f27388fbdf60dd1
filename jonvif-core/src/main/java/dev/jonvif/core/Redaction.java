package dev.jonvif.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Keeps credentials out of messages and contexts: user-info in URIs, password query parameters. */
final class Redaction {

  /** Query parameters whose values are credentials (matched case-insensitively). */
  private static final Set<String> SECRET_PARAMETERS =
      Set.of("password", "passwd", "pwd", "pass", "pw");

  /** {@code scheme://user:password@} inside free text. */
  private static final Pattern USER_INFO_IN_TEXT =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@\\s]*@");

  static final String HIDDEN = "***";

  private Redaction() {}

  /** {@code text} with the user-info of every URI in it removed. */
  static String text(String text) {
    if (text == null || text.indexOf('@') < 0 || !text.contains("://")) {
      return text;
    }
    return USER_INFO_IN_TEXT.matcher(text).replaceAll("$1");
  }

  /**
   * {@code uri} without user-info, fragment or the values of password-like query parameters; {@code
   * null} when it cannot be rebuilt (better no endpoint than a leaked password).
   */
  static URI uri(URI uri) {
    if (uri == null || uri.isOpaque()) {
      return uri;
    }
    String authority = uri.getRawAuthority();
    String query = uri.getRawQuery();
    boolean userInfo = authority != null && authority.indexOf('@') >= 0;
    String cleanQuery = query == null ? null : query(query);
    if (!userInfo && uri.getRawFragment() == null && (query == null || cleanQuery.equals(query))) {
      return uri;
    }
    StringBuilder sb = new StringBuilder();
    if (uri.getScheme() != null) {
      sb.append(uri.getScheme()).append(':');
    }
    if (authority != null) {
      sb.append("//")
          .append(userInfo ? authority.substring(authority.lastIndexOf('@') + 1) : authority);
    }
    if (uri.getRawPath() != null) {
      sb.append(uri.getRawPath());
    }
    if (cleanQuery != null) {
      sb.append('?').append(cleanQuery);
    }
    try {
      return new URI(sb.toString());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String query(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (String pair : raw.split("&", -1)) {
      if (!out.isEmpty()) {
        out.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
        out.append(name).append('=').append(HIDDEN);
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }
}
