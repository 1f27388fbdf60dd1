package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads RTSP requests, responses and interleaved frames from a byte stream, incrementally: {@link
 * #feed} bytes as they arrive and take complete items with {@link #next()}. Never touches a socket.
 * Also reads the HTTP/1.x messages that open an RTSP-over-HTTP tunnel.
 *
 * <p>Lenient where peers are sloppy (bare LF line ends, empty lines between messages, folded
 * headers) and strict on limits: a header block over {@link #MAX_HEADER_BYTES} or a body over
 * {@link #MAX_BODY_BYTES} raises {@link MalformedMessageException}, as does anything that is not a
 * message. Not thread-safe.
 */
public final class RtspParser {

  /** Largest start line plus header block accepted. */
  public static final int MAX_HEADER_BYTES = 16 * 1024;

  /** Largest body accepted. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  private byte[] buf = new byte[4096];
  private int start;
  private int end;
  private long consumed;

  /** Appends received bytes. */
  public void feed(byte[] data, int offset, int length) {
    if (end + length > buf.length) {
      int live = end - start;
      if (live + length > buf.length || start == 0) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, live + length));
      }
      System.arraycopy(buf, start, buf, 0, live);
      start = 0;
      end = live;
    }
    System.arraycopy(data, offset, buf, end, length);
    end += length;
  }

  public void feed(byte[] data) {
    feed(data, 0, data.length);
  }

  /** Bytes fed but not yet returned as items. */
  public int buffered() {
    return end - start;
  }

  /**
   * The next complete item, or empty when more bytes are needed.
   *
   * @throws MalformedMessageException when the bytes are not RTSP; the parser is then unusable
   */
  public Optional<RtspItem> next() {
    while (start < end && (buf[start] == '\r' || buf[start] == '\n')) {
      advance(1);
    }
    if (start == end) {
      return Optional.empty();
    }
    if (buf[start] == '$') {
      return interleaved();
    }
    return message();
  }

  private Optional<RtspItem> interleaved() {
    if (end - start < 4) {
      return Optional.empty();
    }
    int channel = buf[start + 1] & 0xff;
    int length = ((buf[start + 2] & 0xff) << 8) | (buf[start + 3] & 0xff);
    if (end - start < 4 + length) {
      return Optional.empty();
    }
    byte[] payload = Arrays.copyOfRange(buf, start + 4, start + 4 + length);
    advance(4 + length);
    return Optional.of(new InterleavedFrame(channel, payload));
  }

  private Optional<RtspItem> message() {
    int headEnd = headerEnd();
    if (headEnd < 0) {
      if (end - start > MAX_HEADER_BYTES) {
        throw malformed("header block longer than " + MAX_HEADER_BYTES + " bytes");
      }
      return Optional.empty();
    }
    if (headEnd - start > MAX_HEADER_BYTES) {
      throw malformed("header block longer than " + MAX_HEADER_BYTES + " bytes");
    }
    String head = new String(buf, start, headEnd - start, StandardCharsets.UTF_8);
    String[] lines = head.split("\r?\n", -1);
    String startLine = lines[0].strip();
    RtspHeaders headers = headers(lines);
    int bodyLength = contentLength(headers);
    int afterHead = skipHeaderTerminator(headEnd);
    if (end - afterHead < bodyLength) {
      return Optional.empty();
    }
    byte[] body = Arrays.copyOfRange(buf, afterHead, afterHead + bodyLength);
    RtspItem item = startLine(startLine, headers, body);
    advance(afterHead + bodyLength - start);
    return Optional.of(item);
  }

  private RtspItem startLine(String line, RtspHeaders headers, byte[] body) {
    String[] parts = line.split(" ", 3);
    if (isVersion(parts[0])) {
      if (parts.length < 2) {
        throw malformed("status line without a status: " + Ascii.snippet(line));
      }
      int status;
      try {
        status = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw malformed("status is not a number: " + Ascii.snippet(line));
      }
      if (status < 100 || status > 999) {
        throw malformed("status out of range: " + Ascii.snippet(line));
      }
      return new RtspResponse(parts[0], status, parts.length > 2 ? parts[2] : "", headers, body);
    }
    if (parts.length != 3 || !isVersion(parts[2]) || !isToken(parts[0])) {
      throw malformed("not an RTSP request line: " + Ascii.snippet(line));
    }
    return new RtspRequest(parts[0], parts[1], parts[2], headers, body);
  }

  private static boolean isVersion(String s) {
    return s.startsWith("RTSP/") || s.startsWith("HTTP/");
  }

  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private RtspHeaders headers(String[] lines) {
    RtspHeaders.Builder b = RtspHeaders.builder();
    String name = null;
    StringBuilder value = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
        value.append(' ').append(line.strip());
        continue;
      }
      if (name != null) {
        b.add(name, value.toString().strip());
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed("header line without a colon: " + Ascii.snippet(line));
      }
      name = line.substring(0, colon).strip();
      if (!isToken(name)) {
        throw malformed("bad header name: " + Ascii.snippet(line));
      }
      value.setLength(0);
      value.append(line.substring(colon + 1));
    }
    if (name != null) {
      b.add(name, value.toString().strip());
    }
    return b.build();
  }

  private int contentLength(RtspHeaders headers) {
    String v = headers.value("Content-Length");
    if (v == null) {
      return 0;
    }
    long n;
    try {
      n = Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw malformed("Content-Length is not a number: " + Ascii.snippet(v));
    }
    if (n < 0 || n > MAX_BODY_BYTES) {
      throw malformed("Content-Length out of range: " + n);
    }
    return (int) n;
  }

  /** Index of the blank line ending the header block (at its first line break), or -1. */
  private int headerEnd() {
    for (int i = start; i < end; i++) {
      if (buf[i] != '\n') {
        continue;
      }
      if (i + 1 < end && buf[i + 1] == '\n') {
        return i;
      }
      if (i + 2 < end && buf[i + 1] == '\r' && buf[i + 2] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Index after the blank line whose first line break is at {@code headEnd}. */
  private int skipHeaderTerminator(int headEnd) {
    return buf[headEnd + 1] == '\n' ? headEnd + 2 : headEnd + 3;
  }

  private void advance(int n) {
    start += n;
    consumed += n;
    if (start == end) {
      start = 0;
      end = 0;
    }
  }

  private MalformedMessageException malformed(String message) {
    return new MalformedMessageException(message, consumed, null, null);
  }
}
