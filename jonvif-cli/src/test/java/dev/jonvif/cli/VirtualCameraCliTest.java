package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import dev.jonvif.device.media.Media2Module;
import dev.jonvif.device.media.MediaModule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera commands against a virtual camera of jonvif's own fleet. */
class VirtualCameraCliTest {

  private final Fleet fleet =
      Fleet.start(
          FleetOptions.forTests(Personas.defaults(3), "secret12")
              .withModules(List.of(new MediaModule(), new Media2Module())));
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  VirtualCameraCliTest() {
    CameraOptions.environment = Map.of("JONVIF_USER", "admin", "JONVIF_PASSWORD", "secret12");
  }

  @AfterEach
  void stop() {
    fleet.close();
    CameraOptions.environment = System.getenv();
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void infoOfAMedia2OnlyH265Camera() {
    assertThat(run("info", fleet.deviceServiceUrl("cam3"), "--json")).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("\"model\":\"KS-T8 4K\"")
        .contains("\"mediaVersion\":2")
        .contains("\"encoding\":\"H265\"")
        .contains("\"width\":3840")
        .contains("rtsp://");
  }

  @Test
  void streamUriCheckPlaysTheStreamAndReportsWhatWorked() {
    assertThat(
            run(
                "stream-uri",
                fleet.deviceServiceUrl("cam1"),
                "--profile",
                "Profile_3",
                "--transport",
                "tcp",
                "--check"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("rtsp://127.0.0.1:").contains("OK ").contains("1280x720");
    assertThat(out.toString()).containsIgnoringCase("via TCP");
  }

  @Test
  void snapshotAndTime() throws Exception {
    Path file = dir.resolve("cam1.jpg");
    assertThat(run("snapshot", fleet.deviceServiceUrl("cam1"), "-o", file.toString()))
        .as(err.toString())
        .isZero();
    byte[] jpeg = Files.readAllBytes(file);
    assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
    assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
    assertThat(run("time", fleet.deviceServiceUrl("cam1"))).isZero();
    assertThat(out.toString()).contains("Offset");
  }
}
