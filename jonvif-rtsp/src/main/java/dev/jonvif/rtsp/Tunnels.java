package dev.jonvif.rtsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The server's {@link RtspTunnel}: open tunnels by cookie, each an RTSP {@link Connection}. */
final class Tunnels implements RtspTunnel {

  private static final long POST_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

  /**
   * Most base64 a POST half may have sent that does not yet make a whole request: past it the
   * tunnel closes, so a client cannot make the server hold an endless message.
   */
  static final int MAX_PENDING_BASE64 = 32 * 1024;

  /** {@link #MAX_PENDING_BASE64} once decoded (3 bytes per 4 characters). */
  static final int MAX_PENDING_BYTES = MAX_PENDING_BASE64 / 4 * 3;

  private final class Tunnel {
    final String cookie;
    final Connection connection;
    final CountDownLatch ended = new CountDownLatch(1);
    final AtomicInteger posts = new AtomicInteger();
    final AtomicLong lastActive = new AtomicLong(System.nanoTime());

    Tunnel(String cookie, OutputStream out, InetSocketAddress local, InetSocketAddress remote) {
      this.cookie = cookie;
      RtspOutput output = new RtspOutput(out, this::end);
      this.connection =
          new Connection(
              output,
              remote == null ? InetAddress.getLoopbackAddress() : remote.getAddress(),
              local == null ? InetAddress.getLoopbackAddress() : local.getAddress(),
              true);
    }

    void end() {
      ended.countDown();
    }

    boolean idle(long timeoutNanos) {
      return posts.get() == 0
          && !sessions.ownsAny(connection)
          && System.nanoTime() - lastActive.get() > timeoutNanos;
    }
  }

  private final Map<String, Tunnel> tunnels = new ConcurrentHashMap<>();
  private final RequestHandler handler;
  private final SessionRegistry sessions;
  private final Duration idleTimeout;

  Tunnels(RequestHandler handler, SessionRegistry sessions, Duration idleTimeout) {
    this.handler = handler;
    this.sessions = sessions;
    this.idleTimeout = idleTimeout;
  }

  @Override
  public void attachGet(
      String cookie, OutputStream out, InetSocketAddress local, InetSocketAddress remote)
      throws IOException {
    Tunnel t = new Tunnel(cookie, out, local, remote);
    if (tunnels.putIfAbsent(cookie, t) != null) {
      throw new IOException("an RTSP tunnel with this session cookie is already open");
    }
    synchronized (this) {
      notifyAll();
    }
    try {
      long idleNanos = idleTimeout.toNanos();
      while (!t.ended.await(1, TimeUnit.SECONDS)) {
        if (t.idle(idleNanos)) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      tunnels.remove(cookie, t);
      handler.connectionClosed(t.connection);
    }
  }

  @Override
  public void attachPost(String cookie, InputStream in) throws IOException {
    Tunnel t = await(cookie);
    t.posts.incrementAndGet();
    try {
      if (!t.connection.serve(new Base64Input(in), handler, MAX_PENDING_BYTES)) {
        throw new IOException(
            "RTSP tunnel closed: more than " + MAX_PENDING_BASE64 + " base64 bytes pending");
      }
    } finally {
      t.lastActive.set(System.nanoTime());
      t.posts.decrementAndGet();
    }
  }

  private Tunnel await(String cookie) throws IOException {
    long deadline = System.nanoTime() + POST_WAIT_NANOS;
    synchronized (this) {
      while (true) {
        Tunnel t = tunnels.get(cookie);
        if (t != null) {
          return t;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IOException("no RTSP tunnel GET with this session cookie");
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the tunnel's GET", e);
        }
      }
    }
  }

  /** Ends every tunnel (server shutdown). */
  void closeAll() {
    for (Tunnel t : tunnels.values()) {
      t.connection.close();
    }
  }

  int size() {
    return tunnels.size();
  }
}
