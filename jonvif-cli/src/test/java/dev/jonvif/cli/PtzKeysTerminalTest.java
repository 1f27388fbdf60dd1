package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.PtzStatus;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code jonvif ptz URL keys} in a real pseudo-terminal: the CLI runs as its own process under
 * util-linux {@code script}, which gives it a pty as controlling terminal; the test types into it
 * (arrow-key escape sequences repeated like a held key) and watches the virtual dome move and stop
 * through GetStatus.
 */
class PtzKeysTerminalTest {

  static final String PASSWORD = "secret12";
  static final byte[] RIGHT = {0x1b, '[', 'C'};
  static final byte[] UP_APPLICATION_MODE = {0x1b, 'O', 'A'};

  Fleet fleet;
  OnvifCamera cam;
  String profile;
  Process process;
  final ByteArrayOutputStream screen = new ByteArrayOutputStream();

  @BeforeEach
  void start() {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/script")) || "true".equals(System.getenv("CI")),
        "util-linux script is not installed");
    fleet =
        Fleet.start(
            FleetOptions.forTests(Personas.defaults(5), PASSWORD)
                .withModules(dev.jonvif.device.fleet.StandardModules.all()));
    cam =
        OnvifCamera.builder(fleet.deviceServiceUrl("cam5")).credentials("admin", PASSWORD).build();
    profile = cam.ptzProfile().orElseThrow().token();
  }

  @AfterEach
  void stop() {
    if (process != null) {
      process.destroyForcibly();
    }
    if (cam != null) {
      cam.close();
    }
    if (fleet != null) {
      fleet.close();
    }
  }

  @Test
  void heldArrowKeysPanAndTiltAndReleaseStops() throws Exception {
    process = launch("ptz", fleet.deviceServiceUrl("cam5"), "keys");
    OutputStream keys = process.getOutputStream();
    awaitScreen("q quit");

    PtzStatus before = cam.ptz().status(profile);
    hold(keys, RIGHT, Duration.ofMillis(1200));
    PtzStatus afterRight = awaitIdle();
    assertThat(afterRight.position().pan())
        .as("pan after holding the right arrow")
        .isGreaterThan(before.position().pan() + 0.2);
    assertThat(afterRight.position().tilt()).isEqualTo(before.position().tilt());

    hold(keys, UP_APPLICATION_MODE, Duration.ofMillis(800));
    PtzStatus afterUp = awaitIdle();
    assertThat(afterUp.position().tilt()).isGreaterThan(afterRight.position().tilt() + 0.1);

    hold(keys, new byte[] {'+'}, Duration.ofMillis(800));
    PtzStatus afterZoom = awaitIdle();
    assertThat(afterZoom.position().zoomValue()).isGreaterThan(before.position().zoomValue());

    keys.write('h');
    keys.flush();
    PtzStatus home = awaitPan(before.position().pan());
    assertThat(home.position().pan()).isCloseTo(before.position().pan(), within());

    keys.write('q');
    keys.flush();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits on q").isTrue();
    assertThat(process.exitValue()).as(screenText()).isZero();
    assertThat(screenText()).contains("pan +").contains("zoom ");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  /** Sends {@code key} every 40 ms for {@code howLong}, as a terminal repeats a held key. */
  private static void hold(OutputStream keys, byte[] key, Duration howLong)
      throws IOException, InterruptedException {
    long repeats = howLong.toMillis() / 40;
    for (long i = 0; i < repeats; i++) {
      keys.write(key);
      keys.flush();
      Thread.sleep(40);
    }
  }

  /** Polls GetStatus until both axes report IDLE (the key's release stopped the move). */
  private PtzStatus awaitIdle() throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      PtzStatus s = cam.ptz().status(profile);
      if (s.isIdle()) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the dome never stopped: " + screenText());
  }

  private PtzStatus awaitPan(double pan) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      PtzStatus s = cam.ptz().status(profile);
      if (s.isIdle() && Math.abs(s.position().pan() - pan) < 0.01) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the dome did not go home: " + screenText());
  }

  private Process launch(String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    StringBuilder cmd = new StringBuilder();
    for (String a :
        concat(
            List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()),
            args)) {
      cmd.append(quote(a)).append(' ');
    }
    ProcessBuilder pb =
        new ProcessBuilder("script", "-q", "-e", "-c", cmd.toString().strip(), "/dev/null")
            .redirectErrorStream(true);
    pb.environment().put("JONVIF_USER", "admin");
    pb.environment().put("JONVIF_PASSWORD", PASSWORD);
    pb.environment().put("TERM", "xterm");
    Process p = pb.start();
    Thread.ofVirtual().start(() -> copy(p.getInputStream()));
    return p;
  }

  private static List<String> concat(List<String> a, String[] b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(List.of(b));
    return out;
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private void copy(InputStream in) {
    byte[] buf = new byte[4096];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        synchronized (screen) {
          screen.write(buf, 0, n);
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private String screenText() {
    synchronized (screen) {
      return screen.toString(StandardCharsets.UTF_8);
    }
  }

  private void awaitScreen(String text) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      if (screenText().contains(text)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("the CLI ended: " + screenText());
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no '" + text + "' on the screen: " + screenText());
  }
}
