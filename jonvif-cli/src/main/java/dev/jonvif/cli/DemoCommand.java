package dev.jonvif.cli;

import dev.jonvif.device.Persona;
import dev.jonvif.device.SecurityPolicy;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import dev.jonvif.hub.Hub;
import dev.jonvif.hub.HubOptions;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jonvif demo}: the product on loopback with no camera at hand. Four virtual cameras (a
 * fixed bullet, a Media2-only H.265 camera, a PTZ dome and a doorbell with a digital input) with
 * WS-Discovery pinned to the loopback interface, simulated events, and the hub, which discovers the
 * cameras by itself. Passwords are generated for the run and printed once.
 */
@Command(
    name = "demo",
    description = "Show jonvif working with no camera at hand (virtual cameras and the hub).")
final class DemoCommand implements Callable<Integer> {

  /** The default fleet's cameras the demo runs: bullet, H.265, PTZ dome, doorbell. */
  static final Set<String> CAMERAS = Set.of("cam1", "cam3", "cam5", "cam6");

  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Hub port.")
  int hubPort;

  @Option(names = "--base-port", defaultValue = "8000", description = "First camera port.")
  int basePort;

  @Option(names = "--rtsp-port", defaultValue = "8554", description = "RTSP port of the fleet.")
  int rtspPort;

  @Option(names = "--admin-port", defaultValue = "8079", description = "Simulator admin API port.")
  int adminPort;

  @Option(
      names = "--events-every",
      defaultValue = "PT30S",
      description =
          "Simulated motion (cam3) and doorbell input (cam6) this often, as ISO-8601 (PT0S: none).")
  Duration eventsEvery;

  @Override
  public Integer call() throws Exception {
    SimulateCommand.JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
    PrintWriter out = spec.commandLine().getOut();
    InetAddress loopback = InetAddress.getLoopbackAddress();
    EventsModule events = new EventsModule();
    List<Persona> personas =
        Personas.defaults(6).stream().filter(p -> CAMERAS.contains(p.name())).toList();
    FleetOptions options =
        new FleetOptions(
            personas,
            loopback,
            basePort,
            rtspPort,
            null,
            "admin",
            null,
            null,
            dev.jonvif.device.fleet.StandardModules.all(events),
            SecurityPolicy.DEFAULT,
            Duration.ofSeconds(5),
            Clock.systemUTC(),
            FleetOptions.discoveryFor(loopback));
    Path data = Files.createTempDirectory("jonvif-demo-hub");
    Fleet fleet = Fleet.start(options);
    AdminApi admin = null;
    Hub hub = null;
    SimulatedActivity activity = null;
    try {
      admin = AdminApi.start(fleet, adminPort);
      events.installSimulations(admin);
      hub =
          Hub.start(
              HubOptions.builder()
                  .bind("127.0.0.1")
                  .port(hubPort)
                  .dataDir(data)
                  .discovery(true)
                  .discoveryInterface("loopback")
                  .probeInterval(Duration.ofSeconds(30))
                  .build());
      activity = SimulatedActivity.start(admin.port(), eventsEvery);
      String hubUrl = "http://localhost:" + hub.port();
      out.println(
          "jonvif "
              + JonvifCommand.version()
              + " demo: four virtual cameras and the hub on loopback");
      out.println(
          "  hub      "
              + hubUrl
              + "  (user admin, password "
              + hub.generatedAdminPassword().orElse("?")
              + ", generated for this run)");
      out.println("  cameras  user admin, password " + fleet.generatedPassword().orElse("?"));
      for (VirtualCamera c : fleet.cameras().values()) {
        out.println(c.name() + " " + fleet.deviceServiceUrl(c) + " " + fleet.rtspBaseUrl(c));
      }
      out.println("  the hub discovers the cameras by itself: add them from its page");
      out.println(
          "  simulator: curl -X POST 'http://127.0.0.1:"
              + admin.port()
              + "/cameras/cam1/events/motion?state=true'");
      out.println("  Ctrl-C stops everything");
      out.println("ready");
      out.flush();
    } catch (RuntimeException e) {
      UntilStopped.closeAll(activity, hub, admin, fleet);
      throw e;
    }
    UntilStopped.await("demo", activity, hub, admin, fleet);
    return 0;
  }
}
