package dev.jonvif.core.xml;

import dev.jonvif.core.MalformedMessageException;

/**
 * The character-level half of {@link TreeParser}: a position in the decoded document and the
 * readers for what lies between tags (attribute values, character data, references, comments,
 * processing instructions), with the text and attribute limits checked as they are read.
 */
abstract class XmlCursor {

  final char[] in;
  final int end;
  final XmlLimits limits;
  int pos;

  private final StringBuilder scratch = new StringBuilder(64);

  /** Recent white-space runs by length: pretty-printed documents repeat their indentation. */
  private final String[] whitespace = new String[64];

  /** Whether the run {@link #charData} just read was only white space. */
  boolean lastRunBlank;

  XmlCursor(char[] in, int length, XmlLimits limits) {
    this.in = in;
    this.end = length;
    this.limits = limits;
  }

  final String attributeValue() {
    if (pos >= end) {
      throw error("expected an attribute value");
    }
    char quote = in[pos];
    if (quote != '"' && quote != '\'') {
      throw error("attribute value must be quoted");
    }
    int start = ++pos;
    boolean simple = true;
    while (pos < end && in[pos] != quote) {
      char c = in[pos];
      if (c == '<') {
        throw error("'<' in attribute value");
      }
      if (c == '&' || c == '\t' || c == '\n' || c == '\r') {
        simple = false;
      }
      if (pos - start > limits.maxAttributeLength()) {
        throw error("attribute value longer than " + limits.maxAttributeLength());
      }
      pos++;
    }
    if (pos >= end) {
      throw error("unterminated attribute value");
    }
    int stop = pos++;
    if (simple) {
      return new String(in, start, stop - start);
    }
    StringBuilder sb = scratch;
    sb.setLength(0);
    for (int i = start; i < stop; i++) {
      char c = in[i];
      if (c == '&') {
        i = reference(i, stop, sb);
      } else if (c == '\r') {
        sb.append(' ');
        if (i + 1 < stop && in[i + 1] == '\n') {
          i++;
        }
      } else if (c == '\t' || c == '\n') {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Character data up to the next '<', with references replaced and line ends normalised. */
  final String charData(boolean keepWhitespace) {
    int start = pos;
    boolean simple = true;
    boolean blank = true;
    while (pos < end) {
      char c = in[pos];
      if (c > '>') {
        blank = false; // letters and most of Unicode: nothing to check
      } else if (c == '<') {
        break;
      } else if (c == '&') {
        simple = false;
        blank = false;
      } else if (c == '\r') {
        simple = false;
      } else if (c == '>' && pos >= start + 2 && in[pos - 1] == ']' && in[pos - 2] == ']') {
        throw error("']]>' in character data");
      } else if (c != ' ' && c != '\n' && c != '\t') {
        blank = false;
      }
      pos++;
    }
    checkText(pos - start);
    lastRunBlank = blank;
    if (blank && !keepWhitespace) {
      return null;
    }
    if (simple) {
      return blank ? whitespace(start, pos - start) : new String(in, start, pos - start);
    }
    StringBuilder sb = new StringBuilder(pos - start);
    for (int i = start; i < pos; i++) {
      char c = in[i];
      if (c == '&') {
        i = reference(i, pos, sb);
      } else if (c == '\r') {
        sb.append('\n');
        if (i + 1 < pos && in[i + 1] == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A white-space string, shared when the same indentation was seen before. */
  private String whitespace(int start, int length) {
    if (length >= whitespace.length) {
      return new String(in, start, length);
    }
    String cached = whitespace[length];
    if (cached == null || !cached.contentEquals(java.nio.CharBuffer.wrap(in, start, length))) {
      cached = whitespace[length] = new String(in, start, length);
    }
    return cached;
  }

  /** Appends the reference starting at {@code amp}; returns the index of its ';'. */
  private int reference(int amp, int limit, StringBuilder sb) {
    int semi = -1;
    for (int i = amp + 1; i < limit && i < amp + 12; i++) {
      if (in[i] == ';') {
        semi = i;
        break;
      }
    }
    if (semi < 0) {
      pos = amp;
      throw error("unterminated or invalid reference");
    }
    String ref = new String(in, amp + 1, semi - amp - 1);
    switch (ref) {
      case "lt" -> sb.append('<');
      case "gt" -> sb.append('>');
      case "amp" -> sb.append('&');
      case "quot" -> sb.append('"');
      case "apos" -> sb.append('\'');
      default -> {
        if (ref.startsWith("#")) {
          sb.appendCodePoint(codePoint(ref, amp));
        } else {
          pos = amp;
          throw error("entity reference &" + ref + "; is not allowed");
        }
      }
    }
    return semi;
  }

  private int codePoint(String ref, int at) {
    try {
      int cp =
          ref.startsWith("#x")
              ? Integer.parseInt(ref.substring(2), 16)
              : Integer.parseInt(ref.substring(1));
      boolean legal =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (legal) {
        return cp;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    pos = at;
    throw error("invalid character reference &" + ref + ";");
  }

  final void skipComment() {
    int close = indexOf("-->", pos + 4);
    if (close < 0) {
      throw error("unterminated comment");
    }
    pos = close + 3;
  }

  final void skipPi() {
    // The target must be a name: "<?<!DOCTYPE" is not a processing instruction.
    char first = pos + 2 < end ? in[pos + 2] : 0;
    if (first < 128 && !Character.isLetter(first) && first != '_') {
      throw error("processing instruction without a target name");
    }
    skipPast("?>", "processing instruction");
  }

  final void skipPast(String terminator, String what) {
    int close = indexOf(terminator, pos + 2);
    if (close < 0) {
      throw error("unterminated " + what);
    }
    pos = close + terminator.length();
  }

  final int indexOf(String s, int from) {
    char first = s.charAt(0);
    int last = end - s.length();
    outer:
    for (int i = from; i <= last; i++) {
      if (in[i] != first) {
        continue;
      }
      for (int k = 1; k < s.length(); k++) {
        if (in[i + k] != s.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  final boolean startsWith(String s) {
    if (pos + s.length() > end) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (in[pos + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  final boolean skipSpace() {
    int start = pos;
    while (pos < end && isSpace(in[pos])) {
      pos++;
    }
    return pos > start;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  }

  final boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(in[i])) {
        return false;
      }
    }
    return true;
  }

  final void expect(char c) {
    if (pos >= end || in[pos] != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  final void checkText(int length) {
    if (length > limits.maxTextLength()) {
      throw error("text longer than " + limits.maxTextLength());
    }
  }

  final MalformedMessageException error(String what) {
    return new MalformedMessageException("not well-formed XML: " + what, pos, null, null);
  }
}
