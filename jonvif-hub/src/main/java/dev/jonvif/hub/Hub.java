package dev.jonvif.hub;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * The jonvif hub: a camera registry with one supervised session per camera, event history, WS-
 * Discovery, a REST API with server-sent events and the web UI, on one Jetty server.
 *
 * <pre>{@code
 * try (Hub hub = Hub.start(HubOptions.builder().port(8080).dataDir(Path.of("jonvif-data")).build())) {
 *   hub.generatedAdminPassword().ifPresent(p -> System.out.println("admin password: " + p));
 * }
 * }</pre>
 */
public final class Hub implements AutoCloseable {

  private static final Duration PRUNE_INTERVAL = Duration.ofHours(1);

  /** Held so their levels stay set (java.util.logging keeps loggers weakly). */
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private static final java.util.logging.Logger JETTY_LOG =
      java.util.logging.Logger.getLogger("org.eclipse.jetty");

  private final HubOptions options;
  private final Storage storage;
  private final Supervisor supervisor;
  private final DiscoveryService discovery;
  private final EventPump events;
  private final EventStream stream;
  private final Server server;
  private final ServerConnector connector;
  private final Thread pruner;

  private Hub(HubOptions options, Storage storage) {
    this.options = options;
    this.storage = storage;
    Broadcaster broadcaster = new Broadcaster();
    this.supervisor = new Supervisor(options, RandomGenerator.getDefault());
    Cameras cameras = new Cameras(storage, supervisor, broadcaster, options);
    this.discovery = new DiscoveryService(options, cameras::keys, broadcaster);
    cameras.onRegistryChange(discovery::changed);
    Sensors sensors = new Sensors();
    supervisor.addListener(v -> broadcaster.publish("camera", v));
    this.events = new EventPump(storage.events, sensors, broadcaster, options);
    supervisor.addListener(events);
    cameras.onRemove(events::removed);
    this.stream = new EventStream(broadcaster);
    CameraApi api =
        new CameraApi(
            cameras,
            supervisor,
            storage,
            options,
            new Diagnostics(storage, options, version()),
            new ControlApi(sensors, broadcaster));
    Auth auth = new Auth(storage, options.clock());
    VirtualThreadPool threads = new VirtualThreadPool();
    threads.setName("jonvif-hub-http");
    this.server = new Server(threads);
    this.connector = new ServerConnector(server, 0, 1);
    connector.setHost(options.bind());
    connector.setPort(options.port());
    server.addConnector(connector);
    server.setHandler(new HttpApp(auth, api, discovery, stream, supervisor, storage));
    server.setStopTimeout(2_000);
    cameras.startAll();
    this.pruner = Thread.ofVirtual().name("jonvif-hub-retention").unstarted(this::pruneLoop);
  }

  /**
   * Opens the storage (creating it on first run), starts supervising every stored camera, starts
   * discovery and the HTTP server.
   *
   * @throws HubException when the storage cannot be opened or the port is taken
   */
  public static Hub start(HubOptions options) {
    quietLibraries();
    checkBind(options.bind());
    Storage storage = Storage.open(options);
    Hub hub = null;
    try {
      hub = new Hub(options, storage);
      hub.server.start();
      hub.discovery.start();
      hub.pruner.start();
      return hub;
    } catch (Exception e) {
      if (hub != null) {
        hub.close();
      } else {
        storage.close();
      }
      throw new HubException(
          "the hub cannot listen on "
              + options.bind()
              + ":"
              + options.port()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** The port the HTTP server listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
    if (host.equals("0.0.0.0") || host.equals("[::]")) {
      host = "localhost";
    }
    return "http://" + host + ":" + port();
  }

  /** The admin password generated on this start (first run, none given): print it once. */
  public Optional<String> generatedAdminPassword() {
    return storage.generatedAdminPassword();
  }

  /** The options in use. */
  public HubOptions options() {
    return options;
  }

  /**
   * How many supervised cameras are in each status (wire names), e.g. {@code {online=998, ...}}.
   */
  public Map<String, Integer> statusCounts() {
    Map<String, Integer> out = new TreeMap<>();
    for (CameraView v : supervisor.views()) {
      out.merge(v.status(), 1, Integer::sum);
    }
    return out;
  }

  private void pruneLoop() {
    while (true) {
      try {
        int days = storage.settings.retentionDays();
        storage.events.pruneBefore(options.clock().instant().minus(Duration.ofDays(days)));
        Thread.sleep(PRUNE_INTERVAL);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        System.getLogger(Hub.class.getName())
            .log(System.Logger.Level.WARNING, "event retention failed: " + e.getMessage());
      }
    }
  }

  /** Stops everything: discovery, sessions, live streams, the server, the storage. */
  @Override
  public void close() {
    discovery.close();
    pruner.interrupt();
    stream.stop();
    supervisor.close();
    events.close();
    try {
      server.stop();
    } catch (Exception e) {
      // stopping anyway
    }
    storage.close();
  }

  static String version() {
    String v = Hub.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private static void checkBind(String bind) {
    try {
      InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new HubException("cannot bind to " + bind + ": unknown address");
    }
  }

  /** Flyway and Jetty log every start at INFO; keep their warnings only. */
  private static void quietLibraries() {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
  }
}
