package dev.jonvif.rtsp;

import dev.jonvif.core.security.Rfc2069Policy;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One RTSP 1.0 server for a whole fleet of cameras on one port: {@code
 * rtsp://host:port/<camera>/<profile>} streams whatever the {@link StreamCatalog} says, over UDP,
 * TCP-interleaved or an HTTP tunnel (on this port, or handed over from another HTTP server through
 * {@link #tunnel()}).
 *
 * <pre>{@code
 * StreamCatalog catalog = (camera, profile) -> Optional.of(
 *     StreamSpec.builder(VideoEncoding.H264, 640, 360, new TestPatternRenderer(camera)).build());
 * try (RtspServer server = RtspServer.builder(catalog).port(8554).build().start()) {
 *   URI uri = server.streamUri("127.0.0.1", "cam1", "profile_1");
 *   ...
 * }
 * }</pre>
 *
 * <p>Each stream is generated only while someone watches it, encoded once per frame and shared by
 * all its viewers. Threads: one platform thread per running stream (rendering and encoding are
 * CPU-bound); virtual threads for each connection and each viewer.
 */
public final class RtspServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RtspServer.class.getName());

  /** Default RTSP port. */
  public static final int DEFAULT_PORT = 8554;

  /** Default session timeout announced in {@code Session: id;timeout=60}. */
  public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(60);

  /** Default time a viewer may stay too slow to take frames before it is dropped. */
  public static final Duration DEFAULT_SLOW_VIEWER_TIMEOUT = Duration.ofSeconds(10);

  /** Default HTTP Digest realm. */
  public static final String DEFAULT_REALM = "jonvif";

  /** Default largest RTP payload (fits a 1500-byte Ethernet MTU). */
  public static final int DEFAULT_MAX_PAYLOAD = 1400;

  private final Builder config;
  private final SessionRegistry sessions;
  private final Streams streams;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private ServerSocket listener;
  private UdpPorts udp;
  private RequestHandler handler;
  private Tunnels tunnels;
  private volatile boolean closed;

  private RtspServer(Builder b) {
    this.config = b;
    this.sessions = new SessionRegistry(b.clock, b.sessionTimeout);
    this.streams = new Streams(b.catalog, b.clock, b.maxPayload, sessions::endViewer);
  }

  public static Builder builder(StreamCatalog catalog) {
    return new Builder(catalog);
  }

  /** Binds the RTSP port and the UDP port pair and starts serving; returns this server. */
  public synchronized RtspServer start() throws IOException {
    if (listener != null) {
      throw new IllegalStateException("already started");
    }
    udp = UdpPorts.bind(config.bindAddress, config.udpPort);
    ServerSocket ss = new ServerSocket();
    try {
      ss.setReuseAddress(true);
      ss.bind(new InetSocketAddress(config.bindAddress, config.port), 128);
    } catch (IOException e) {
      ss.close();
      udp.close();
      throw e;
    }
    listener = ss;
    RequestAuthenticator auth =
        DigestAuthenticator.of(config.auth, config.realm, config.rfc2069, config.clock);
    handler =
        new RequestHandler(streams, sessions, auth, udp, config.clock, config.slowViewerTimeout);
    tunnels = new Tunnels(handler, sessions, config.sessionTimeout);
    udp.start(handler::rtcpFrom);
    Thread.ofVirtual().name("rtsp-accept").start(this::accept);
    Thread.ofVirtual().name("rtsp-reaper").start(this::reap);
    return this;
  }

  /** The RTSP port (useful after binding port 0). */
  public int port() {
    return listener.getLocalPort();
  }

  /** The address and port the server listens on. */
  public InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  /** The server's RTP port (RTCP is the next one). */
  public int udpPort() {
    return udp.rtpPort();
  }

  /**
   * The URI of a camera profile's stream as reached through {@code host}: {@code
   * rtsp://host:port/<camera>/<profile>} with both segments percent-encoded.
   */
  public java.net.URI streamUri(String host, String camera, String profile) {
    return java.net.URI.create(
        "rtsp://" + host + ":" + port() + "/" + segment(camera) + "/" + segment(profile));
  }

  /** A path segment percent-encoded as RTSP URLs need it. */
  public static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The tunnel endpoint a device's HTTP server hands RTSP-over-HTTP connections to. */
  public RtspTunnel tunnel() {
    return tunnels;
  }

  /**
   * Makes the stream's next frame a key frame (ONVIF SetSynchronizationPoint); nothing when the
   * stream is not running.
   */
  public void forceKeyFrame(String camera, String profile) {
    streams.forceKeyFrame(camera, profile);
  }

  /** Live RTSP sessions (set up and not yet torn down or timed out). */
  public int sessionCount() {
    return sessions.size();
  }

  /** Streams currently generating frames. */
  public int runningStreamCount() {
    return streams.runningCount();
  }

  /** Ends sessions that timed out now instead of at the next periodic check. */
  public int expireSessions() {
    return sessions.expire();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket s = listener.accept();
        sockets.add(s);
        Thread.ofVirtual().name("rtsp-conn").start(() -> serve(s));
      } catch (IOException e) {
        if (!closed) {
          LOG.log(Level.WARNING, "accept failed", e);
        }
      }
    }
  }

  private void serve(Socket socket) {
    Connection conn = null;
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
      in.mark(8);
      byte[] start = in.readNBytes(4);
      in.reset();
      String first = new String(start, StandardCharsets.US_ASCII);
      if (first.equals("GET ") || first.equals("POST")) {
        HttpTunnelEndpoint.serve(socket, in, tunnels);
        return;
      }
      RtspOutput out = new RtspOutput(socket.getOutputStream(), () -> closeQuietly(socket));
      conn = new Connection(out, socket.getInetAddress(), socket.getLocalAddress(), false);
      conn.serve(in, handler);
    } catch (IOException e) {
      LOG.log(Level.FINE, "RTSP connection ended", e);
    } finally {
      sockets.remove(socket);
      if (conn != null) {
        handler.connectionClosed(conn);
      }
    }
  }

  private void reap() {
    while (!closed) {
      try {
        Thread.sleep(1000);
        sessions.expire();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "close failed", e);
    }
  }

  /** Stops listening, ends every session and stream and closes every connection. */
  @Override
  public synchronized void close() {
    if (closed || listener == null) {
      closed = true;
      return;
    }
    closed = true;
    closeQuietly(listener);
    sessions.endAll();
    streams.closeAll();
    tunnels.closeAll();
    for (Socket s : sockets) {
      closeQuietly(s);
    }
    udp.close();
  }

  private static void closeQuietly(ServerSocket s) {
    try {
      s.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "close failed", e);
    }
  }

  /** Configures an {@link RtspServer}. */
  public static final class Builder {
    private final StreamCatalog catalog;
    private InetAddress bindAddress = InetAddress.getLoopbackAddress();
    private int port = DEFAULT_PORT;
    private int udpPort;
    private StreamAuth auth = StreamAuth.none();
    private Clock clock = Clock.systemUTC();
    private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
    private int maxPayload = DEFAULT_MAX_PAYLOAD;
    private String realm = DEFAULT_REALM;
    private Duration slowViewerTimeout = DEFAULT_SLOW_VIEWER_TIMEOUT;
    private Rfc2069Policy rfc2069 = Rfc2069Policy.ACCEPT_MD5;

    private Builder(StreamCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The address to listen on; default loopback. */
    public Builder bindAddress(InetAddress value) {
      this.bindAddress = Objects.requireNonNull(value, "bindAddress");
      return this;
    }

    /** The RTSP port; default 8554; 0 picks a free one. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The even UDP port RTP is sent from (RTCP from the next); default 0: any free pair. */
    public Builder udpPort(int value) {
      if (value % 2 != 0) {
        throw new IllegalArgumentException("the RTP port must be even: " + value);
      }
      this.udpPort = value;
      return this;
    }

    /** Who may watch; default {@link StreamAuth#none()}. */
    public Builder auth(StreamAuth value) {
      this.auth = Objects.requireNonNull(value, "auth");
      return this;
    }

    /** The HTTP Digest realm (printable ASCII); default {@value #DEFAULT_REALM}. */
    public Builder realm(String value) {
      this.realm = Objects.requireNonNull(value, "realm");
      return this;
    }

    /**
     * Whether Digest credentials without qop (RFC 2069, MD5) are accepted; default {@link
     * Rfc2069Policy#ACCEPT_MD5}, because live555-based players (VLC, openRTSP, many NVRs) send
     * nothing else. RTSP requests only watch streams; {@link Rfc2069Policy#REFUSE} for RFC 7616
     * only.
     */
    public Builder rfc2069(Rfc2069Policy value) {
      this.rfc2069 = Objects.requireNonNull(value, "rfc2069");
      return this;
    }

    /** The clock for timestamps and session timeouts; default the system UTC clock. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** How long a session lives without a request or RTCP from its client; default 60 s. */
    public Builder sessionTimeout(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("session timeout must be positive: " + value);
      }
      this.sessionTimeout = value;
      return this;
    }

    /**
     * How long a viewer may keep its frame queue full (a TCP client that stopped reading) before
     * its session ends and its connection closes; default 10 s. Meanwhile it only loses frames.
     */
    public Builder slowViewerTimeout(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("slow viewer timeout must be positive: " + value);
      }
      this.slowViewerTimeout = value;
      return this;
    }

    /** The largest RTP payload; default 1400 bytes. */
    public Builder maxPayload(int value) {
      if (value < 256 || value > 65000) {
        throw new IllegalArgumentException("max payload must be 256 to 65000: " + value);
      }
      this.maxPayload = value;
      return this;
    }

    public RtspServer build() {
      return new RtspServer(this);
    }
  }
}
