package dev.jonvif.device;

import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads request arguments from a body element and turns a missing or malformed one into the right
 * fault ({@code env:Sender/ter:InvalidArgs} when required and absent, {@code ter:InvalidArgVal}
 * when it cannot be read). Lookups prefer the expected namespace and fall back to the local name
 * alone, for clients that put arguments in the wrong namespace.
 */
public final class Args {

  private Args() {}

  /** The child element, or {@code null}. */
  public static XmlElement child(XmlElement parent, String namespace, String name) {
    return parent == null ? null : parent.childLenient(namespace, name);
  }

  /** The child element; a fault when it is absent. */
  public static XmlElement requiredChild(XmlElement parent, String namespace, String name) {
    XmlElement c = child(parent, namespace, name);
    if (c == null) {
      throw missing(name);
    }
    return c;
  }

  /** The trimmed text of a child, or {@code null} when absent. */
  public static String text(XmlElement parent, String namespace, String name) {
    XmlElement c = child(parent, namespace, name);
    return c == null ? null : c.textTrim();
  }

  /** The trimmed text of a child; a fault when absent. */
  public static String requiredText(XmlElement parent, String namespace, String name) {
    return requiredChild(parent, namespace, name).textTrim();
  }

  /** The trimmed texts of every child with this name. */
  public static List<String> texts(XmlElement parent, String namespace, String name) {
    List<String> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (XmlElement c : parent.children()) {
      if (c.localName().equals(name)
          && (c.namespace().equals(namespace) || parent.childOrNull(namespace, name) == null)) {
        out.add(c.textTrim());
      }
    }
    return out;
  }

  /** An xs:boolean child; a fault when absent or not a boolean. */
  public static boolean requiredBoolean(XmlElement parent, String namespace, String name) {
    return parseBoolean(name, requiredText(parent, namespace, name));
  }

  /** An xs:boolean child, or {@code fallback} when absent; a fault when not a boolean. */
  public static boolean optionalBoolean(
      XmlElement parent, String namespace, String name, boolean fallback) {
    String t = text(parent, namespace, name);
    return t == null ? fallback : parseBoolean(name, t);
  }

  /** An xs:int child; a fault when absent or not an integer. */
  public static int requiredInt(XmlElement parent, String namespace, String name) {
    String t = requiredText(parent, namespace, name);
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw DeviceFaults.invalidArgVal(null, name + " is not an integer: '" + shorten(t) + "'");
    }
  }

  /** Parses an xs:boolean value ({@code true}, {@code false}, {@code 1}, {@code 0}). */
  public static boolean parseBoolean(String name, String value) {
    return switch (value) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default ->
          throw DeviceFaults.invalidArgVal(
              null, name + " is not a boolean: '" + shorten(value) + "'");
    };
  }

  /** The fault for a required argument that is absent. */
  public static RuntimeException missing(String name) {
    return DeviceFaults.invalidArgs(null, "required argument " + name + " is missing");
  }

  /** A value cut to 64 characters, for fault reasons. */
  public static String shorten(String value) {
    return value.length() <= 64 ? value : value.substring(0, 61) + "...";
  }
}
