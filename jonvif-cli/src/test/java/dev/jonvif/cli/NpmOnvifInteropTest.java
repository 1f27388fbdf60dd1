package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        .withModules(SimulateCommand.standardModules())
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
