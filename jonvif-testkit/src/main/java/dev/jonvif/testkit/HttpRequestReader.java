package dev.jonvif.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads HTTP/1.1 requests from a connection: head, then a content-length or chunked body. */
final class HttpRequestReader {

  static final int MAX_HEAD_BYTES = 64 * 1024;
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  /** A request line and headers (names as sent, order kept). */
  record Head(String method, String target, String version, Map<String, List<String>> headers) {

    String first(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    boolean hasToken(String name, String token) {
      String v = first(name);
      if (v == null) {
        return false;
      }
      for (String t : v.split(",")) {
        if (t.strip().equalsIgnoreCase(token)) {
          return true;
        }
      }
      return false;
    }

    boolean keepAlive() {
      if (hasToken("Connection", "close")) {
        return false;
      }
      return !version.equals("HTTP/1.0") || hasToken("Connection", "keep-alive");
    }
  }

  private final InputStream in;
  private int headBytes;

  HttpRequestReader(InputStream in) {
    this.in = in;
  }

  /**
   * The next request head, or {@code null} when the peer closed the connection between requests.
   */
  Head readHead() throws IOException {
    headBytes = 0;
    String line = readLine(true);
    while (line != null && line.isEmpty()) {
      line = readLine(true); // tolerate stray CRLF between requests (RFC 9112 §2.2)
    }
    if (line == null) {
      return null;
    }
    String[] parts = line.split(" ");
    if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x request line: " + line);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String h = readLine(false); !h.isEmpty(); h = readLine(false)) {
      int colon = h.indexOf(':');
      if (colon <= 0) {
        throw new IOException("malformed header line: " + h);
      }
      headers
          .computeIfAbsent(h.substring(0, colon).strip(), k -> new ArrayList<>(1))
          .add(h.substring(colon + 1).strip());
    }
    return new Head(parts[0], parts[1], parts[2], headers);
  }

  /** The body that follows {@code head}, de-chunked. */
  byte[] readBody(Head head) throws IOException {
    String te = head.first("Transfer-Encoding");
    if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
      return readChunked();
    }
    String cl = head.first("Content-Length");
    if (cl == null) {
      return new byte[0];
    }
    long length;
    try {
      length = Long.parseLong(cl.strip());
    } catch (NumberFormatException e) {
      throw new IOException("bad Content-Length: " + cl);
    }
    if (length < 0 || length > MAX_BODY_BYTES) {
      throw new IOException("Content-Length " + length + " out of range");
    }
    return readExactly((int) length);
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      headBytes = 0; // the limit applies to each chunk-size line, not to the whole body
      String sizeLine = readLine(false);
      int semi = sizeLine.indexOf(';');
      String hex = (semi < 0 ? sizeLine : sizeLine.substring(0, semi)).strip();
      int size;
      try {
        size = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size: " + sizeLine);
      }
      if (size < 0 || out.size() + (long) size > MAX_BODY_BYTES) {
        throw new IOException("chunked body too large");
      }
      if (size == 0) {
        while (!readLine(false).isEmpty()) {
          // trailer fields are read and dropped
        }
        return out.toByteArray();
      }
      out.write(readExactly(size));
      if (!readLine(false).isEmpty()) {
        throw new IOException("chunk not followed by CRLF");
      }
    }
  }

  private byte[] readExactly(int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new IOException("connection closed after " + b.length + " of " + n + " body bytes");
    }
    return b;
  }

  /** A line without its CRLF (or bare LF); {@code null} at end of stream only if allowed. */
  private String readLine(boolean endAllowed) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int c = in.read();
      if (c < 0) {
        if (endAllowed && line.size() == 0) {
          return null;
        }
        throw new IOException("connection closed in the middle of a request");
      }
      if (++headBytes > MAX_HEAD_BYTES) {
        throw new IOException("request head larger than " + MAX_HEAD_BYTES + " bytes");
      }
      if (c == '\n') {
        byte[] b = line.toByteArray();
        int len = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        return new String(b, 0, len, StandardCharsets.ISO_8859_1);
      }
      line.write(c);
    }
  }
}
