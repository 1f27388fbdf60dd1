package dev.jonvif.core.xml;

import dev.jonvif.core.MalformedMessageException;

/**
 * A pre-scanner that sees a streamed document before it is buffered for the parser. It rejects DTDs
 * and other markup declarations, and over-long text runs, attribute values, comments, CDATA
 * sections and processing instructions, as the input arrives, so hostile input fails before it is
 * held in memory.
 *
 * <p>It follows just enough of the XML grammar to know whether a character is in character data,
 * inside a tag, inside a quoted attribute value, or inside a comment, CDATA section or processing
 * instruction. It validates nothing else; the parser does that. Its state survives between calls to
 * {@link #scan}, so a document may arrive in pieces of any size.
 *
 * <p>Bytes are read as the parser will decode them: UTF-16 (big or little endian, by byte order
 * mark or {@code <}), else one character per byte with UTF-8 continuation bytes not counted, so
 * lengths are in characters for UTF-8 and single-byte encodings alike.
 *
 * <p>The loops for the states that make up most of a document (text, tags, attribute values) look
 * for their one or three terminating characters and do nothing else per character.
 */
final class MarkupGuard {

  private static final int TEXT = 0;
  private static final int TAG_START = 1;
  private static final int TAG = 2;
  private static final int QUOTED = 3;
  private static final int DECLARATION = 4;
  private static final int COMMENT = 5;
  private static final int CDATA = 6;
  private static final int PI = 7;

  private static final String COMMENT_OPEN = "--";
  private static final String CDATA_OPEN = "[CDATA[";

  private static final int UNDECIDED = 0;
  private static final int EIGHT_BIT = 1;
  private static final int UTF16_BE = 2;
  private static final int UTF16_LE = 3;

  private final long maxText;
  private final long maxAttribute;

  private int state = TEXT;
  private char quote;

  /** Characters in the current text run, attribute value, comment, CDATA section or PI. */
  private long run;

  /** After {@code <!}: the opener being matched ({@code --} or {@code [CDATA[}) and how far. */
  private String opener;

  private int openerMatched;

  /** Consecutive {@code -}, {@code ]} or {@code ?} just seen inside a comment, CDATA or PI. */
  private int closers;

  /** Characters scanned before the current buffer. */
  private long offset;

  /** How bytes become characters; decided by the first two bytes. */
  private int byteMode = UNDECIDED;

  /** A byte held back: the first byte while undecided, or half a UTF-16 unit. */
  private int heldByte = -1;

  private char[] units = new char[0];

  /** The byte chunk being scanned, for turning a character offset into a byte offset. */
  private byte[] chunk;

  private int chunkOff;
  private int chunkLen;
  private long chunkByteStart;
  private long chunkCharStart;
  private long bytesScanned;

  MarkupGuard(XmlLimits limits) {
    this.maxText = limits.maxTextLength();
    this.maxAttribute = limits.maxAttributeLength();
  }

  /** Scans the next bytes of a document. */
  void scan(byte[] buf, int off, int len) {
    if (len == 0) {
      return;
    }
    if (byteMode == UNDECIDED) {
      if (heldByte < 0 && len == 1) {
        heldByte = buf[off] & 0xff;
        bytesScanned++;
        return;
      }
      int b0 = heldByte >= 0 ? heldByte : buf[off] & 0xff;
      int b1 = heldByte >= 0 ? buf[off] & 0xff : buf[off + 1] & 0xff;
      byteMode =
          (b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == '<')
              ? UTF16_BE
              : (b0 == 0xFF && b1 == 0xFE) || (b0 == '<' && b1 == 0) ? UTF16_LE : EIGHT_BIT;
      if (byteMode == EIGHT_BIT && heldByte >= 0) {
        // Not UTF-16: the held byte is an ordinary first character.
        units = ensure(units, 1);
        units[0] = (char) heldByte;
        heldByte = -1;
        chunk = null;
        scan(units, 0, 1);
      }
    }
    chunk = buf;
    chunkOff = off;
    chunkLen = len;
    chunkByteStart = bytesScanned - (heldByte >= 0 ? 1 : 0);
    chunkCharStart = offset;
    int n = toUnits(buf, off, len);
    bytesScanned += len;
    scan(units, 0, n);
  }

  /** Converts bytes to the characters the guard follows, into {@link #units}. */
  private int toUnits(byte[] buf, int off, int len) {
    units = ensure(units, len / (byteMode == EIGHT_BIT ? 1 : 2) + 1);
    char[] u = units;
    int n = 0;
    int end = off + len;
    if (byteMode == EIGHT_BIT) {
      for (int i = off; i < end; i++) {
        int b = buf[i];
        if ((b & 0xC0) != 0x80) {
          u[n++] = (char) (b & 0xff);
        }
      }
      return n;
    }
    int i = off;
    if (heldByte >= 0) {
      u[n++] = unit(heldByte, buf[i++] & 0xff);
      heldByte = -1;
    }
    for (; i + 1 < end; i += 2) {
      u[n++] = unit(buf[i] & 0xff, buf[i + 1] & 0xff);
    }
    if (i < end) {
      heldByte = buf[i] & 0xff;
    }
    return n;
  }

  private char unit(int first, int second) {
    return (char) (byteMode == UTF16_BE ? first << 8 | second : second << 8 | first);
  }

  private static char[] ensure(char[] a, int size) {
    return a.length >= size ? a : new char[Math.max(size, 2 * a.length)];
  }

  /** Scans the next characters of a document. */
  void scan(char[] buf, int off, int len) {
    final int end = off + len;
    int i = off;
    while (i < end) {
      switch (state) {
        case TEXT -> {
          int start = i;
          while (i < end && buf[i] != '<') {
            i++;
          }
          run += i - start;
          if (run > maxText) {
            throw fail(off, i, "text longer than " + maxText + " characters");
          }
          if (i < end) {
            state = TAG_START;
            i++;
          }
        }
        case TAG_START -> {
          char c = buf[i];
          if (c == '!') {
            state = DECLARATION;
            opener = null;
            openerMatched = 0;
            i++;
          } else if (c == '?') {
            enter(PI);
            i++;
          } else {
            state = TAG; // the character is looked at again as part of the tag
          }
        }
        case TAG -> {
          while (i < end) {
            char c = buf[i++];
            if (c > '>') {
              continue; // names: letters and most of Unicode sort above '>'
            }
            if (c == '>') {
              state = TEXT;
              run = 0;
              break;
            }
            if (c == '"' || c == '\'') {
              state = QUOTED;
              quote = c;
              run = 0;
              break;
            }
          }
        }
        case QUOTED -> {
          int start = i;
          char q = quote;
          while (i < end && buf[i] != q) {
            i++;
          }
          run += i - start;
          if (run > maxAttribute) {
            throw fail(off, i, "attribute value longer than " + maxAttribute + " characters");
          }
          if (i < end) {
            state = TAG;
            i++;
          }
        }
        case DECLARATION -> i = declaration(buf, off, i);
        case COMMENT -> i = until(buf, off, i, end, '-', 2, "comment");
        case CDATA -> i = until(buf, off, i, end, ']', 2, "CDATA section");
        case PI -> i = until(buf, off, i, end, '?', 1, "processing instruction");
        default -> throw new IllegalStateException("state " + state);
      }
    }
    offset += len;
  }

  /** Matches {@code <!--} or {@code <![CDATA[} one character at a time; anything else fails. */
  private int declaration(char[] buf, int off, int i) {
    char c = buf[i];
    if (opener == null) {
      opener = c == '-' ? COMMENT_OPEN : c == '[' ? CDATA_OPEN : null;
    }
    if (opener == null || opener.charAt(openerMatched) != c) {
      throw fail(off, i, "DTDs and markup declarations are not allowed");
    }
    if (++openerMatched == opener.length()) {
      if (opener == COMMENT_OPEN) {
        enter(COMMENT);
      } else {
        enter(CDATA);
      }
    }
    return i + 1;
  }

  private void enter(int newState) {
    state = newState;
    run = 0;
    closers = 0;
  }

  /**
   * Skips to the {@code >} that follows at least {@code needed} {@code closer} characters (the end
   * of a comment, CDATA section or PI), counting length against the text limit.
   */
  private int until(char[] buf, int off, int i, int end, char closer, int needed, String what) {
    int start = i;
    int n = closers;
    boolean closed = false;
    while (i < end) {
      char c = buf[i++];
      if (c == closer) {
        n++;
      } else if (c == '>' && n >= needed) {
        closed = true;
        break;
      } else {
        n = 0;
      }
    }
    closers = n;
    run += i - start;
    if (run > maxText) {
      throw fail(off, i, what + " longer than " + maxText + " characters");
    }
    if (closed) {
      state = TEXT;
      run = 0;
    }
    return i;
  }

  private MalformedMessageException fail(int off, int at, String what) {
    return new MalformedMessageException(what, byteOffset(offset + (at - off)), null, null);
  }

  /** The byte offset of a character of the byte chunk being scanned (characters when none). */
  private long byteOffset(long charOffset) {
    if (chunk == null) {
      return charOffset;
    }
    long wanted = charOffset - chunkCharStart;
    if (byteMode != EIGHT_BIT) {
      return chunkByteStart + 2 * wanted;
    }
    long seen = 0;
    int i = chunkOff;
    for (int end = chunkOff + chunkLen; i < end; i++) {
      if ((chunk[i] & 0xC0) != 0x80 && seen++ == wanted) {
        break;
      }
    }
    return chunkByteStart + (i - chunkOff);
  }
}
