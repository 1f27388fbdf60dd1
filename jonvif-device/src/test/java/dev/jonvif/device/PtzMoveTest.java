package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** PTZ moves against the simulated motor, over loopback, with the clock moved by the test. */
class PtzMoveTest extends PtzTestSupport {

  @Test
  void PTZ_3_1_1_absoluteMoveReachesTheTargetAndReportsIdle() {
    okPtz(
        "AbsoluteMove",
        "ProfileToken",
        PROFILE,
        "Position",
        vector("Position", 0.5f, -0.25f, 0.4f));
    assertThat(panTiltStatus()).isEqualTo("MOVING");
    assertThat(zoomStatus()).isEqualTo("MOVING");

    advance(Duration.ofMillis(250));
    float[] half = position();
    assertThat(half[0]).isStrictlyBetween(0f, 0.5f);

    advance(Duration.ofSeconds(2));
    assertAt(position(), 0.5f, -0.25f, 0.4f);
    assertThat(panTiltStatus()).isEqualTo("IDLE");
    assertThat(zoomStatus()).isEqualTo("IDLE");
    XmlElement status = status();
    assertThat(status.childText(TT, "UtcTime")).isEqualTo("2026-05-01T12:00:02.250Z");
  }

  @Test
  void absoluteMoveFollowsTheRequestedSpeed() {
    okPtz(
        "AbsoluteMove",
        "ProfileToken",
        PROFILE,
        "Position",
        vector("Position", 1f, 0f, null),
        "Speed",
        vector("Speed", 0.25f, 0.25f, null));
    advance(Duration.ofSeconds(2));
    assertThat(position()[0]).isCloseTo(0.5f, org.assertj.core.data.Offset.offset(0.001f));
    assertThat(panTiltStatus()).isEqualTo("MOVING");
    advance(Duration.ofSeconds(2));
    assertAt(position(), 1f, 0f, 0f);
    assertThat(panTiltStatus()).isEqualTo("IDLE");
  }

  @Test
  void PTZ_3_1_3_relativeMoveAddsToThePositionAndStaysInRange() {
    okPtz(
        "AbsoluteMove", "ProfileToken", PROFILE, "Position", vector("Position", 0.5f, 0.5f, 0.5f));
    advance(Duration.ofSeconds(5));
    okPtz(
        "RelativeMove",
        "ProfileToken",
        PROFILE,
        "Translation",
        vector("Translation", -0.2f, 0.8f, 0.25f));
    advance(Duration.ofSeconds(5));
    assertAt(position(), 0.3f, 1f, 0.75f);
  }

  @Test
  void PTZ_3_1_4_continuousMoveWithTimeoutStopsByItself() {
    okPtz(
        "ContinuousMove",
        "ProfileToken",
        PROFILE,
        "Velocity",
        vector("Velocity", 0.5f, 0f, null),
        "Timeout",
        "PT1S");
    advance(Duration.ofMillis(500));
    assertThat(panTiltStatus()).isEqualTo("MOVING");
    assertThat(zoomStatus()).isEqualTo("IDLE");
    advance(Duration.ofSeconds(3));
    assertThat(panTiltStatus()).isEqualTo("IDLE");
    assertAt(position(), 0.5f, 0f, 0f);
  }

  @Test
  void continuousMoveWithoutTimeoutUsesTheDefaultAndStopsAtTheLimit() {
    okPtz("ContinuousMove", "ProfileToken", PROFILE, "Velocity", vector("Velocity", -1f, 1f, 1f));
    advance(Duration.ofSeconds(1).plusMillis(500));
    float[] p = position();
    assertThat(p[0]).isEqualTo(-1f);
    assertThat(p[1]).isEqualTo(1f);
    assertThat(p[2]).isCloseTo(0.75f, org.assertj.core.data.Offset.offset(0.001f));
    advance(Duration.ofSeconds(1));
    assertThat(panTiltStatus()).isEqualTo("IDLE");
    assertThat(zoomStatus()).isEqualTo("IDLE");
    assertAt(position(), -1f, 1f, 1f);
  }

  @Test
  void PTZ_3_1_5_stopFlagsStopOnlyWhatTheyName() {
    okPtz(
        "ContinuousMove",
        "ProfileToken",
        PROFILE,
        "Velocity",
        vector("Velocity", 0.1f, 0.1f, 0.1f),
        "Timeout",
        "PT10S");
    advance(Duration.ofSeconds(1));
    okPtz("Stop", "ProfileToken", PROFILE, "PanTilt", true, "Zoom", false);
    assertThat(panTiltStatus()).isEqualTo("IDLE");
    assertThat(zoomStatus()).isEqualTo("MOVING");
    float[] stopped = position();
    advance(Duration.ofSeconds(1));
    float[] later = position();
    assertThat(later[0]).isEqualTo(stopped[0]);
    assertThat(later[2]).isGreaterThan(stopped[2]);

    okPtz("Stop", "ProfileToken", PROFILE);
    assertThat(zoomStatus()).isEqualTo("IDLE");
    float[] all = position();
    advance(Duration.ofSeconds(1));
    assertThat(position()).containsExactly(all);
  }

  @Test
  void aZeroVelocityStopsThatAxisGroupAndOmittedGroupsKeepMoving() {
    okPtz(
        "ContinuousMove", "ProfileToken", PROFILE, "Velocity", vector("Velocity", 0.2f, 0f, 0.2f));
    advance(Duration.ofSeconds(1));
    okPtz("ContinuousMove", "ProfileToken", PROFILE, "Velocity", vector("Velocity", 0f, 0f, null));
    assertThat(panTiltStatus()).isEqualTo("IDLE");
    assertThat(zoomStatus()).isEqualTo("MOVING");
  }

  @Test
  void PTZ_3_1_2_outOfRangeAndUnsupportedValuesGetTheirFaults() {
    assertFault(
        callPtz(
            "AbsoluteMove",
            "ProfileToken",
            PROFILE,
            "Position",
            vector("Position", 1.5f, 0f, null)),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidPosition");
    assertFault(
        callPtz(
            "AbsoluteMove",
            "ProfileToken",
            PROFILE,
            "Position",
            vector("Position", null, null, -0.1f)),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidPosition");
    assertFault(
        callPtz(
            "AbsoluteMove",
            "ProfileToken",
            PROFILE,
            "Position",
            vector("Position", 0f, 0f, null),
            "Speed",
            vector("Speed", 2f, 0f, null)),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidSpeed");
    assertFault(
        callPtz(
            "RelativeMove",
            "ProfileToken",
            PROFILE,
            "Translation",
            vector("Translation", 0f, -3f, null)),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidTranslation");
    assertFault(
        callPtz(
            "ContinuousMove",
            "ProfileToken",
            PROFILE,
            "Velocity",
            vector("Velocity", 0f, 0f, 1.2f)),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidVelocity");
    assertFault(
        callPtz(
            "ContinuousMove",
            "ProfileToken",
            PROFILE,
            "Velocity",
            vector("Velocity", 0.5f, 0f, null),
            "Timeout",
            "PT1H"),
        400,
        "Sender",
        "InvalidArgVal",
        "TimeoutNotSupported");
    XmlElement spherical =
        XmlElement.builder(dev.jonvif.core.Namespaces.TPTZ, "Position")
            .child(
                XmlElement.builder(TT, "PanTilt")
                    .attribute("x", 10)
                    .attribute("y", 10)
                    .attribute(
                        "space",
                        "http://www.onvif.org/ver10/tptz/PanTiltSpaces/SphericalPositionSpaceDegrees")
                    .build())
            .build();
    assertFault(
        callPtz("AbsoluteMove", "ProfileToken", PROFILE, "Position", spherical),
        400,
        "Sender",
        "InvalidArgVal",
        "SpaceNotSupported");
    assertFault(
        callPtz("GetStatus", "ProfileToken", "NoSuchProfile"),
        400,
        "Sender",
        "InvalidArgVal",
        "NoProfile");
    // Nothing moved.
    assertAt(position(), 0f, 0f, 0f);
    assertThat(panTiltStatus()).isEqualTo("IDLE");
  }
}
