package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.PtzClient;
import dev.jonvif.core.model.PtzStatus;
import dev.jonvif.core.model.PtzVector;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import dev.jonvif.discovery.ResponderOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interop with a widely used third-party client: the npm {@code onvif} package (agsh/onvif, pinned
 * in {@code interop/npm-onvif}), driven by small Node scripts against virtual cameras. The test
 * script installs Node and the package; when they are missing this test fails in CI and is skipped
 * elsewhere.
 */
class NpmOnvifInteropTest {

  private static final String PASSWORD = "interop-Pass1";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path driverDir;

  @BeforeAll
  static void findDriver() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("interop/npm-onvif"))) {
      dir = dir.getParent();
    }
    driverDir = dir == null ? null : dir.resolve("interop/npm-onvif");
    boolean ready =
        driverDir != null
            && Files.isRegularFile(driverDir.resolve("node_modules/onvif/package.json"))
            && nodeAvailable();
    if (!ready) {
      String reason = "node and the npm onvif package are not installed (run ./test.sh)";
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError(reason);
      }
      Assumptions.abort(reason);
    }
  }

  private static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static FleetOptions fleet(ResponderOptions discovery) {
    return FleetOptions.forTests(Personas.defaults(2), PASSWORD)
        .withModules(dev.jonvif.device.fleet.StandardModules.all())
        .withDiscovery(discovery);
  }

  @Test
  void npmOnvifConnectsWithHttpDigestAndReadsEverything() throws Exception {
    try (Fleet fleet = Fleet.start(fleet(null))) {
      URI device = URI.create(fleet.deviceServiceUrl("cam1"));
      JsonNode result =
          node("client.js", "127.0.0.1", String.valueOf(device.getPort()), "admin", PASSWORD);

      assertThat(result.path("error").isMissingNode()).as("npm onvif failed: %s", result).isTrue();
      for (String step :
          List.of(
              "connect",
              "getDeviceInformation",
              "getCapabilities",
              "getServices",
              "getProfiles",
              "getStreamUri",
              "getSnapshotUri")) {
        assertThat(result.path("steps").path(step).path("ok").asBoolean())
            .as("step %s in %s", step, result)
            .isTrue();
      }
      JsonNode info = result.path("steps").path("getDeviceInformation").path("data");
      assertThat(info.path("manufacturer").asText()).isEqualTo("Northwind Optics");
      assertThat(result.path("digestUsed").asBoolean()).isTrue();
      assertThat(result.path("steps").path("getStreamUri").path("data").asText())
          .startsWith("rtsp://127.0.0.1:");
      assertThat(result.path("steps").path("getSnapshotUri").path("data").asText())
          .startsWith("http://127.0.0.1:" + device.getPort() + "/");
    }
  }

  @Test
  void npmOnvifSteersThePtzDome() throws Exception {
    try (Fleet fleet =
            Fleet.start(
                FleetOptions.forTests(Personas.defaults(5), PASSWORD)
                    .withModules(dev.jonvif.device.fleet.StandardModules.all()));
        OnvifCamera cam =
            OnvifCamera.builder(fleet.deviceServiceUrl("cam5"))
                .credentials("admin", PASSWORD)
                .build()) {
      String port = String.valueOf(URI.create(fleet.deviceServiceUrl("cam5")).getPort());
      String profile = cam.ptzProfile().orElseThrow().token();
      PtzClient ptz = cam.ptz();
      NpmPtz npm =
          (action, options) -> {
            JsonNode r =
                node("ptz.js", "127.0.0.1", port, "admin", PASSWORD, profile, action, options);
            assertThat(r.path("error").isMissingNode())
                .as("npm onvif %s failed: %s", action, r)
                .isTrue();
            return r;
          };

      JsonNode abs =
          npm.run(
              "absoluteMove",
              "{\"x\":0.5,\"y\":-0.25,\"zoom\":0.4,\"speed\":{\"x\":1,\"y\":1,\"zoom\":1}}");
      assertAt(ptz.status(profile), 0.5, -0.25, 0.4);
      assertThat(abs.path("status").path("position").path("x").asDouble())
          .isCloseTo(0.5, within(0.01));

      npm.run("relativeMove", "{\"x\":-0.25,\"y\":0.5,\"zoom\":0.1}");
      assertAt(ptz.status(profile), 0.25, 0.25, 0.5);

      JsonNode cont = npm.run("continuousMove", "{\"x\":0.5,\"y\":0,\"zoom\":0,\"forMs\":600}");
      PtzStatus afterContinuous = ptz.status(profile);
      assertThat(afterContinuous.isIdle()).as("stopped by npm onvif's stop").isTrue();
      assertThat(afterContinuous.position().pan()).isGreaterThan(0.3);
      assertThat(afterContinuous.position().tilt()).isCloseTo(0.25, within(0.01));
      assertThat(cont.path("steps").path("stop").path("ok").asBoolean()).isTrue();

      ptz.absoluteMove(profile, PtzVector.of(-0.6, 0.4, 0.2), null);
      awaitIdle(ptz, profile);
      String token = ptz.setPreset(profile, "interop", null);
      ptz.absoluteMove(profile, PtzVector.of(0, 0, 0), null);
      awaitIdle(ptz, profile);

      JsonNode presets = npm.run("getPresets", "{}");
      assertThat(presets.path("steps").path("getPresets").path("data").toString())
          .contains("interop");
      npm.run("gotoPreset", "{\"name\":\"interop\"}");
      assertAt(ptz.status(profile), -0.6, 0.4, 0.2);

      JsonNode status = npm.run("getStatus", "{}");
      assertThat(status.path("status").path("position").path("zoom").asDouble())
          .isCloseTo(0.2, within(0.01));
      assertThat(status.path("status").path("moveStatus").path("panTilt").asText())
          .isEqualTo("IDLE");
      ptz.removePreset(profile, token);
    }
  }

  @FunctionalInterface
  private interface NpmPtz {
    JsonNode run(String action, String options) throws Exception;
  }

  private static void assertAt(PtzStatus s, double pan, double tilt, double zoom) {
    assertThat(s.isIdle()).as("idle: %s", s).isTrue();
    assertThat(s.position().pan()).as("pan").isCloseTo(pan, within(0.01));
    assertThat(s.position().tilt()).as("tilt").isCloseTo(tilt, within(0.01));
    assertThat(s.position().zoomValue()).as("zoom").isCloseTo(zoom, within(0.01));
  }

  private static void awaitIdle(PtzClient ptz, String profile) throws InterruptedException {
    for (int i = 0; i < 200 && !ptz.status(profile).isIdle(); i++) {
      Thread.sleep(50);
    }
  }

  @Test
  void npmOnvifDiscoveryOnLoopbackFindsTheRunningCameras() throws Exception {
    ResponderOptions discovery = ResponderOptions.builder().loopback().ipv6(false).build();
    try (Fleet fleet = Fleet.start(fleet(discovery))) {
      JsonNode result = node("discover.js", "3000");
      List<String> xaddrs = new ArrayList<>();
      result.path("devices").forEach(d -> xaddrs.add(d.path("xaddrs").asText()));
      assertThat(xaddrs)
          .as("devices found by npm onvif: %s", result)
          .anySatisfy(x -> assertThat(x).contains(fleet.deviceServiceUrl("cam1")))
          .anySatisfy(x -> assertThat(x).contains(fleet.deviceServiceUrl("cam2")));
    }
  }

  private static JsonNode node(String script, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("node", script));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(driverDir.toFile()).start();
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(script + " did not finish within 60 s");
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String last = out.lines().reduce((a, b) -> b).orElse("");
    assertThat(last).as("output of %s (stderr: %s)", script, err).startsWith("{");
    return JSON.readTree(last);
  }
}
