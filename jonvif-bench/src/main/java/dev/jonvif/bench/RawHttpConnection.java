package dev.jonvif.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that POSTs and reads whole answers, with no more work than
 * that: a load driver's client must cost less than the server it measures. Answers must carry
 * {@code Content-Length} or be chunked. Not thread-safe: one per load thread.
 */
final class RawHttpConnection implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] head;
  private byte[] buf = new byte[16 * 1024];
  private int pos;
  private int lim;

  /** Connects to the host and port of {@code uri}; requests go to its path. */
  RawHttpConnection(URI uri, String contentType) throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
    out = socket.getOutputStream();
    in = socket.getInputStream();
    head =
        ("POST "
                + uri.getRawPath()
                + " HTTP/1.1\r\nHost: "
                + uri.getHost()
                + ":"
                + uri.getPort()
                + "\r\nContent-Type: "
                + contentType
                + "\r\nContent-Length: ")
            .getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * POSTs {@code body} and reads the whole answer.
   *
   * @return the HTTP status
   */
  int post(byte[] body) throws IOException {
    byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[head.length + length.length + body.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(length, 0, request, head.length, length.length);
    System.arraycopy(body, 0, request, head.length + length.length, body.length);
    out.write(request);
    return readAnswer();
  }

  private int readAnswer() throws IOException {
    int end;
    while ((end = indexOfHeadEnd()) < 0) {
      fill();
    }
    String headText = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
    pos = end + 4;
    int status = Integer.parseInt(headText.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String line : headText.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      skipChunks();
    } else if (length >= 0) {
      skip(length);
    } else {
      throw new IOException("answer without Content-Length: " + headText);
    }
    return status;
  }

  private void skipChunks() throws IOException {
    while (true) {
      String size = line();
      int semi = size.indexOf(';');
      long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
      if (n == 0) {
        while (!line().isEmpty()) {
          // trailers
        }
        return;
      }
      skip(n);
      line();
    }
  }

  private String line() throws IOException {
    while (true) {
      for (int i = pos; i + 1 < lim; i++) {
        if (buf[i] == '\r' && buf[i + 1] == '\n') {
          String s = new String(buf, pos, i - pos, StandardCharsets.ISO_8859_1);
          pos = i + 2;
          return s;
        }
      }
      fill();
    }
  }

  private void skip(long n) throws IOException {
    while (n > 0) {
      if (pos == lim) {
        fill();
      }
      int take = (int) Math.min(n, lim - pos);
      pos += take;
      n -= take;
    }
  }

  private int indexOfHeadEnd() {
    for (int i = pos; i + 3 < lim; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** Reads more bytes after those not yet consumed. */
  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      byte[] bigger = new byte[buf.length * 2];
      System.arraycopy(buf, 0, bigger, 0, lim);
      buf = bigger;
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      throw new IOException("connection closed by the server");
    }
    lim += n;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
