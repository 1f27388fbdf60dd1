package dev.jonvif.rtsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.x front for an {@link RtspTunnel} on a plain socket: the RTSP port accepts
 * tunnel GET/POST pairs this way (so {@code -rtsp_transport http} works against it), and it shows
 * how a device's own HTTP server hands tunnel connections over.
 */
public final class HttpTunnelEndpoint {

  private static final int MAX_HEAD = 8192;

  private HttpTunnelEndpoint() {}

  /**
   * Serves one HTTP connection whose request head has not been read yet, until the tunnel half it
   * opens ends. Answers 400 to a request without a session cookie and 405 to methods other than GET
   * and POST.
   *
   * @param in the connection's input, positioned at the start of the request
   */
  public static void serve(Socket socket, InputStream in, RtspTunnel tunnel) throws IOException {
    String head = readHead(in);
    String[] lines = head.split("\r?\n");
    String[] requestLine = lines[0].split(" ");
    String cookie = null;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0
          && lines[i].substring(0, colon).strip().equalsIgnoreCase(RtspTunnel.COOKIE_HEADER)) {
        cookie = lines[i].substring(colon + 1).strip();
      }
    }
    OutputStream out = socket.getOutputStream();
    String method = requestLine[0].toUpperCase(Locale.ROOT);
    if (!method.equals("GET") && !method.equals("POST")) {
      respond(out, "405 Method Not Allowed");
      return;
    }
    if (cookie == null || cookie.isEmpty()) {
      respond(out, "400 Bad Request");
      return;
    }
    if (method.equals("GET")) {
      String ok =
          "HTTP/1.0 200 OK\r\nServer: jonvif\r\nConnection: close\r\nCache-Control: no-store\r\n"
              + "Pragma: no-cache\r\nContent-Type: "
              + RtspTunnel.CONTENT_TYPE
              + "\r\n\r\n";
      out.write(ok.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      tunnel.attachGet(
          cookie,
          out,
          (InetSocketAddress) socket.getLocalSocketAddress(),
          (InetSocketAddress) socket.getRemoteSocketAddress());
    } else {
      tunnel.attachPost(cookie, in);
    }
  }

  private static void respond(OutputStream out, String status) throws IOException {
    out.write(
        ("HTTP/1.0 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads up to and including the blank line that ends the head, one byte at a time. */
  static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    int newlines = 0;
    while (head.size() < MAX_HEAD) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed inside the HTTP request head");
      }
      head.write(b);
      if (b == '\n') {
        if (++newlines == 2) {
          return head.toString(StandardCharsets.ISO_8859_1);
        }
      } else if (b != '\r') {
        newlines = 0;
      }
    }
    throw new IOException("HTTP request head longer than " + MAX_HEAD + " bytes");
  }
}
