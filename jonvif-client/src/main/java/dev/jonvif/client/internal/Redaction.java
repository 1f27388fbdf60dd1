package dev.jonvif.client.internal;

import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs and error messages: passwords in request bodies (CreateUsers, SetUser)
 * and in camera URIs, some of which carry them in the query (XiongMai firmware hands out {@code
 * webcapture.jpg?command=snap&channel=1&user=admin&password=...}).
 */
final class Redaction {

  private static final Pattern SECRET_PARAM =
      Pattern.compile("(?i)([?&;_](?:password|passwd|pass|pwd)=)([^&;_]*)");

  private Redaction() {}

  /** The URI with user-info dropped and password-like query values replaced by {@code ***}. */
  static URI uri(URI uri) {
    if (uri == null) {
      return null;
    }
    String s = uri.toString();
    if (uri.getRawUserInfo() != null) {
      s = s.replace(uri.getRawUserInfo() + "@", "");
    }
    Matcher m = SECRET_PARAM.matcher(s);
    String out = m.find() ? m.replaceAll("$1***") : s;
    try {
      return URI.create(out);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A copy of a body whose {@code Password} elements (any namespace) read {@code ***}. */
  static XmlElement body(XmlElement e) {
    if (e == null) {
      return null;
    }
    if (e.localName().toLowerCase(Locale.ROOT).contains("password")) {
      return e.toBuilder().text("***").build();
    }
    if (!mayContainPassword(e)) {
      return e;
    }
    XmlElement.Builder b = XmlElement.builder(e.name());
    e.attributes().forEach(b::attribute);
    e.declaredNamespaces().forEach(b::declareNamespace);
    for (XmlElement c : e.children()) {
      b.child(body(c));
    }
    return b.text(e.text()).build();
  }

  private static boolean mayContainPassword(XmlElement e) {
    for (XmlElement c : e.children()) {
      if (c.localName().toLowerCase(Locale.ROOT).contains("password") || mayContainPassword(c)) {
        return true;
      }
    }
    return false;
  }
}
