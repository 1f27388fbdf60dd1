package dev.jonvif.client;

import dev.jonvif.client.internal.AddressRewriter;
import dev.jonvif.client.internal.AuthState;
import dev.jonvif.client.internal.CameraTransport;
import dev.jonvif.client.internal.ClockState;
import dev.jonvif.client.internal.Connector;
import dev.jonvif.client.internal.DeviceAddress;
import dev.jonvif.client.internal.HttpGateway;
import dev.jonvif.client.internal.HttpSettings;
import dev.jonvif.client.internal.PtzMemory;
import dev.jonvif.client.internal.SharedScheduler;
import dev.jonvif.client.internal.SnapshotDownloader;
import dev.jonvif.client.internal.Soap;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.model.Capabilities;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.Service;
import dev.jonvif.core.model.ServiceNames;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.types.SetDateTimeType;
import dev.jonvif.core.types.SystemDateTime;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One ONVIF camera: connect, then reach each service through a typed client ({@link #device()},
 * {@link #media()}, {@link #ptz()}, {@link #imaging()}, {@link #deviceIo()}) or a raw call ({@link
 * #call(String, XmlElement)}).
 *
 * <pre>{@code
 * try (OnvifCamera cam = OnvifCamera.builder("192.168.1.64").credentials("admin", "secret").build()) {
 *   cam.connect();
 *   for (MediaProfile p : cam.media().profiles()) {
 *     System.out.println(p.name() + " " + cam.media().streamUri(p.token(), StreamTransport.TCP).uri());
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #connect()} reads the camera's clock (GetSystemDateAndTime without credentials, then
 * with them), learns the services (GetServices with capabilities, else GetCapabilities) and builds
 * the endpoint map; the first typed call connects if needed. Thread-safe: one instance may be used
 * by many (virtual) threads; at most {@link Builder#maxConcurrentRequests(int)} requests are in
 * flight to the camera at once, and every request has a deadline.
 */
public final class OnvifCamera implements AutoCloseable {

  /** Default time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** Default deadline of one request, body included. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** Default largest SOAP answer. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 8L * 1024 * 1024;

  /** Default largest snapshot. */
  public static final long DEFAULT_MAX_SNAPSHOT_BYTES = 16L * 1024 * 1024;

  /** Default limit of requests in flight to one camera (some fail with parallel requests). */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 2;

  private final URI deviceUri;
  private final CameraTransport transport;
  private final AddressRewriter rewriter;
  private final SnapshotDownloader snapshots;
  private final java.util.concurrent.locks.ReentrantLock connectLock =
      new java.util.concurrent.locks.ReentrantLock();
  private volatile Connector.Connection connection;
  private volatile MediaClient media;
  private final PtzMemory ptzMemory;
  private final ScheduledExecutorService scheduler;

  private OnvifCamera(Builder b) {
    DeviceAddress address = DeviceAddress.parse(b.address);
    this.deviceUri = address.uri();
    Credentials creds = b.credentials != null ? b.credentials : address.credentials();
    HttpGateway gateway =
        new HttpGateway(
            new HttpSettings(
                b.connectTimeout,
                b.requestTimeout,
                b.maxResponseBytes,
                b.maxConcurrentRequests,
                b.tls));
    ClockState clock = new ClockState(b.clock);
    this.transport =
        new CameraTransport(deviceUri, gateway, new AuthState(creds, b.authPolicy, clock));
    this.rewriter = new AddressRewriter(deviceUri, b.addressRewrite);
    this.snapshots = new SnapshotDownloader(gateway, creds, b.maxSnapshotBytes);
    this.ptzMemory = new PtzMemory(b.ptzPolicies);
    this.scheduler = b.scheduler != null ? b.scheduler : SharedScheduler.get();
  }

  /**
   * Creates the shared HTTP client for the default settings now (on a virtual thread), so that a
   * one-shot program's first request does not wait for it. Optional; calling it again is cheap.
   */
  public static void warmUp() {
    Thread.ofVirtual()
        .name("jonvif-http-warm-up")
        .start(() -> dev.jonvif.client.internal.SharedHttpClients.warmUp(DEFAULT_CONNECT_TIMEOUT));
  }

  /** A builder for the camera at a device service URL or {@code host[:port]}. */
  public static Builder builder(String deviceUrlOrHost) {
    return new Builder(deviceUrlOrHost);
  }

  /**
   * Connects: reads the clock, learns the services. Calling it again reconnects (after a camera
   * reboot or a network change).
   *
   * @return this camera
   */
  public OnvifCamera connect() {
    connectLock.lock();
    try {
      connection = new Connector(transport, deviceUri, rewriter).connect();
      media = null;
    } finally {
      connectLock.unlock();
    }
    return this;
  }

  /** Whether {@link #connect()} has succeeded. */
  public boolean isConnected() {
    return connection != null;
  }

  private Connector.Connection connection() {
    Connector.Connection c = connection;
    if (c == null) {
      connectLock.lock();
      try {
        c = connection;
        if (c == null) {
          connect();
          c = connection;
        }
      } finally {
        connectLock.unlock();
      }
    }
    return c;
  }

  /** The device service address in use (without user-info). */
  public URI deviceUri() {
    return deviceUri;
  }

  /** The services the camera offers (addresses as the camera sent them). */
  public List<Service> services() {
    return connection().services();
  }

  /** Service namespace to the address requests go to (NAT-rewritten), device service included. */
  public Map<String, URI> endpoints() {
    return connection().endpoints();
  }

  /** The address of the service with this namespace, if the camera offers it. */
  public Optional<URI> endpoint(String namespace) {
    return Optional.ofNullable(connection().endpoints().get(namespace));
  }

  /** The GetCapabilities answer, when connecting had to fall back to it. */
  public Optional<Capabilities> capabilitiesFallback() {
    return Optional.ofNullable(connection().capabilities());
  }

  /** How far the camera's clock is ahead of this machine's (negative: behind), if it was read. */
  public Optional<Duration> clockOffset() {
    return transport.clock().offset();
  }

  /** The camera's clock as last read, if it was. */
  public Optional<SystemDateTime> cameraTime() {
    return transport.lastCameraTime();
  }

  /** The authentication in use: what worked last, or what will be tried first. */
  public AuthMethod authMethod() {
    return transport.auth().method();
  }

  /** The HTTP Digest algorithm in use ("SHA-256", "MD5"), if HTTP Digest was negotiated. */
  public Optional<String> digestAlgorithm() {
    return transport.auth().digestAlgorithm();
  }

  /** Whether the camera advertises itself at another address than the one connected to. */
  public boolean natDetected() {
    connection();
    return rewriter.natDetected();
  }

  /** The transport every call of this camera goes through. */
  public SoapTransport transport() {
    return transport;
  }

  /** The device management service. */
  public DeviceClient device() {
    return new DeviceClient(transport, deviceUri);
  }

  /** The media service: Media2 when offered and working, Media1 otherwise. */
  public MediaClient media() {
    MediaClient m = media;
    if (m == null) {
      Map<String, URI> eps = connection().endpoints();
      URI m2 = eps.get(Namespaces.TR2);
      URI m1 = eps.get(Namespaces.TRT);
      if (m1 == null && m2 == null) {
        throw new IllegalStateException(
            "the camera offers no media service (it offers " + offered(eps) + ")");
      }
      m =
          new AdaptiveMediaClient(
              m2 == null ? null : new Media2Client(transport, m2, rewriter::rewrite),
              m1 == null ? null : new Media1Client(transport, m1, rewriter::rewrite));
      media = m;
    }
    return m;
  }

  /**
   * The PTZ service. What its {@link PtzPolicies} learn about this camera is kept for the life of
   * this object.
   *
   * @throws IllegalStateException when the camera offers no PTZ service
   */
  public PtzClient ptz() {
    return new PtzClient(transport, required(Namespaces.TPTZ), ptzMemory, scheduler);
  }

  /**
   * The imaging service.
   *
   * @throws IllegalStateException when the camera offers no imaging service
   */
  public ImagingClient imaging() {
    return new ImagingClient(transport, required(Namespaces.TIMG));
  }

  /**
   * Relays and digital inputs: the DeviceIO service when offered, else the device service's relay
   * operations.
   */
  public DeviceIoClient deviceIo() {
    return new DeviceIoClient(transport, connection().endpoints().get(Namespaces.TMD), deviceUri);
  }

  /** The first media profile with a PTZ configuration, if any (the profile PTZ moves name). */
  public Optional<MediaProfile> ptzProfile() {
    return media().profiles().stream().filter(p -> p.ptz() != null).findFirst();
  }

  /** The video source token of the first media profile (the source imaging operations name). */
  public Optional<String> videoSourceToken() {
    return media().profiles().stream()
        .filter(p -> p.videoSource() != null && !p.videoSource().sourceToken().isEmpty())
        .map(p -> p.videoSource().sourceToken())
        .findFirst();
  }

  private URI required(String namespace) {
    Map<String, URI> eps = connection().endpoints();
    URI uri = eps.get(namespace);
    if (uri == null) {
      throw new IllegalStateException(
          "the camera offers no "
              + ServiceNames.shortName(namespace)
              + " service (it offers "
              + offered(eps)
              + ")");
    }
    return uri;
  }

  /**
   * Calls any operation of any service: {@code body} is the request element (its name is the
   * operation) and the answer's body element is returned as a tree.
   *
   * @param service a short service name ({@code media2}, {@code ptz}, ...) or a namespace; {@code
   *     null} to use the body element's namespace
   * @throws IllegalArgumentException when the camera does not offer that service
   */
  public XmlElement call(String service, XmlElement body) {
    String ns = service == null ? body.namespace() : ServiceNames.namespaceOf(service);
    if (ns == null) {
      throw new IllegalArgumentException(
          "unknown service "
              + service
              + " (known: "
              + String.join(", ", ServiceNames.all().keySet())
              + ")");
    }
    URI endpoint = connection().endpoints().get(ns);
    if (endpoint == null) {
      throw new IllegalArgumentException(
          "the camera offers no "
              + ServiceNames.shortName(ns)
              + " service (it offers "
              + offered(connection().endpoints())
              + ")");
    }
    return Soap.call(transport, endpoint, body);
  }

  /** Calls an operation at an explicit endpoint with an explicit SOAP action. */
  public XmlElement call(URI endpoint, XmlElement body, String action) {
    return Soap.call(transport, endpoint, body, action == null ? Soap.action(body) : action);
  }

  /** Fetches a snapshot of a profile: GetSnapshotUri, then an authenticated download. */
  public Snapshot snapshot(String profileToken) {
    return downloadSnapshot(media().snapshotUri(profileToken).uri());
  }

  /**
   * Downloads a snapshot URI with HTTP Digest or Basic as the camera asks; user-info is taken out
   * of the URI and used only when no credentials were configured.
   */
  public Snapshot downloadSnapshot(String uri) {
    return snapshots.download(rewriter.rewrite(uri));
  }

  /** A camera-supplied URI as this camera's {@link AddressRewritePolicy} rewrites it. */
  public String rewrite(String uri) {
    connection();
    return rewriter.rewrite(uri);
  }

  /**
   * Sets the camera's clock to this machine's (SetSystemDateAndTime, Manual, time zone unchanged)
   * and reads it back.
   *
   * @return the offset measured afterwards
   */
  public Optional<Duration> syncClock() {
    boolean dst = transport.lastCameraTime().map(SystemDateTime::daylightSavings).orElse(false);
    device().setSystemDateAndTime(SetDateTimeType.MANUAL, dst, null, transport.clock().now());
    transport.readClock();
    return clockOffset();
  }

  private static String offered(Map<String, URI> endpoints) {
    return String.join(", ", endpoints.keySet().stream().map(ServiceNames::shortName).toList());
  }

  /** Releases this camera's HTTP resources (clients shared with other cameras stay open). */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "OnvifCamera[" + deviceUri + "]";
  }

  /** Configures an {@link OnvifCamera}. */
  public static final class Builder {
    private final String address;
    private Credentials credentials;
    private AuthPolicy authPolicy = AuthPolicy.AUTO;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private long maxSnapshotBytes = DEFAULT_MAX_SNAPSHOT_BYTES;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private TlsSettings tls = TlsSettings.verified();
    private AddressRewritePolicy addressRewrite = AddressRewritePolicy.AUTO;
    private Clock clock = Clock.systemUTC();
    private PtzPolicies ptzPolicies = PtzPolicies.AUTO;
    private ScheduledExecutorService scheduler;

    private Builder(String address) {
      this.address = Objects.requireNonNull(address, "address");
    }

    /** The user name and password (instead of any in the URL). */
    public Builder credentials(String username, String password) {
      return credentials(new Credentials(username, password));
    }

    public Builder credentials(Credentials c) {
      this.credentials = c;
      return this;
    }

    /** How to authenticate; default {@link AuthPolicy#AUTO}. */
    public Builder authPolicy(AuthPolicy p) {
      this.authPolicy = Objects.requireNonNull(p);
      return this;
    }

    /** Time to establish a connection; default {@link #DEFAULT_CONNECT_TIMEOUT}. */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Objects.requireNonNull(d);
      return this;
    }

    /** Deadline of one request, body included; default {@link #DEFAULT_REQUEST_TIMEOUT}. */
    public Builder requestTimeout(Duration d) {
      this.requestTimeout = Objects.requireNonNull(d);
      return this;
    }

    /** Largest SOAP answer accepted; default {@link #DEFAULT_MAX_RESPONSE_BYTES}. */
    public Builder maxResponseBytes(long bytes) {
      this.maxResponseBytes = bytes;
      return this;
    }

    /** Largest snapshot accepted; default {@link #DEFAULT_MAX_SNAPSHOT_BYTES}. */
    public Builder maxSnapshotBytes(long bytes) {
      this.maxSnapshotBytes = bytes;
      return this;
    }

    /**
     * Requests in flight to the camera at once; default {@link #DEFAULT_MAX_CONCURRENT_REQUESTS}.
     */
    public Builder maxConcurrentRequests(int n) {
      this.maxConcurrentRequests = n;
      return this;
    }

    /** How HTTPS servers are trusted; default {@link TlsSettings#verified()}. */
    public Builder tls(TlsSettings t) {
      this.tls = Objects.requireNonNull(t);
      return this;
    }

    /** NAT address rewriting; default {@link AddressRewritePolicy#AUTO}. */
    public Builder addressRewrite(AddressRewritePolicy p) {
      this.addressRewrite = Objects.requireNonNull(p);
      return this;
    }

    /** The local clock (tests inject one); default UTC system clock. */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c);
      return this;
    }

    /** PTZ vendor policies; default {@link PtzPolicies#AUTO}. */
    public Builder ptzPolicies(PtzPolicies p) {
      this.ptzPolicies = Objects.requireNonNull(p);
      return this;
    }

    /** Runs the client's timers (tests inject one); default one shared daemon thread. */
    public Builder scheduler(ScheduledExecutorService s) {
      this.scheduler = Objects.requireNonNull(s);
      return this;
    }

    /**
     * Builds the camera (no network traffic yet).
     *
     * @throws IllegalArgumentException for an unusable address or limit
     */
    public OnvifCamera build() {
      return new OnvifCamera(this);
    }
  }
}
