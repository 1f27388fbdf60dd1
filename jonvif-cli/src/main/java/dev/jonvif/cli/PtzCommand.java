package dev.jonvif.cli;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.PtzClient;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.PtzNode;
import dev.jonvif.core.model.PtzPreset;
import dev.jonvif.core.model.PtzSpace;
import dev.jonvif.core.model.PtzSpaces;
import dev.jonvif.core.model.PtzStatus;
import dev.jonvif.core.model.PtzVector;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jonvif ptz URL ACTION}: steer a PTZ camera. Values are in the node's default spaces (for
 * generic spaces: pan/tilt -1..1, zoom 0..1, speeds 0..1), checked against the ranges the camera
 * reports in GetNodes before anything is sent.
 */
@Command(
    name = "ptz",
    description =
        "Steer a PTZ camera: status, move (continuous), absolute, relative, stop, presets,"
            + " goto-preset TOKEN, set-preset NAME, remove-preset TOKEN, home [--set], aux COMMAND,"
            + " nodes, keys (interactive).")
final class PtzCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Parameters(
      index = "1",
      paramLabel = "ACTION",
      description =
          "status, move, absolute, relative, stop, presets, goto-preset, set-preset,"
              + " remove-preset, home, aux, nodes or keys.")
  String action;

  @Parameters(index = "2..*", paramLabel = "ARG", description = "Preset token or name, command.")
  List<String> args = new ArrayList<>();

  @Option(names = "--pan", paramLabel = "X", description = "Pan (velocity, position or step).")
  Double pan;

  @Option(names = "--tilt", paramLabel = "Y", description = "Tilt (velocity, position or step).")
  Double tilt;

  @Option(names = "--zoom", paramLabel = "Z", description = "Zoom (velocity, position or step).")
  Double zoom;

  @Option(
      names = "--duration",
      paramLabel = "DUR",
      description = "How long move runs, e.g. 2s (default: the camera's timeout).")
  String duration;

  @Option(names = "--speed", paramLabel = "S", description = "Speed of absolute/relative/goto.")
  Double speed;

  @Option(names = "--wait", description = "Wait until the camera stands still, then print status.")
  boolean waitIdle;

  @Option(names = "--set", description = "With home: make the current position home.")
  boolean setHome;

  @Option(names = "--profile", paramLabel = "TOKEN", description = "Profile (default: first PTZ).")
  String profile;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (OnvifCamera cam = camera.connect()) {
      PtzClient ptz = cam.ptz();
      String token = profile != null ? profile : defaultProfile(cam);
      switch (action) {
        case "status" -> printStatus(out, ptz.status(token));
        case "nodes" -> printNodes(out, ptz.nodes());
        case "move" -> move(out, ptz, token);
        case "absolute" -> {
          PtzVector target = vector();
          check(ptz, target, PtzSpaces::absolutePanTilt, PtzSpaces::absoluteZoom, "position");
          ptz.absoluteMove(token, target, speedVector());
          finish(out, ptz, token);
        }
        case "relative" -> {
          PtzVector step = vector();
          check(ptz, step, PtzSpaces::relativePanTilt, PtzSpaces::relativeZoom, "translation");
          ptz.relativeMove(token, step, speedVector());
          finish(out, ptz, token);
        }
        case "stop" -> {
          ptz.stop(token);
          printStatus(out, ptz.status(token));
        }
        case "presets" -> printPresets(out, ptz.presets(token));
        case "goto-preset" -> {
          ptz.gotoPreset(token, arg("a preset token"), speedVector());
          finish(out, ptz, token);
        }
        case "set-preset" -> out.println(ptz.setPreset(token, arg("a preset name"), null));
        case "remove-preset" -> {
          ptz.removePreset(token, arg("a preset token"));
          out.println("removed");
        }
        case "home" -> {
          if (setHome) {
            ptz.setHome(token);
            out.println("home set");
          } else {
            ptz.gotoHome(token, speedVector());
            finish(out, ptz, token);
          }
        }
        case "aux" ->
            out.println(ptz.sendAuxiliaryCommand(token, arg("a command, e.g. tt:Wiper|On")));
        case "keys" -> {
          return new PtzKeys(ptz, token, ptz.presets(token), out).run();
        }
        default ->
            throw new IllegalArgumentException(
                "unknown ptz action: " + action + " (see jonvif ptz --help)");
      }
    }
    return 0;
  }

  static String defaultProfile(OnvifCamera cam) {
    return cam.ptzProfile()
        .map(MediaProfile::token)
        .orElseThrow(() -> new IllegalArgumentException("no media profile of the camera has PTZ"));
  }

  private String arg(String what) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException("ptz " + action + " needs " + what);
    }
    return args.get(0);
  }

  private PtzVector vector() {
    if (pan == null && tilt == null && zoom == null) {
      throw new IllegalArgumentException("ptz " + action + " needs --pan, --tilt and/or --zoom");
    }
    PtzVector.PanTilt pt =
        pan == null && tilt == null
            ? null
            : new PtzVector.PanTilt(pan == null ? 0 : pan, tilt == null ? 0 : tilt, null);
    return new PtzVector(pt, zoom == null ? null : new PtzVector.Zoom(zoom, null));
  }

  private PtzVector speedVector() {
    return speed == null ? null : PtzVector.of(speed, speed, speed);
  }

  private void move(PrintWriter out, PtzClient ptz, String token) throws InterruptedException {
    PtzVector velocity = vector();
    check(ptz, velocity, PtzSpaces::continuousPanTilt, PtzSpaces::continuousZoom, "velocity");
    if (duration == null) {
      ptz.continuousMove(token, velocity, null);
      out.println("moving (until the camera's timeout or jonvif ptz stop)");
      return;
    }
    Duration d = CameraOptions.parseDuration(duration);
    ptz.continuousMove(token, velocity, d);
    // The camera stops by itself after Timeout; a Stop after it covers cameras that ignore it and
    // a timer Stop that would die with this process.
    Thread.sleep(d);
    ptz.stop(token, velocity.hasPanTilt(), velocity.hasZoom());
    printStatus(out, ptz.status(token));
  }

  /** Checks a vector against the first space of its kind that the camera's node reports. */
  private static void check(
      PtzClient ptz,
      PtzVector v,
      java.util.function.Function<PtzSpaces, List<PtzSpace>> panTiltSpaces,
      java.util.function.Function<PtzSpaces, List<PtzSpace>> zoomSpaces,
      String kind) {
    List<PtzNode> nodes = ptz.nodes();
    if (nodes.isEmpty()) {
      return;
    }
    PtzSpaces spaces = nodes.get(0).spaces();
    if (v.hasPanTilt()) {
      PtzSpace s = panTiltSpaces.apply(spaces).stream().findFirst().orElse(null);
      if (s == null) {
        throw new IllegalArgumentException("the camera cannot pan/tilt by " + kind);
      }
      if (!s.contains(v.pan(), v.tilt())) {
        throw new IllegalArgumentException(
            "pan/tilt " + kind + " outside the camera's range " + s.x() + " / " + s.y());
      }
    }
    if (v.hasZoom()) {
      PtzSpace s = zoomSpaces.apply(spaces).stream().findFirst().orElse(null);
      if (s == null) {
        throw new IllegalArgumentException("the camera cannot zoom by " + kind);
      }
      if (!s.contains(v.zoomValue(), Double.NaN)) {
        throw new IllegalArgumentException("zoom " + kind + " outside the camera's range " + s.x());
      }
    }
  }

  /** With --wait, polls until the camera stands still; then prints the status. */
  private void finish(PrintWriter out, PtzClient ptz, String token) throws InterruptedException {
    PtzStatus s = ptz.status(token);
    for (int i = 0; waitIdle && !s.isIdle() && i < 600; i++) {
      Thread.sleep(100);
      s = ptz.status(token);
    }
    printStatus(out, s);
  }

  private void printStatus(PrintWriter out, PtzStatus s) {
    if (json) {
      out.println(Json.write(statusJson(s)));
      return;
    }
    out.printf("Position   %s%n", s.position());
    out.printf("Moving     pan/tilt %s, zoom %s%n", s.panTilt(), s.zoom());
    if (s.error() != null && !s.error().isEmpty()) {
      out.printf("Error      %s%n", s.error());
    }
  }

  static Map<String, Object> statusJson(PtzStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pan", s.position().hasPanTilt() ? s.position().pan() : null);
    m.put("tilt", s.position().hasPanTilt() ? s.position().tilt() : null);
    m.put("zoom", s.position().hasZoom() ? s.position().zoomValue() : null);
    m.put("panTiltStatus", s.panTilt().name());
    m.put("zoomStatus", s.zoom().name());
    m.put("utcTime", s.utcTime() == null ? null : s.utcTime().toString());
    return m;
  }

  private void printPresets(PrintWriter out, List<PtzPreset> presets) {
    if (json) {
      List<Object> list = new ArrayList<>();
      for (PtzPreset p : presets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("token", p.token());
        m.put("name", p.name());
        m.put("pan", p.position().hasPanTilt() ? p.position().pan() : null);
        m.put("tilt", p.position().hasPanTilt() ? p.position().tilt() : null);
        m.put("zoom", p.position().hasZoom() ? p.position().zoomValue() : null);
        list.add(m);
      }
      out.println(Json.write(list));
      return;
    }
    if (presets.isEmpty()) {
      out.println("no presets");
    }
    for (PtzPreset p : presets) {
      out.printf("%-12s %-20s %s%n", p.token(), p.name(), p.position());
    }
  }

  private void printNodes(PrintWriter out, List<PtzNode> nodes) {
    for (PtzNode n : nodes) {
      out.printf(
          "Node       %s \"%s\", %d presets, home %s%n",
          n.token(), n.name(), n.maximumNumberOfPresets(), n.homeSupported() ? "yes" : "no");
      PtzSpaces s = n.spaces();
      space(out, "absolute", s.absolutePanTilt(), s.absoluteZoom());
      space(out, "relative", s.relativePanTilt(), s.relativeZoom());
      space(out, "continuous", s.continuousPanTilt(), s.continuousZoom());
      space(out, "speed", s.panTiltSpeed(), s.zoomSpeed());
      if (!n.auxiliaryCommands().isEmpty()) {
        out.printf("Auxiliary  %s%n", String.join(", ", n.auxiliaryCommands()));
      }
    }
  }

  private static void space(PrintWriter out, String kind, List<PtzSpace> pt, List<PtzSpace> z) {
    String ptText = pt.isEmpty() ? "-" : pt.get(0).x() + " / " + pt.get(0).y();
    String zText = z.isEmpty() ? "-" : String.valueOf(z.get(0).x());
    out.printf("  %-10s pan/tilt %s, zoom %s%n", kind, ptText, zText);
  }
}
