package dev.jonvif.device.internal.http;

import dev.jonvif.rtsp.RtspTunnel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.io.AbstractConnection;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnectionFactory;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Takes the POST half of an RTSP-over-HTTP tunnel ({@code POST /rtsp-tunnel/...} as the first bytes
 * of a connection) away from Jetty's HTTP parser, which would enforce the fake {@code
 * Content-Length: 32767} clients send and cut long sessions. The connection's bytes after the
 * request head go to {@link RtspTunnel#attachPost} for as long as the client sends them. Use it
 * behind a {@code DetectorConnectionFactory} in front of the HTTP connection factory.
 */
public final class TunnelPostConnectionFactory extends AbstractConnectionFactory
    implements ConnectionFactory.Detecting {

  private static final Logger LOG = Logger.getLogger(TunnelPostConnectionFactory.class.getName());
  private static final byte[] PREFIX =
      ("POST " + OnvifHttpHandler.TUNNEL_PATH).getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_HEAD = 8192;
  private static final long IDLE_TIMEOUT_MS = 10 * 60_000L;

  private final Supplier<RtspTunnel> tunnel;

  /**
   * @param tunnel the tunnel to hand POSTs to, or {@code null} when none is attached yet
   */
  public TunnelPostConnectionFactory(Supplier<RtspTunnel> tunnel) {
    super("rtsp-tunnel-post");
    this.tunnel = tunnel;
  }

  @Override
  public Detection detect(ByteBuffer buffer) {
    int n = Math.min(buffer.remaining(), PREFIX.length);
    for (int i = 0; i < n; i++) {
      if (buffer.get(buffer.position() + i) != PREFIX[i]) {
        return Detection.NOT_RECOGNIZED;
      }
    }
    return n < PREFIX.length ? Detection.NEED_MORE_BYTES : Detection.RECOGNIZED;
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    return configure(new PostConnection(endPoint, connector), connector, endPoint);
  }

  /** Feeds the connection's bytes to a virtual thread that serves the tunnel POST. */
  private final class PostConnection extends AbstractConnection implements Connection.UpgradeTo {
    private static final byte[] EOF = new byte[0];
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(64);
    private volatile boolean done;

    PostConnection(EndPoint endPoint, Connector connector) {
      super(endPoint, connector.getExecutor());
    }

    @Override
    public void onUpgradeTo(ByteBuffer buffer) {
      if (BufferUtil.hasContent(buffer)) {
        byte[] b = new byte[buffer.remaining()];
        buffer.get(b);
        chunks.add(b);
      }
    }

    @Override
    public void onOpen() {
      super.onOpen();
      getEndPoint().setIdleTimeout(IDLE_TIMEOUT_MS);
      fillInterested();
      Thread.ofVirtual().name("rtsp-tunnel-post").start(this::serve);
    }

    @Override
    public void onFillable() {
      ByteBuffer buf = BufferUtil.allocate(8192);
      try {
        while (true) {
          BufferUtil.clear(buf);
          int n = getEndPoint().fill(buf);
          if (n < 0) {
            put(EOF);
            return;
          }
          if (n == 0) {
            fillInterested();
            return;
          }
          byte[] b = new byte[buf.remaining()];
          buf.get(b);
          put(b);
        }
      } catch (IOException e) {
        put(EOF);
      }
    }

    /** Queues bytes for the serving thread; drops them once it has ended (nobody reads). */
    private void put(byte[] b) {
      try {
        while (!done && !chunks.offer(b, 1, java.util.concurrent.TimeUnit.SECONDS)) {
          // the tunnel is slow to read: wait, unless it has ended meanwhile
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void serve() {
      try (InputStream in = new ChunkInput()) {
        String cookie = cookie(in);
        RtspTunnel t = tunnel.get();
        if (cookie != null && t != null) {
          t.attachPost(cookie, in);
        }
      } catch (IOException e) {
        LOG.log(Level.FINE, "RTSP tunnel POST ended", e);
      } finally {
        done = true;
        chunks.clear();
        getEndPoint().close();
      }
    }

    /** Reads the request head; returns its x-sessioncookie, or null. */
    private String cookie(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      String cookie = null;
      int total = 0;
      int c;
      while ((c = in.read()) >= 0 && total++ < MAX_HEAD) {
        if (c == '\n') {
          String l = line.toString().strip();
          if (l.isEmpty()) {
            return cookie;
          }
          int colon = l.indexOf(':');
          if (colon > 0
              && l.substring(0, colon)
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .equals(RtspTunnel.COOKIE_HEADER)) {
            cookie = l.substring(colon + 1).strip();
          }
          line.setLength(0);
        } else {
          line.append((char) c);
        }
      }
      return null;
    }

    /** The queued chunks as a blocking stream. */
    private final class ChunkInput extends InputStream {
      private byte[] current = new byte[0];
      private int pos;
      private boolean eof;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        while (pos >= current.length) {
          if (eof) {
            return -1;
          }
          try {
            current = chunks.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
          }
          pos = 0;
          if (current == EOF) {
            eof = true;
          }
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
      }

      @Override
      public void close() {
        eof = true;
      }
    }
  }
}
