package dev.jonvif.core.types;

/** ASCII-only case mapping: wire designators are ASCII, and {@code "ſ".toUpperCase()} is "S". */
final class Ascii {

  private Ascii() {}

  static String upperCase(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = (char) (c - ('a' - 'A'));
      }
    }
    return out == null ? s : new String(out);
  }
}
