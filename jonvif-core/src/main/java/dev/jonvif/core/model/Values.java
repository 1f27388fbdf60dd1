package dev.jonvif.core.model;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lenient value reading shared by the readers of this package. Every method tolerates a missing
 * element ({@code null} in, {@code null} out) and surrounding blanks.
 */
final class Values {

  private Values() {}

  /** The first child by namespace and local name, else by local name alone; or {@code null}. */
  static XmlElement child(XmlElement parent, String namespace, String localName) {
    return parent == null ? null : parent.childLenient(namespace, localName);
  }

  /** Every child with this local name, preferring those in {@code namespace} when any exist. */
  static List<XmlElement> children(XmlElement parent, String namespace, String localName) {
    if (parent == null) {
      return List.of();
    }
    List<XmlElement> exact = parent.children(namespace, localName);
    return exact.isEmpty() ? parent.childrenLenient(localName) : exact;
  }

  /** Trimmed text of a child, or {@code null} when the child is absent. */
  static String text(XmlElement parent, String namespace, String localName) {
    XmlElement c = child(parent, namespace, localName);
    return c == null ? null : c.textTrim();
  }

  /** Trimmed text of a child, or "" when absent. */
  static String textOrEmpty(XmlElement parent, String namespace, String localName) {
    String t = text(parent, namespace, localName);
    return t == null ? "" : t;
  }

  /** Trimmed texts of every matching child, blanks skipped. */
  static List<String> texts(XmlElement parent, String namespace, String localName) {
    List<String> out = new ArrayList<>();
    for (XmlElement c : children(parent, namespace, localName)) {
      String t = c.textTrim();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  /** An attribute, qualified or not; {@code null} when absent. */
  static String attribute(XmlElement element, String localName) {
    if (element == null) {
      return null;
    }
    String v = element.attribute(localName);
    return v != null ? v.strip() : strip(element.attributeLenient(localName));
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  /**
   * An integer from text such as {@code "25"}, {@code " 25 "}, {@code "25.0"} or {@code "+25"};
   * {@code null} for absent, empty or unreadable text.
   */
  static Integer parseInt(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      Double d = parseDouble(t);
      if (d == null || d.isNaN() || d.isInfinite()) {
        return null;
      }
      return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.round(d)));
    }
  }

  /** A decimal from text; {@code null} for absent, empty or unreadable text. */
  static Double parseDouble(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().replace(',', '.');
    if (t.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A boolean from text: {@code true}/{@code 1} (any case) are true, {@code false}/{@code 0} are
   * false; anything else (or absent) is {@code null}.
   */
  static Boolean parseBoolean(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "true", "1" -> Boolean.TRUE;
      case "false", "0" -> Boolean.FALSE;
      default -> null;
    };
  }

  static Integer intChild(XmlElement parent, String namespace, String localName) {
    return parseInt(text(parent, namespace, localName));
  }

  static Double doubleChild(XmlElement parent, String namespace, String localName) {
    return parseDouble(text(parent, namespace, localName));
  }

  static boolean boolChild(XmlElement parent, String namespace, String localName, boolean dflt) {
    Boolean b = parseBoolean(text(parent, namespace, localName));
    return b == null ? dflt : b;
  }

  static boolean boolAttribute(XmlElement element, String localName, boolean dflt) {
    Boolean b = parseBoolean(attribute(element, localName));
    return b == null ? dflt : b;
  }

  /** A duration from an xs:duration child, leniently; {@code null} when absent or unreadable. */
  static Duration durationChild(XmlElement parent, String namespace, String localName) {
    String t = text(parent, namespace, localName);
    if (t == null || t.isEmpty()) {
      return null;
    }
    try {
      return XsDuration.parseLenient(t);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The {@code token} attribute, required: a configuration without one cannot be referenced. */
  static String requiredToken(XmlElement element, String what) {
    String token = attribute(element, "token");
    if (token == null) {
      throw new MalformedMessageException(what + " has no token attribute");
    }
    return token;
  }

  /** The {@code token} attribute or "" when absent. */
  static String token(XmlElement element) {
    String token = attribute(element, "token");
    return token == null ? "" : token;
  }

  /** Formats a float the way xs:float expects, without a needless ".0". */
  static String formatNumber(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
