package dev.jonvif.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Writes a {@link FakeResponse} to a connection, acting out its scripted failures. */
final class ResponseWriter {

  private static final byte[] CRLF = {'\r', '\n'};

  private final OutputStream out;
  private final CountDownLatch cameraClosed;

  ResponseWriter(OutputStream out, CountDownLatch cameraClosed) {
    this.out = out;
    this.cameraClosed = cameraClosed;
  }

  /**
   * Writes the response.
   *
   * @return whether the connection may carry another request
   */
  boolean write(FakeResponse r, boolean headRequest, boolean clientKeepsAlive)
      throws IOException, InterruptedException {
    switch (r.behaviour()) {
      case DISCONNECT_AT_START -> {
        return false;
      }
      case STALL -> {
        cameraClosed.await();
        return false;
      }
      default -> {
        // answer below
      }
    }
    if (waitOrClosed(r.delay())) {
      return false;
    }
    boolean keepAlive = clientKeepsAlive && !closeRequested(r);
    byte[] body = r.bodyBytes();
    boolean noBody = headRequest || r.statusCode() == 204 || r.statusCode() == 304;
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ")
        .append(r.statusCode())
        .append(' ')
        .append(reasonPhrase(r.statusCode()))
        .append("\r\n");
    if (r.contentType() != null && !hasHeader(r, "Content-Type")) {
      head.append("Content-Type: ").append(r.contentType()).append("\r\n");
    }
    if (r.isChunked()) {
      head.append("Transfer-Encoding: chunked\r\n");
    } else if (!hasHeader(r, "Content-Length")) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    for (String[] h : r.headerLines()) {
      head.append(h[0]).append(": ").append(h[1]).append("\r\n");
    }
    if (!keepAlive && !closeRequested(r)) {
      head.append("Connection: close\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    if (r.behaviour() == FakeResponse.Behaviour.DISCONNECT_AFTER_HEADERS) {
      return false;
    }
    if (!noBody && !writeBody(r, body)) {
      return false;
    }
    out.flush();
    return keepAlive;
  }

  /** Writes the body in pieces as scripted; false when the camera closed meanwhile. */
  private boolean writeBody(FakeResponse r, byte[] body) throws IOException, InterruptedException {
    int step = r.bytesPerChunk() > 0 ? r.bytesPerChunk() : Math.max(body.length, 1);
    for (int off = 0; off < body.length; off += step) {
      int n = Math.min(step, body.length - off);
      if (r.isChunked()) {
        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, off, n);
        out.write(CRLF);
      } else {
        out.write(body, off, n);
      }
      if (r.bytesPerChunk() > 0) {
        out.flush();
        if (off + n < body.length && waitOrClosed(r.chunkPause())) {
          return false;
        }
      }
    }
    if (r.isChunked()) {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    return true;
  }

  /** Waits; true when the camera was closed before the time was up. */
  private boolean waitOrClosed(Duration d) throws InterruptedException {
    return !d.isZero() && cameraClosed.await(d.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static boolean hasHeader(FakeResponse r, String name) {
    for (String[] h : r.headerLines()) {
      if (h[0].equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean closeRequested(FakeResponse r) {
    for (String[] h : r.headerLines()) {
      if (h[0].equalsIgnoreCase("Connection") && h[1].toLowerCase(Locale.ROOT).contains("close")) {
        return true;
      }
    }
    return false;
  }

  static String reasonPhrase(int status) {
    return switch (status) {
      case 100 -> "Continue";
      case 200 -> "OK";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 415 -> "Unsupported Media Type";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 503 -> "Service Unavailable";
      default -> "Status " + status;
    };
  }
}
