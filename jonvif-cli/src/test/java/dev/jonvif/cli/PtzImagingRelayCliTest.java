package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code jonvif ptz}, {@code imaging} and {@code relay} against the virtual fleet. */
class PtzImagingRelayCliTest {

  static Fleet fleet;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  @BeforeAll
  static void start() {
    fleet =
        Fleet.start(
            FleetOptions.forTests(Personas.defaults(6), "secret12")
                .withModules(dev.jonvif.device.fleet.StandardModules.all()));
    CameraOptions.environment = Map.of("JONVIF_USER", "admin", "JONVIF_PASSWORD", "secret12");
  }

  @AfterAll
  static void stop() {
    fleet.close();
    CameraOptions.environment = System.getenv();
  }

  @AfterEach
  void reset() {
    out = new StringWriter();
    err = new StringWriter();
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String dome() {
    return fleet.deviceServiceUrl("cam5");
  }

  @Test
  void absoluteMoveWaitsUntilTheDomeStandsAtTheTarget() {
    assertThat(
            run(
                "ptz",
                dome(),
                "absolute",
                "--pan",
                "0.5",
                "--tilt",
                "-0.25",
                "--zoom",
                "0.4",
                "--speed",
                "1",
                "--wait"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString())
        .contains("Position   pan 0.5 tilt -0.25 zoom 0.4")
        .contains("pan/tilt IDLE, zoom IDLE");
    assertThat(run("ptz", dome(), "status", "--json")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"pan\":0.5").contains("\"panTiltStatus\":\"IDLE\"");
    assertThat(run("ptz", dome(), "relative", "--pan", "0.25", "--wait")).isZero();
    assertThat(out.toString()).contains("pan 0.75 tilt -0.25");
  }

  @Test
  void moveWithADurationStopsByItself() {
    assertThat(run("ptz", dome(), "move", "--zoom", "-0.5", "--duration", "300ms"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("zoom IDLE");
  }

  @Test
  void presetsAndHome() {
    assertThat(run("ptz", dome(), "absolute", "--pan", "-0.5", "--tilt", "0.5", "--wait")).isZero();
    assertThat(run("ptz", dome(), "set-preset", "gate")).as(err.toString()).isZero();
    String token = out.toString().strip();
    assertThat(run("ptz", dome(), "home", "--set")).isZero();
    assertThat(run("ptz", dome(), "presets")).isZero();
    assertThat(out.toString()).contains(token).contains("gate").contains("pan -0.5 tilt 0.5");
    assertThat(run("ptz", dome(), "absolute", "--pan", "0", "--tilt", "0", "--wait")).isZero();
    assertThat(run("ptz", dome(), "goto-preset", token, "--wait")).isZero();
    assertThat(out.toString()).contains("pan -0.5 tilt 0.5");
    assertThat(run("ptz", dome(), "absolute", "--pan", "0", "--tilt", "0", "--wait")).isZero();
    assertThat(run("ptz", dome(), "home", "--wait")).isZero();
    assertThat(out.toString()).contains("pan -0.5 tilt 0.5");
    assertThat(run("ptz", dome(), "remove-preset", token)).isZero();
    assertThat(run("ptz", dome(), "nodes")).isZero();
    assertThat(out.toString()).contains("absolute").contains("tt:Wiper|On");
    assertThat(run("ptz", dome(), "aux", "tt:Wiper|On")).as(err.toString()).isZero();
  }

  @Test
  void mistakesAreOneLine() {
    assertThat(run("ptz", dome(), "absolute", "--pan", "3")).isEqualTo(1);
    assertThat(err.toString()).startsWith("jonvif: pan/tilt position outside").hasLineCount(1);
    assertThat(run("ptz", dome(), "goto-preset", "nope")).isEqualTo(1);
    assertThat(err.toString()).startsWith("jonvif: the camera refused GotoPreset").hasLineCount(1);
    assertThat(run("ptz", fleet.deviceServiceUrl("cam1"), "status")).isEqualTo(1);
    assertThat(err.toString()).contains("the camera offers no ptz service").hasLineCount(1);
    assertThat(run("ptz", dome(), "spin")).isEqualTo(1);
    assertThat(err.toString()).contains("unknown ptz action: spin").hasLineCount(1);
    assertThat(run("imaging", dome(), "set", "--brightness", "1000")).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("jonvif: the camera refused SetImagingSettings")
        .hasLineCount(1);
    assertThat(run("imaging", dome(), "set", "--ir-cut", "maybe")).isEqualTo(1);
    assertThat(err.toString()).contains("--ir-cut is on, off or auto").hasLineCount(1);
    assertThat(run("relay", fleet.deviceServiceUrl("cam6"), "set", "nope", "active")).isEqualTo(1);
    assertThat(err.toString()).contains("refused SetRelayOutputState").hasLineCount(1);
  }

  @Test
  void imagingGetSetOptions() {
    String cam = fleet.deviceServiceUrl("cam2");
    assertThat(run("imaging", cam, "options")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("brightness").contains("irCutFilter       ON, OFF");
    assertThat(run("imaging", cam, "set", "--brightness", "60", "--ir-cut", "off"))
        .as(err.toString())
        .isZero();
    assertThat(run("imaging", cam, "get", "--json")).isZero();
    assertThat(out.toString()).contains("\"brightness\":60").contains("\"irCutFilter\":\"OFF\"");
    assertThat(run("imaging", cam, "set", "--ir-cut", "on", "--focus", "auto")).isZero();
    assertThat(out.toString()).contains("irCutFilter       ON");
  }

  @Test
  void relayListAndSet() {
    String bell = fleet.deviceServiceUrl("cam6");
    assertThat(run("relay", bell, "list")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("relay  RelayOutput_1").contains("input  DigitalInput_1");
    assertThat(run("relay", bell, "set", "RelayOutput_1", "active")).isZero();
    assertThat(out.toString()).contains("RelayOutput_1 active");
    assertThat(run("relay", bell, "set", "RelayOutput_1", "inactive")).isZero();
    assertThat(run("relay", bell, "list", "--json")).isZero();
    assertThat(out.toString()).contains("\"relayOutputs\":[{\"token\":\"RelayOutput_1\"");
  }
}
