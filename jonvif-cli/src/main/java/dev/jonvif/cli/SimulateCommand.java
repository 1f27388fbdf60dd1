package dev.jonvif.cli;

import dev.jonvif.device.Persona;
import dev.jonvif.device.SecurityPolicy;
import dev.jonvif.device.TlsSettings;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.ActivityRunner;
import dev.jonvif.device.events.ActivitySchedule;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetConfigFile;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import dev.jonvif.device.fleet.StandardModules;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jonvif simulate}: runs virtual cameras until Ctrl-C or SIGTERM. Prints one line per camera
 * ({@code <name> <device-service-url> <rtsp-base-url>}), then {@code ready}. A generated password
 * is printed once, on stderr, so stdout stays machine-readable.
 */
@Command(
    name = "simulate",
    description = "Run virtual ONVIF cameras (default: 4, on 127.0.0.1 from port 8000).")
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--cameras",
      paramLabel = "N",
      description = "Number of cameras of the default fleet (default ${DEFAULT-VALUE}).",
      defaultValue = "4")
  int cameras;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML file describing each camera (instead of --cameras).")
  Path config;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      description =
          "Address the cameras listen on (default ${DEFAULT-VALUE}: reachable from this host"
              + " only; use 0.0.0.0 or a LAN address to expose them).",
      defaultValue = "127.0.0.1")
  String bind;

  @Option(
      names = "--base-port",
      paramLabel = "P",
      description = "HTTP port of the first camera; the others follow (default ${DEFAULT-VALUE}).",
      defaultValue = "8000")
  int basePort;

  @Option(
      names = "--rtsp-port",
      paramLabel = "P",
      description =
          "Port of the fleet's RTSP server, 0 for any free one (default ${DEFAULT-VALUE}).",
      defaultValue = "8554")
  int rtspPort;

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      description = "Where cameras keep their state (default ${DEFAULT-VALUE}).",
      defaultValue = "jonvif-state")
  Path stateDir;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "The administrator of every camera (default ${DEFAULT-VALUE}).",
      defaultValue = "admin")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASS",
      description = "Its password (default: the stored one, or a generated one, printed once).")
  String password;

  @Option(names = "--admin-port", paramLabel = "P", description = "Loopback port of the admin API.")
  Integer adminPort;

  @Option(names = "--password-text", description = "Also accept UsernameToken PasswordText.")
  boolean passwordText;

  @Option(
      names = "--no-discovery",
      description =
          "Do not answer WS-Discovery (by default the cameras are discoverable on the interface of"
              + " --bind: loopback only for 127.0.0.1).")
  boolean noDiscovery;

  @Option(
      names = "--https",
      description =
          "Also serve every endpoint over HTTPS, on ports after the HTTP ones (self-signed"
              + " certificate kept in the state directory unless --keystore is given).")
  boolean https;

  @Option(
      names = "--activity",
      arity = "0..1",
      fallbackValue = ActivitySchedule.DEFAULT_SPEC,
      paramLabel = "SPEC",
      description =
          "Let the cameras raise events on their own: kind:period/duration[,...] (without a"
              + " value: "
              + ActivitySchedule.DEFAULT_SPEC
              + ").")
  String activity;

  @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS#12 keystore for HTTPS.")
  Path keystore;

  @Option(names = "--keystore-password", paramLabel = "PASS", description = "Its password.")
  String keystorePassword;

  private TlsSettings tls() {
    if (!https && keystore == null) {
      return null;
    }
    return keystore != null
        ? TlsSettings.keystore(keystore, keystorePassword)
        : TlsSettings.selfSigned(stateDir);
  }

  /** The services every simulated camera offers besides the Device service. */

  /** Jetty logs each connector at INFO: one line per camera port is noise, keep warnings. */
  static final java.util.logging.Logger JETTY_LOG =
      java.util.logging.Logger.getLogger("org.eclipse.jetty");

  @Override
  public Integer call() throws Exception {
    JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Persona> personas =
        config != null ? FleetConfigFile.read(config) : Personas.defaults(cameras);
    if (personas.isEmpty() || cameras < 1) {
      throw new IllegalArgumentException("--cameras must be at least 1");
    }
    EventsModule events = new EventsModule();
    ActivitySchedule schedule = activity == null ? null : ActivitySchedule.parse(activity);
    FleetOptions options =
        new FleetOptions(
            personas,
            InetAddress.getByName(bind),
            basePort,
            rtspPort,
            stateDir,
            user,
            password,
            tls(),
            StandardModules.all(events),
            SecurityPolicy.DEFAULT.withPasswordText(passwordText),
            Duration.ofSeconds(5),
            Clock.systemUTC(),
            noDiscovery ? null : FleetOptions.discoveryFor(InetAddress.getByName(bind)));
    Fleet fleet = Fleet.start(options);
    AdminApi admin = null;
    ActivityRunner running = null;
    try {
      admin = adminPort == null ? null : AdminApi.start(fleet, adminPort);
      if (schedule != null) {
        running = events.startActivity(fleet.cameras().values(), schedule, Clock.systemUTC());
      }
      fleet
          .generatedPassword()
          .ifPresent(p -> err.println("jonvif: generated password for user " + user + ": " + p));
      err.flush();
      for (VirtualCamera c : fleet.cameras().values()) {
        out.println(c.name() + " " + fleet.deviceServiceUrl(c) + " " + fleet.rtspBaseUrl(c));
      }
      if (admin != null) {
        events.installSimulations(admin);
        err.println("jonvif: admin API on http://127.0.0.1:" + admin.port() + "/cameras");
      }
      out.println("ready");
      out.flush();
    } catch (RuntimeException e) {
      if (running != null) {
        running.close();
      }
      if (admin != null) {
        admin.close();
      }
      fleet.close();
      throw e;
    }
    UntilStopped.await("simulate", running, admin, fleet);
    return 0;
  }
}
