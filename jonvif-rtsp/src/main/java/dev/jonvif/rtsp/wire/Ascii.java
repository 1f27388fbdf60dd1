package dev.jonvif.rtsp.wire;

/** Shortens untrusted text for error messages. */
final class Ascii {

  private static final int MAX = 80;

  private Ascii() {}

  /** At most 80 characters of {@code s}, with control characters replaced by '?'. */
  static String snippet(String s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX) + 3);
    for (int i = 0; i < s.length() && i < MAX; i++) {
      char c = s.charAt(i);
      sb.append(c < ' ' || c == 127 ? '?' : c);
    }
    if (s.length() > MAX) {
      sb.append("...");
    }
    return sb.toString();
  }
}
