package dev.jonvif.core.types;

/** Received text made safe for an error message: quoted, truncated, control characters hidden. */
final class Snippet {

  static final int MAX_CHARS = 64;

  private Snippet() {}

  /** At most {@link #MAX_CHARS} characters of {@code text}, control characters as '?'. */
  static String of(String text) {
    if (text == null) {
      return "";
    }
    boolean cut = text.length() > MAX_CHARS;
    int end =
        cut && Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    String head = cut ? text.substring(0, end) : text;
    StringBuilder sb = new StringBuilder(head.length() + 1);
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      sb.append(Character.isISOControl(c) ? '?' : c);
    }
    return cut ? sb.append('…').toString() : sb.toString();
  }

  /** {@link #of(String)} in double quotes, for messages. */
  static String quoted(String text) {
    return '"' + of(text) + '"';
  }
}
