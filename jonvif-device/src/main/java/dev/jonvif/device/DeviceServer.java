package dev.jonvif.device;

import dev.jonvif.core.xml.XmlLimits;
import dev.jonvif.device.internal.auth.CoreCredentialVerifier;
import dev.jonvif.device.internal.auth.CredentialVerifier;
import dev.jonvif.device.internal.auth.RequestAuthenticator;
import dev.jonvif.device.internal.devicemgmt.DeviceFeatures;
import dev.jonvif.device.internal.devicemgmt.DeviceServiceModule;
import dev.jonvif.device.internal.http.FaultMapper;
import dev.jonvif.device.internal.http.OnvifHttpHandler;
import dev.jonvif.device.internal.http.SoapDispatcher;
import dev.jonvif.device.internal.http.TunnelPostConnectionFactory;
import dev.jonvif.device.internal.tls.SelfSignedCertificate;
import dev.jonvif.rtsp.RtspServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * The HTTP side of a fleet: one Jetty {@link Server} (one virtual-thread pool, one scheduler) with
 * one connector per camera port. Requests are routed to a camera by the local port they arrive on.
 *
 * <pre>{@code
 * DeviceServer server = DeviceServer.builder().register(new MediaModule()).build();
 * server.start();
 * VirtualCamera cam = VirtualCamera.create(persona, admin, Clock.systemUTC(), storage);
 * VirtualCamera.Ports ports = server.addCamera(cam, 8000, -1, 8554);  // -1: no HTTPS port
 * }</pre>
 */
public final class DeviceServer implements AutoCloseable {

  /** Upper bound on the server's virtual threads (selectors plus requests in progress). */
  static final int MAX_VIRTUAL_THREADS = 1_000_000;

  private final Server server;
  private final InetAddress bind;
  private final OnvifHttpHandler handler;
  private final HttpConfiguration httpConfig;
  private final Map<VirtualCamera, List<ServerConnector>> connectors = new ConcurrentHashMap<>();
  private final Map<VirtualCamera, CredentialVerifier> verifiers = new ConcurrentHashMap<>();
  private final Function<VirtualCamera, CredentialVerifier> verifierFactory;
  private final ServiceRegistry services;
  private final Duration rebootDowntime;
  private final Clock clock;
  private final SslContextFactory.Server ssl;
  private volatile RtspServer rtsp;

  private DeviceServer(Builder b) {
    this.bind = b.bind;
    this.clock = b.clock;
    this.rebootDowntime = b.rebootDowntime;
    List<ServiceModule> modules = new ArrayList<>();
    if (b.modules.stream().noneMatch(m -> m.service() == OnvifService.DEVICE)) {
      modules.add(
          new DeviceServiceModule(
              new DeviceFeatures(
                  b.discovery,
                  b.tls != null,
                  b.security.usernameToken(),
                  b.security.httpDigest(),
                  b.rebootDowntime)));
    }
    modules.addAll(b.modules);
    this.services = new ServiceRegistry(modules);
    this.verifierFactory =
        b.verifierFactory != null
            ? b.verifierFactory
            : camera -> new CoreCredentialVerifier(camera, b.security, b.clock);
    RequestAuthenticator auth = new RequestAuthenticator(b.security, b.clock);
    SoapDispatcher dispatcher =
        new SoapDispatcher(services, auth, this::verifier, new FaultMapper(), b.limits);
    List<HttpResource> resources = new ArrayList<>();
    modules.forEach(m -> resources.addAll(m.resources()));
    this.handler =
        new OnvifHttpHandler(
            dispatcher,
            resources,
            auth,
            this::verifier,
            (int) Math.min(Integer.MAX_VALUE, b.limits.maxDocumentBytes()),
            rebootDowntime);
    // Every connector's selector holds a (virtual) thread for good; the default cap of 200 would
    // starve a large fleet, so the cap only guards against runaway growth.
    VirtualThreadPool threads = new VirtualThreadPool(MAX_VIRTUAL_THREADS);
    threads.setName("jonvif-device");
    this.server = new Server(threads);
    this.server.setHandler(handler);
    this.server.setStopTimeout(2000);
    this.httpConfig = new HttpConfiguration();
    httpConfig.setSendServerVersion(false);
    httpConfig.setSendDateHeader(false);
    this.ssl = b.tls == null ? null : sslContext(b.tls, b.bind, b.clock);
    if (ssl != null) {
      server.addBean(ssl);
    }
  }

  private static SslContextFactory.Server sslContext(
      TlsSettings tls, InetAddress bind, Clock clock) {
    SslContextFactory.Server f = new SslContextFactory.Server();
    try {
      if (tls.keystore() != null) {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        char[] pw = tls.password() == null ? new char[0] : tls.password().toCharArray();
        try (var in = java.nio.file.Files.newInputStream(tls.keystore())) {
          ks.load(in, pw);
        }
        f.setKeyStore(ks);
        f.setKeyStorePassword(tls.password());
      } else {
        f.setKeyStore(SelfSignedCertificate.loadOrCreate(tls.stateDir(), bind, clock));
        f.setKeyStorePassword(SelfSignedCertificate.PASSWORD);
      }
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
    }
    return f;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The registered services. */
  public ServiceRegistry services() {
    return services;
  }

  /** How long a rebooting camera stays down. */
  public Duration rebootDowntime() {
    return rebootDowntime;
  }

  /** Starts the server (no camera yet). */
  public DeviceServer start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("device server failed to start: " + e.getMessage(), e);
    }
    return this;
  }

  /**
   * Streams every camera added from now on with {@code server}: stream URIs carry its port,
   * SetSynchronizationPoint forces key frames on it and {@code /rtsp-tunnel/} on each web-service
   * port hands RTSP-over-HTTP connections to its {@linkplain RtspServer#tunnel() tunnel}. The
   * caller keeps owning (and closes) {@code server}.
   */
  public void attachRtsp(RtspServer server) {
    this.rtsp = Objects.requireNonNull(server, "server");
    handler.tunnel(server.tunnel());
  }

  /**
   * Starts serving {@code camera}: opens its HTTP port (and HTTPS when {@code httpsPort} is not -1;
   * 0 picks a free port) and tells its listeners it started.
   *
   * @param rtspPort the port written into its stream URIs (ignored when an {@linkplain #attachRtsp
   *     RTSP server is attached}: its port is used)
   * @return the ports actually bound
   */
  public VirtualCamera.Ports addCamera(
      VirtualCamera camera, int httpPort, int httpsPort, int rtspPort) {
    if (connectors.containsKey(camera)) {
      throw new IllegalStateException(camera + " is already served");
    }
    if (httpsPort != -1 && ssl == null) {
      throw new IllegalStateException("HTTPS port given but the server has no TLS settings");
    }
    ServerConnector http = connector(httpPort, false);
    int boundHttp = http.getLocalPort();
    handler.bind(boundHttp, new OnvifHttpHandler.Binding(camera, false));
    int boundHttps = -1;
    List<ServerConnector> list = new ArrayList<>(List.of(http));
    if (httpsPort != -1) {
      ServerConnector https = connector(httpsPort, true);
      boundHttps = https.getLocalPort();
      handler.bind(boundHttps, new OnvifHttpHandler.Binding(camera, true));
      list.add(https);
    }
    connectors.put(camera, List.copyOf(list));
    RtspServer streams = rtsp;
    if (streams != null) {
      rtspPort = streams.port();
      String name = camera.name();
      camera.setKeyFrameRequests(profile -> streams.forceKeyFrame(name, profile));
    }
    VirtualCamera.Ports ports = new VirtualCamera.Ports(boundHttp, boundHttps, rtspPort);
    camera.setPorts(ports);
    camera.setScheduler(
        (delay, task) ->
            server.getScheduler().schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS));
    camera.log("started");
    camera.fireStarted();
    return ports;
  }

  /** Stops serving {@code camera}: listeners hear it stopping, then its ports close. */
  public void removeCamera(VirtualCamera camera) {
    List<ServerConnector> list = connectors.remove(camera);
    if (list == null) {
      return;
    }
    camera.fireStopping();
    for (ServerConnector c : list) {
      handler.unbind(c.getLocalPort());
      try {
        c.stop();
      } catch (Exception e) {
        // closing a listening socket; nothing more to do
      }
      server.removeConnector(c);
    }
    verifiers.remove(camera);
  }

  /** The cameras being served. */
  public List<VirtualCamera> cameras() {
    return List.copyOf(connectors.keySet());
  }

  private ServerConnector connector(int port, boolean secure) {
    ServerConnector c;
    if (secure) {
      HttpConfiguration httpsConfig = new HttpConfiguration(httpConfig);
      SecureRequestCustomizer customizer = new SecureRequestCustomizer();
      customizer.setSniHostCheck(false); // clients reach cameras by IP; the SANs cover them
      httpsConfig.addCustomizer(customizer);
      c =
          new ServerConnector(
              server,
              null,
              null,
              null,
              0,
              1,
              new SslConnectionFactory(ssl, "http/1.1"),
              new HttpConnectionFactory(httpsConfig));
    } else {
      // Tunnel POSTs bypass Jetty's HTTP parser (their Content-Length is fake); the rest is HTTP.
      TunnelPostConnectionFactory posts =
          new TunnelPostConnectionFactory(() -> rtsp == null ? null : rtsp.tunnel());
      c =
          new ServerConnector(
              server,
              null,
              null,
              null,
              0,
              1,
              new DetectorConnectionFactory(posts),
              new HttpConnectionFactory(httpConfig));
    }
    c.setHost(bind.getHostAddress());
    c.setPort(port);
    c.setIdleTimeout(30_000);
    server.addConnector(c);
    try {
      if (!c.isStarted()) {
        c.start();
      }
    } catch (IOException e) {
      server.removeConnector(c);
      throw new UncheckedIOException("cannot listen on " + bind.getHostAddress() + ":" + port, e);
    } catch (Exception e) {
      server.removeConnector(c);
      throw new IllegalStateException(
          "cannot listen on " + bind.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
    }
    return c;
  }

  private CredentialVerifier verifier(VirtualCamera camera) {
    return verifiers.computeIfAbsent(camera, verifierFactory);
  }

  /** Stops every camera and the server. */
  public void stop() {
    for (VirtualCamera c : cameras()) {
      removeCamera(c);
    }
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("device server failed to stop: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** The clock the server measures lock-out and nonce age with. */
  public Clock clock() {
    return clock;
  }

  /** Configures a {@link DeviceServer}. */
  public static final class Builder {
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private Clock clock = Clock.systemUTC();
    private SecurityPolicy security = SecurityPolicy.DEFAULT;
    private final List<ServiceModule> modules = new ArrayList<>();
    private XmlLimits limits = XmlLimits.DEFAULT.withMaxDocumentBytes(1024 * 1024);
    private Duration rebootDowntime = Duration.ofSeconds(5);
    private boolean discovery;
    private TlsSettings tls;
    private Function<VirtualCamera, CredentialVerifier> verifierFactory;

    private Builder() {}

    /** The address every camera port binds to (default loopback: nothing is exposed). */
    public Builder bind(InetAddress value) {
      this.bind = Objects.requireNonNull(value, "bind");
      return this;
    }

    /** The real clock (lock-out, nonce ages; cameras have their own offset clocks). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    public Builder security(SecurityPolicy value) {
      this.security = Objects.requireNonNull(value, "security");
      return this;
    }

    /** Adds a service; the Device service is added by default. */
    public Builder register(ServiceModule module) {
      modules.add(Objects.requireNonNull(module, "module"));
      return this;
    }

    /** XML limits for request bodies; the document size is also the HTTP body limit (1 MiB). */
    public Builder limits(XmlLimits value) {
      this.limits = Objects.requireNonNull(value, "limits");
      return this;
    }

    /** How long SystemReboot keeps a camera down (default 5 s). */
    public Builder rebootDowntime(Duration value) {
      this.rebootDowntime = Objects.requireNonNull(value, "rebootDowntime");
      return this;
    }

    /**
     * Replaces the wire-level credential checks (one verifier per camera). For tests and for wiring
     * the verifiers of {@code dev.jonvif.core.security}; the default refuses everything.
     */
    public Builder credentialVerifiers(Function<VirtualCamera, CredentialVerifier> factory) {
      Objects.requireNonNull(factory, "factory");
      this.verifierFactory = factory;
      return this;
    }

    /**
     * Whether a WS-Discovery responder announces the cameras (the Device service then advertises
     * DiscoveryResolve and DiscoveryBye). Default false.
     */
    public Builder discovery(boolean value) {
      this.discovery = value;
      return this;
    }

    /** Serves HTTPS too, with this key and certificate (cameras then get an HTTPS port). */
    public Builder tls(TlsSettings value) {
      this.tls = value;
      return this;
    }

    public DeviceServer build() {
      return new DeviceServer(this);
    }
  }
}
