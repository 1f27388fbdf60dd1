package dev.jonvif.device;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** One raw HTTP/1.1 request, for headers the JDK client will not send (Host). */
final class RawHttp {

  private RawHttp() {}

  /** POSTs {@code body} with the given Host header; returns the whole response as text. */
  static String post(String base, String path, String host, byte[] body) {
    return postFrom(null, base, path, host, body);
  }

  /** Like {@link #post} from the local address {@code from} (e.g. 127.0.0.2), or any. */
  static String postFrom(String from, String base, String path, String host, byte[] body) {
    URI u = URI.create(base);
    try (Socket s = new Socket()) {
      if (from != null) {
        s.bind(new java.net.InetSocketAddress(from, 0));
      }
      s.connect(new java.net.InetSocketAddress(u.getHost(), u.getPort()), 5_000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nContent-Type: application/soap+xml; charset=utf-8\r\nContent-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      in.transferTo(buf);
      return buf.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
