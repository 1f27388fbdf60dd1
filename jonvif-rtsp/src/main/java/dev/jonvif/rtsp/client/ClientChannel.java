package dev.jonvif.rtsp.client;

import dev.jonvif.rtsp.wire.RtspItem;
import dev.jonvif.rtsp.wire.RtspParser;
import dev.jonvif.rtsp.wire.RtspResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The probe's RTSP control channel: a TCP connection, or an HTTP tunnel (a GET connection that
 * carries everything from the server and a POST connection carrying base64-encoded requests).
 */
final class ClientChannel implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Socket socket;
  private final Socket post;
  private final InputStream in;
  private final OutputStream out;
  private final RtspParser parser = new RtspParser();
  private final byte[] buf = new byte[16 * 1024];

  private ClientChannel(Socket socket, Socket post) throws IOException {
    this.socket = socket;
    this.post = post;
    this.in = socket.getInputStream();
    this.out = (post == null ? socket : post).getOutputStream();
  }

  /** A plain RTSP connection. */
  static ClientChannel tcp(InetSocketAddress address, Duration timeout) throws IOException {
    return new ClientChannel(connect(address, timeout), null);
  }

  /**
   * An HTTP tunnel to {@code path} on {@code address}.
   *
   * @throws IOException when the connections fail or the GET is not answered with 200
   */
  static ClientChannel tunnel(InetSocketAddress address, String host, String path, Duration timeout)
      throws IOException {
    byte[] c = new byte[12];
    RANDOM.nextBytes(c);
    String cookie = HexFormat.of().formatHex(c);
    Socket get = connect(address, timeout);
    Socket post = null;
    try {
      String common =
          " HTTP/1.0\r\nHost: "
              + host
              + "\r\nx-sessioncookie: "
              + cookie
              + "\r\nUser-Agent: jonvif-probe\r\nPragma: no-cache\r\nCache-Control: no-cache\r\n";
      get.getOutputStream()
          .write(
              ("GET " + path + common + "Accept: application/x-rtsp-tunnelled\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      ClientChannel channel;
      post = connect(address, timeout);
      post.getOutputStream()
          .write(
              ("POST "
                      + path
                      + common
                      + "Content-Type: application/x-rtsp-tunnelled\r\nContent-Length: 32767\r\n"
                      + "Expires: Sun, 9 Jan 1972 00:00:00 GMT\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      channel = new ClientChannel(get, post);
      RtspItem head = channel.read(System.nanoTime() + timeout.toNanos()).orElse(null);
      if (!(head instanceof RtspResponse r) || r.status() != 200) {
        channel.close();
        throw new IOException(
            "the HTTP tunnel GET was refused"
                + (head instanceof RtspResponse r ? ": HTTP " + r.status() : ""));
      }
      return channel;
    } catch (IOException | RuntimeException e) {
      get.close();
      if (post != null) {
        post.close();
      }
      throw e;
    }
  }

  private static Socket connect(InetSocketAddress address, Duration timeout) throws IOException {
    Socket s = new Socket();
    try {
      s.setTcpNoDelay(true);
      s.connect(address, (int) Math.max(1, timeout.toMillis()));
      return s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  boolean isTunnel() {
    return post != null;
  }

  /** The local address of the control connection (where UDP media should come to). */
  InetAddress localAddress() {
    return socket.getLocalAddress();
  }

  /** The server's address. */
  InetAddress remoteAddress() {
    return socket.getInetAddress();
  }

  /** Sends one RTSP message (base64-encoded inside a tunnel). */
  void send(byte[] message) throws IOException {
    if (post != null) {
      out.write(Base64.getEncoder().encode(message));
    } else {
      out.write(message);
    }
    out.flush();
  }

  /**
   * The next response or interleaved frame, or empty when nothing arrived before the deadline
   * ({@link System#nanoTime()} based).
   *
   * @throws IOException when the connection ends
   */
  Optional<RtspItem> read(long deadlineNanos) throws IOException {
    while (true) {
      Optional<RtspItem> item = parser.next();
      if (item.isPresent()) {
        return item;
      }
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
      int n;
      try {
        n = in.read(buf);
      } catch (SocketTimeoutException e) {
        return Optional.empty();
      }
      if (n < 0) {
        throw new IOException("the server closed the connection");
      }
      parser.feed(buf, 0, n);
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
      if (post != null) {
        post.close();
      }
    } catch (IOException e) {
      // nothing left to do with a connection that will not close
    }
  }
}
