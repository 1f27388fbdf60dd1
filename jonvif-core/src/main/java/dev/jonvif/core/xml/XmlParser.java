package dev.jonvif.core.xml;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The one way XML comes into jonvif: a hardened parser that builds an {@link XmlElement} tree. DTDs
 * are refused, entities other than the predefined ones are never expanded, nothing external is ever
 * fetched, and the {@link XmlLimits} are enforced while reading, so hostile input fails fast with
 * {@link MalformedMessageException}.
 *
 * <p>Encodings: UTF-8 (default), UTF-16 (by byte-order mark or by the first bytes), and whatever
 * the XML declaration names. Invalid UTF-8 byte sequences become U+FFFD rather than failing the
 * document: cameras send such names, and losing the whole response over one is worse.
 *
 * <p>Thread-safe; holds no state between documents.
 */
public final class XmlParser {

  private XmlParser() {}

  /** Parses a document with the default limits. */
  public static XmlElement parse(byte[] document) {
    return parse(document, XmlLimits.DEFAULT);
  }

  /** Parses a document. */
  public static XmlElement parse(byte[] document, XmlLimits limits) {
    return parse(document, document.length, limits);
  }

  private static XmlElement parse(byte[] document, int length, XmlLimits limits) {
    if (length > limits.maxDocumentBytes()) {
      throw new MalformedMessageException(
          "document of "
              + length
              + " bytes exceeds the limit of "
              + limits.maxDocumentBytes()
              + " bytes");
    }
    if (length == 0) {
      throw new MalformedMessageException("empty document");
    }
    CharBuffer chars = decode(document, length);
    return new TreeParser(chars.array(), chars.position(), limits).parseDocument();
  }

  /** Parses a document from a stream with the default limits. The stream is not closed. */
  public static XmlElement parse(InputStream in) {
    return parse(in, XmlLimits.DEFAULT);
  }

  /**
   * Parses a document from a stream, checking size and markup as the bytes arrive, so an oversized
   * or hostile document fails before it is buffered. The stream is not closed; a stream that fails
   * to read raises {@link TransportException}.
   */
  public static XmlElement parse(InputStream in, XmlLimits limits) {
    MarkupGuard guard = new MarkupGuard(limits);
    Buffer buf = new Buffer();
    byte[] chunk = new byte[8192];
    long max = limits.maxDocumentBytes();
    try {
      int n;
      while ((n = in.read(chunk)) > 0) {
        if (buf.size() + (long) n > max) {
          throw new MalformedMessageException(
              "document exceeds the limit of " + max + " bytes", max, null, null);
        }
        guard.scan(chunk, 0, n);
        buf.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new TransportException("reading the XML document failed: " + e, ErrorContext.NONE, e);
    }
    return parse(buf.array(), buf.size(), limits);
  }

  /** The decoded characters, in an array from index 0 to the buffer's position. */
  private static CharBuffer decode(byte[] b, int len) {
    if (len >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return decode(b, 3, len - 3, StandardCharsets.UTF_8);
    }
    if (len >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return decode(b, 2, len - 2, StandardCharsets.UTF_16BE);
    }
    if (len >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return decode(b, 2, len - 2, StandardCharsets.UTF_16LE);
    }
    if (len >= 2 && b[0] == 0 && b[1] == '<') {
      return decode(b, 0, len, StandardCharsets.UTF_16BE);
    }
    if (len >= 2 && b[0] == '<' && b[1] == 0) {
      return decode(b, 0, len, StandardCharsets.UTF_16LE);
    }
    return decode(b, 0, len, declaredCharset(b, len));
  }

  /**
   * Decodes straight into one char array (no intermediate String). Malformed input becomes U+FFFD,
   * the named leniency above.
   */
  private static CharBuffer decode(byte[] b, int off, int len, Charset cs) {
    if (cs == StandardCharsets.UTF_8) {
      // The String constructor decodes UTF-8 with vectorised intrinsics (and replaces malformed
      // input exactly as the decoder below does); widening its Latin-1 bytes is vectorised too.
      String text = new String(b, off, len, cs);
      char[] chars = new char[text.length()];
      text.getChars(0, chars.length, chars, 0);
      return CharBuffer.wrap(chars).position(chars.length);
    }
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(len * (double) d.maxCharsPerByte()) + 1);
    ByteBuffer bytes = ByteBuffer.wrap(b, off, len);
    if (d.decode(bytes, out, true).isOverflow() || d.flush(out).isOverflow()) {
      // A charset that produces more characters than it promised: decode the simple way.
      char[] chars = new String(b, off, len, cs).toCharArray();
      return CharBuffer.wrap(chars).position(chars.length);
    }
    return out;
  }

  /** The encoding named by an XML declaration at the start, or UTF-8. */
  private static Charset declaredCharset(byte[] b, int len) {
    if (len < 6 || b[0] != '<' || b[1] != '?' || b[2] != 'x' || b[3] != 'm' || b[4] != 'l') {
      return StandardCharsets.UTF_8;
    }
    int stop = Math.min(len, 1024);
    for (int i = 5; i + 1 < stop; i++) {
      if (b[i] == '?' && b[i + 1] == '>') {
        stop = i;
        break;
      }
    }
    String decl = new String(b, 0, stop, StandardCharsets.ISO_8859_1);
    int at = decl.indexOf("encoding");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    int q = at + 8;
    while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=')) {
      q++;
    }
    if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
      return StandardCharsets.UTF_8;
    }
    int endQuote = decl.indexOf(decl.charAt(q), q + 1);
    if (endQuote < 0) {
      return StandardCharsets.UTF_8;
    }
    String name = decl.substring(q + 1, endQuote);
    try {
      Charset cs = Charset.forName(name);
      // A UTF-16 declaration on ASCII-compatible bytes is a lie; trust the bytes.
      return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MalformedMessageException("unsupported encoding " + name);
    }
  }

  /** A ByteArrayOutputStream that exposes its buffer without copying. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer() {
      super(8192);
    }

    byte[] array() {
      return buf;
    }
  }
}
