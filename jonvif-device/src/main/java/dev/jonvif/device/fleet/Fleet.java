package dev.jonvif.device.fleet;

import dev.jonvif.device.DeviceServer;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.StateStorage;
import dev.jonvif.device.User;
import dev.jonvif.device.UserLevel;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.media.CameraStreams;
import dev.jonvif.discovery.DiscoveryResponder;
import dev.jonvif.rtsp.RtspServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs many virtual cameras in one process: one {@link DeviceServer}, one port per camera.
 *
 * <pre>{@code
 * try (Fleet fleet = Fleet.start(FleetOptions.forTests(Personas.defaults(4), "secret"))) {
 *   String url = fleet.deviceServiceUrl("cam1");
 * }
 * }</pre>
 */
public final class Fleet implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PASSWORD_CHARS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final FleetOptions options;
  private final DeviceServer server;
  private final Map<String, VirtualCamera> cameras;
  private final String generatedPassword;
  private final DiscoveryResponder responder;
  private final RtspServer rtsp;

  private Fleet(
      FleetOptions options,
      DeviceServer server,
      Map<String, VirtualCamera> cameras,
      String generatedPassword,
      DiscoveryResponder responder,
      RtspServer rtsp) {
    this.options = options;
    this.rtsp = rtsp;
    this.server = server;
    this.cameras = Collections.unmodifiableMap(cameras);
    this.generatedPassword = generatedPassword;
    this.responder = responder;
  }

  /** Starts every camera of {@code options}; returns when all listen. */
  public static Fleet start(FleetOptions options) {
    StateStorage storage =
        options.stateDir() == null
            ? StateStorage.inMemory()
            : StateStorage.inDirectory(options.stateDir());
    String password = options.adminPassword();
    String generated = null;
    if (password == null) {
      password = storedAdminPassword(storage, options).orElse(null);
    }
    if (password == null) {
      password = randomPassword();
      generated = password;
    }
    User admin = new User(options.adminUser(), password, UserLevel.ADMINISTRATOR, true);
    DeviceServer.Builder b =
        DeviceServer.builder()
            .bind(options.bind())
            .clock(options.clock())
            .security(options.security())
            .rebootDowntime(options.rebootDowntime())
            .discovery(options.discovery() != null)
            .tls(options.tls());
    options.modules().forEach(b::register);
    DeviceServer server = b.build().start();
    Map<String, VirtualCamera> cams = new LinkedHashMap<>();
    DiscoveryResponder responder = null;
    RtspServer rtsp = null;
    try {
      rtsp = startRtsp(options, cams);
      server.attachRtsp(rtsp);
      FleetDiscovery discovery = null;
      if (options.discovery() != null) {
        responder = DiscoveryResponder.start(options.discovery());
        discovery = new FleetDiscovery(responder);
      }
      List<VirtualCamera> created = createAll(options, admin, storage);
      int count = created.size();
      for (int i = 0; i < count; i++) {
        VirtualCamera c = created.get(i);
        if (discovery != null) {
          c.addListener(discovery);
        }
        int http = options.basePort() == 0 ? 0 : options.basePort() + i;
        int https =
            options.tls() == null
                ? -1
                : options.basePort() == 0 ? 0 : options.basePort() + count + i;
        synchronized (cams) {
          cams.put(c.name(), c);
        }
        server.addCamera(c, http, https, options.rtspPort());
      }
    } catch (RuntimeException e) {
      server.stop();
      if (responder != null) {
        responder.close();
      }
      if (rtsp != null) {
        rtsp.close();
      }
      throw e;
    }
    return new Fleet(options, server, cams, generated, responder, rtsp);
  }

  /** One RTSP server for every camera, on the bind address and the fleet's RTSP port. */
  private static RtspServer startRtsp(FleetOptions options, Map<String, VirtualCamera> cams) {
    CameraStreams streams =
        new CameraStreams(
            name -> {
              synchronized (cams) {
                return cams.get(name);
              }
            });
    try {
      return RtspServer.builder(streams)
          .auth(streams)
          .bindAddress(options.bind())
          .port(options.rtspPort())
          .clock(options.clock())
          .build()
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen for RTSP on " + options.bind().getHostAddress() + ":" + options.rtspPort(),
          e);
    }
  }

  private static List<VirtualCamera> createAll(
      FleetOptions options, User admin, StateStorage storage) {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<VirtualCamera>> futures = new ArrayList<>();
      for (Persona p : options.personas()) {
        futures.add(pool.submit(() -> create(p, admin, options, storage)));
      }
      List<VirtualCamera> out = new ArrayList<>();
      for (Future<VirtualCamera> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating cameras", e);
    }
  }

  private static VirtualCamera create(
      Persona p, User admin, FleetOptions options, StateStorage storage) {
    VirtualCamera c = VirtualCamera.create(p, admin, options.clock(), storage);
    // The fixed administrator always has the fleet's password (it may be given anew).
    c.updateDevice(
        d -> {
          List<User> users = new ArrayList<>(d.users());
          boolean found = false;
          for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            if (u.username().equals(admin.username())) {
              users.set(i, admin);
              found = true;
            }
          }
          if (!found) {
            users.add(0, admin);
          }
          return d.withUsers(users);
        });
    return c;
  }

  private static Optional<String> storedAdminPassword(StateStorage storage, FleetOptions o) {
    for (Persona p : o.personas()) {
      StateStorage.Stored s = storage.load(p.name());
      if (s != null) {
        User u = s.device().user(o.adminUser());
        if (u != null) {
          return Optional.of(u.password());
        }
      }
    }
    return Optional.empty();
  }

  static String randomPassword() {
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      sb.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
    }
    return sb.toString();
  }

  /** The password generated for the administrator, when none was given or stored. */
  public Optional<String> generatedPassword() {
    return Optional.ofNullable(generatedPassword);
  }

  public FleetOptions options() {
    return options;
  }

  public DeviceServer server() {
    return server;
  }

  /** The cameras by name, in start order. */
  public Map<String, VirtualCamera> cameras() {
    return cameras;
  }

  /** The camera named {@code name}, or {@code null}. */
  public VirtualCamera camera(String name) {
    return cameras.get(name);
  }

  /** The device service URL of a camera as clients reach it. */
  public String deviceServiceUrl(VirtualCamera camera) {
    return "http://" + uriHost() + ":" + camera.ports().http() + OnvifService.DEVICE.path();
  }

  public String deviceServiceUrl(String name) {
    return deviceServiceUrl(cameras.get(name));
  }

  /** The RTSP base URL of a camera: its streams are {@code <base>/<profile>}. */
  public String rtspBaseUrl(VirtualCamera camera) {
    return "rtsp://" + uriHost() + ":" + camera.ports().rtsp() + "/" + camera.name();
  }

  /** The host printed in URLs: the bind address, or loopback when bound to every address. */
  public String uriHost() {
    InetAddress a = options.bind();
    String host =
        a.isAnyLocalAddress()
            ? InetAddress.getLoopbackAddress().getHostAddress()
            : a.getHostAddress();
    return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
  }

  /** The fleet's WS-Discovery responder, when discovery is on. */
  public Optional<DiscoveryResponder> discovery() {
    return Optional.ofNullable(responder);
  }

  /** The fleet's RTSP server (every camera's streams). */
  public RtspServer rtsp() {
    return rtsp;
  }

  /** Stops every camera (Bye for each when discovery is on), the server and the RTSP server. */
  @Override
  public void close() {
    try {
      server.stop();
    } finally {
      if (responder != null) {
        responder.close();
      }
      rtsp.close();
    }
  }
}
