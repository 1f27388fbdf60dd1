package dev.jonvif.bench;

import dev.jonvif.device.SecurityPolicy;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A virtual camera fleet in its own JVM, so that a load driver's CPU and the server's are measured
 * apart. Started by {@link ChildFleet}; can be run by hand too:
 *
 * <pre>java -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.FleetProcess 1000</pre>
 *
 * <p>Runs the default personas with every standard service (as {@code jonvif simulate}), user
 * {@code admin} / {@link #PASSWORD}, loopback, free ports, no state, no discovery. Prints {@code
 * <name> <device-service-url>} per camera, then {@code ready <ms to start the fleet>}. Then answers
 * commands on stdin, one line each: {@code cpu} (process CPU ns), {@code heap} (bytes used after a
 * full GC), {@code rss} (resident bytes), {@code events <per camera per second>} (start toggling
 * motion on every camera, {@link EventGenerator}; {@code events 0} stops and answers the count
 * sent); it exits at end of input.
 */
public final class FleetProcess {

  /** The administrator's password on every camera of the bench fleet. */
  public static final String PASSWORD = "bench-password";

  private FleetProcess() {}

  public static void main(String[] args) throws IOException {
    Logger.getLogger("org.eclipse.jetty").setLevel(Level.WARNING);
    int cameras = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    long t0 = System.nanoTime();
    FleetOptions options =
        new FleetOptions(
            Personas.defaults(cameras),
            InetAddress.getLoopbackAddress(),
            0,
            0,
            null,
            "admin",
            PASSWORD,
            null,
            dev.jonvif.device.fleet.StandardModules.all(),
            SecurityPolicy.DEFAULT,
            Duration.ofSeconds(2),
            Clock.systemUTC(),
            null);
    try (Fleet fleet = Fleet.start(options)) {
      long startMs = (System.nanoTime() - t0) / 1_000_000;
      StringBuilder out = new StringBuilder();
      for (VirtualCamera c : fleet.cameras().values()) {
        out.append(c.name()).append(' ').append(fleet.deviceServiceUrl(c)).append('\n');
      }
      System.out.print(out);
      System.out.println("ready " + startMs);
      System.out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      EventGenerator events = null;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String command = line.strip();
        if (command.startsWith("events ")) {
          double rate = Double.parseDouble(command.substring(7).strip());
          long sent = events == null ? 0 : events.sent();
          if (events != null) {
            events.close();
            events = null;
          }
          if (rate > 0) {
            events =
                EventGenerator.start(
                    eventsModule(options), List.copyOf(fleet.cameras().values()), rate);
          }
          System.out.println("events " + sent);
        } else {
          System.out.println(answer(command));
        }
        System.out.flush();
      }
      if (events != null) {
        events.close();
      }
    }
  }

  private static EventsModule eventsModule(FleetOptions options) {
    return options.modules().stream()
        .filter(EventsModule.class::isInstance)
        .map(EventsModule.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static String answer(String command) throws IOException {
    return switch (command) {
      case "cpu" -> "cpu " + processCpuNanos();
      case "heap" -> "heap " + heapAfterGc();
      case "rss" -> "rss " + rssBytes();
      default -> "unknown " + command;
    };
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Resident set size of this process (Linux {@code /proc/self/status}), or -1. */
  static long rssBytes() throws IOException {
    return rssBytes(Path.of("/proc/self/status"));
  }

  static long rssBytes(Path status) throws IOException {
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        String kb = line.substring(6).strip().split("\\s+")[0];
        return Long.parseLong(kb) * 1024;
      }
    }
    return -1;
  }

  /** The 1-, 5- and 15-minute load averages (Linux), for printing beside a figure. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return String.format(Locale.ROOT, "load average %s %s %s", f[0], f[1], f[2]);
    } catch (IOException | RuntimeException e) {
      return "load average unknown";
    }
  }
}
