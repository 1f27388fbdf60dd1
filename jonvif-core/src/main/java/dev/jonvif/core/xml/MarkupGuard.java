package dev.jonvif.core.xml;

import dev.jonvif.core.MalformedMessageException;

/**
 * A byte-level pre-scanner that sees the input before the StAX parser does. It rejects DTDs and
 * over-long attribute values and text runs as the bytes arrive, so hostile input fails before the
 * parser buffers it.
 *
 * <p>It follows just enough of the XML grammar to know whether a byte is in character data, inside
 * a tag, inside a quoted attribute value, or inside a comment, CDATA section or processing
 * instruction. It validates nothing else; the parser does that.
 */
final class MarkupGuard {

  private static final int TEXT = 0;
  private static final int TAG = 1;
  private static final int QUOTED = 2;
  private static final int COMMENT = 3;
  private static final int CDATA = 4;
  private static final int PI = 5;
  private static final int DECL = 6;

  private static final byte[] CDATA_OPEN =
      "![CDATA[".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final long maxText;
  private final long maxAttribute;
  private int state = TEXT;
  private byte quote;
  private long runLength;

  /** Bytes since the {@code <} that opened the current tag or declaration. */
  private int tagPos;

  private long offset;

  /** {@code offset - off} for the buffer being scanned, so {@code base + i} is a byte offset. */
  private long base;

  private int current;

  /** The two bytes before the current one, while in a comment, CDATA section or PI. */
  private byte h1;

  private byte h2;

  MarkupGuard(XmlLimits limits) {
    this.maxText = limits.maxTextLength();
    this.maxAttribute = limits.maxAttributeLength();
  }

  void scan(byte[] buf, int off, int len) {
    int end = off + len;
    int i = off;
    base = offset - off;
    while (i < end) {
      switch (state) {
        case TEXT -> {
          int start = i;
          while (i < end && buf[i] != '<') {
            i++;
          }
          runLength += i - start;
          if (runLength > maxText) {
            throw fail(start, "text longer than " + maxText + " bytes");
          }
          if (i < end) {
            state = TAG;
            tagPos = 0;
            i++;
          }
        }
        case QUOTED -> {
          int start = i;
          while (i < end && buf[i] != quote) {
            i++;
          }
          runLength += i - start;
          if (runLength > maxAttribute) {
            throw fail(start, "attribute value longer than " + maxAttribute + " bytes");
          }
          if (i < end) {
            state = TAG;
            i++;
          }
        }
        default -> {
          current = i;
          stepMarkup(buf[i]);
          i++;
        }
      }
    }
    offset += len;
  }

  private void stepMarkup(byte b) {
    tagPos++;
    switch (state) {
      case TAG -> {
        if (tagPos == 1 && b == '!') {
          state = DECL;
        } else if (tagPos == 1 && b == '?') {
          state = PI;
        } else if (b == '"' || b == '\'') {
          state = QUOTED;
          quote = b;
          runLength = 0;
        } else if (b == '>') {
          state = TEXT;
          runLength = 0;
        }
      }
      case DECL -> {
        // tagPos counts from '<': position 1 was '!', so CDATA_OPEN[tagPos - 1] is expected here.
        if (tagPos <= 3 && b == '-') {
          if (tagPos == 3) {
            state = COMMENT;
            runLength = 0;
          }
        } else if (tagPos <= CDATA_OPEN.length && b == CDATA_OPEN[tagPos - 1]) {
          if (tagPos == CDATA_OPEN.length) {
            state = CDATA;
            runLength = 0;
          }
        } else {
          throw fail(current, "DTDs and markup declarations are not allowed");
        }
      }
      case COMMENT -> {
        if (b == '>' && last(1) == '-' && last(2) == '-' && tagPos > 5) {
          state = TEXT;
          runLength = 0;
        }
      }
      case CDATA -> {
        if (b == '>' && last(1) == ']' && last(2) == ']') {
          state = TEXT;
          runLength = 0;
        } else if (++runLength > maxText) {
          throw fail(current, "CDATA section longer than " + maxText + " bytes");
        }
      }
      case PI -> {
        if (b == '>' && last(1) == '?') {
          state = TEXT;
          runLength = 0;
        }
      }
      default -> throw new IllegalStateException("state " + state);
    }
    h2 = h1;
    h1 = b;
  }

  private byte last(int n) {
    return n == 1 ? h1 : h2;
  }

  private MalformedMessageException fail(int at, String what) {
    return new MalformedMessageException(what, base + at, null, null);
  }
}
