package dev.jonvif.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.PtzClient;
import dev.jonvif.client.PtzPolicies;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MoveStatus;
import dev.jonvif.core.model.PtzConfiguration;
import dev.jonvif.core.model.PtzConfigurationOptions;
import dev.jonvif.core.model.PtzNode;
import dev.jonvif.core.model.PtzPreset;
import dev.jonvif.core.model.PtzSpace;
import dev.jonvif.core.model.PtzSpaces;
import dev.jonvif.core.model.PtzStatus;
import dev.jonvif.core.model.PtzVector;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import dev.jonvif.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PTZ client against the virtual PTZ dome ({@code cam5}) on a simulated clock: the motor moves
 * when the test advances the clock, never by sleeping. Every request and answer is checked against
 * the ONVIF schemas.
 */
class PtzFleetTest {

  static final String PASSWORD = "secret12";
  static final String DOME = "cam5";
  static final double TOLERANCE = 0.01;

  final MutableClock clock = MutableClock.at("2026-05-01T12:00:00Z");
  final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  @TempDir Path stateDir;
  Fleet fleet;
  OnvifCamera cam;
  ValidatingTransport validating;
  PtzClient ptz;
  String profile;

  static List<dev.jonvif.device.ServiceModule> modules() {
    return dev.jonvif.device.fleet.StandardModules.all();
  }

  void start() {
    fleet =
        Fleet.start(
            FleetOptions.forTests(Personas.defaults(5), PASSWORD)
                .withModules(modules())
                .withClock(clock)
                .withStateDir(stateDir));
    cam =
        OnvifCamera.builder(fleet.deviceServiceUrl(DOME))
            .credentials("admin", PASSWORD)
            .scheduler(scheduler)
            .build();
    validating = new ValidatingTransport(cam.transport());
    ptz =
        new PtzClient(
            validating, cam.endpoint(Namespaces.TPTZ).orElseThrow(), PtzPolicies.AUTO, scheduler);
    profile = cam.ptzProfile().orElseThrow().token();
  }

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
    if (cam != null) {
      cam.close();
    }
    if (fleet != null) {
      fleet.close();
    }
  }

  @Test
  void PTZ_1_1_1_and_PTZ_2_1_2_and_PTZ_2_1_9_nodesSpacesAndConfigurationsAreReadFromTheCamera() {
    start();
    List<PtzNode> nodes = ptz.nodes();
    assertThat(nodes).hasSize(1);
    PtzNode node = nodes.get(0);
    assertThat(ptz.node(node.token())).isEqualTo(node);
    assertThat(node.homeSupported()).isTrue();
    assertThat(node.maximumNumberOfPresets()).isPositive();
    assertThat(node.auxiliaryCommands()).contains("tt:Wiper|On");
    PtzSpace position =
        PtzSpaces.pick(node.spaces().absolutePanTilt(), PtzSpace.GENERIC_PAN_TILT_POSITION)
            .orElseThrow();
    assertThat(position.uri()).isEqualTo(PtzSpace.GENERIC_PAN_TILT_POSITION);
    assertThat(position.x().min()).isEqualTo(-1);
    assertThat(position.y().max()).isEqualTo(1);
    assertThat(node.spaces().continuousZoom()).isNotEmpty();

    List<PtzConfiguration> configs = ptz.configurations();
    assertThat(configs).isNotEmpty();
    PtzConfiguration c = ptz.configuration(configs.get(0).token());
    assertThat(c.nodeToken()).isEqualTo(node.token());
    assertThat(c.defaultTimeout()).isNotNull();
    assertThat(c.defaultSpeed().hasPanTilt()).isTrue();
    assertThat(ptz.configurationOptions(c.token()).spaces().absoluteZoom()).isNotEmpty();
    ptz.setConfiguration(c.withDefaultTimeout(Duration.ofSeconds(7)), false);
    assertThat(ptz.configuration(c.token()).defaultTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(validating.validated()).isPositive();
  }

  @Test
  void PTZ_3_1_1_absoluteMoveReachesTheTargetAndReportsIdle() {
    start();
    ptz.absoluteMove(profile, PtzVector.of(0.5, -0.25, 0.6), PtzVector.of(1, 1, 1));
    assertThat(ptz.status(profile).panTilt()).isEqualTo(MoveStatus.MOVING);
    clock.advance(Duration.ofSeconds(5));
    PtzStatus s = ptz.status(profile);
    assertThat(s.position().pan()).isCloseTo(0.5, within(TOLERANCE));
    assertThat(s.position().tilt()).isCloseTo(-0.25, within(TOLERANCE));
    assertThat(s.position().zoomValue()).isCloseTo(0.6, within(TOLERANCE));
    assertThat(s.panTilt()).isEqualTo(MoveStatus.IDLE);
    assertThat(s.zoom()).isEqualTo(MoveStatus.IDLE);
    assertThat(s.isIdle()).isTrue();
    assertThat(s.utcTime()).isNotNull();
  }

  @Test
  void PTZ_3_1_3_relativeMoveAddsToThePosition() {
    start();
    ptz.absoluteMove(profile, PtzVector.of(0, 0, 0), null);
    clock.advance(Duration.ofSeconds(5));
    ptz.relativeMove(profile, PtzVector.of(0.2, 0.1, 0.3), null);
    clock.advance(Duration.ofSeconds(5));
    PtzVector p = ptz.status(profile).position();
    assertThat(p.pan()).isCloseTo(0.2, within(TOLERANCE));
    assertThat(p.tilt()).isCloseTo(0.1, within(TOLERANCE));
    assertThat(p.zoomValue()).isCloseTo(0.3, within(TOLERANCE));
  }

  @Test
  void PTZ_3_1_4_continuousMoveWithADurationStopsByItself() {
    start();
    ptz.absoluteMove(profile, PtzVector.of(0, 0, 0), null);
    clock.advance(Duration.ofSeconds(5));
    ptz.continuousMove(profile, PtzVector.panTilt(0.5, 0), Duration.ofSeconds(1));
    assertThat(ptz.status(profile).panTilt()).isEqualTo(MoveStatus.MOVING);
    clock.advance(Duration.ofSeconds(3));
    PtzStatus s = ptz.status(profile);
    assertThat(s.panTilt()).isEqualTo(MoveStatus.IDLE);
    // 1 s at half speed (1 generic unit per second at velocity 1).
    assertThat(s.position().pan()).isCloseTo(0.5, within(TOLERANCE));
    assertThat(ptz.policies().timeout()).isEqualTo(PtzPolicies.TimeoutPolicy.AUTO);
  }

  @Test
  void PTZ_3_1_5_stopHaltsTheChosenAxes() {
    start();
    ptz.absoluteMove(profile, PtzVector.of(0, 0, 0), null);
    clock.advance(Duration.ofSeconds(5));
    ptz.continuousMove(profile, PtzVector.of(0.5, 0, 0.5), Duration.ofSeconds(60));
    clock.advance(Duration.ofMillis(500));
    ptz.stop(profile, false, true);
    PtzStatus afterZoomStop = ptz.status(profile);
    assertThat(afterZoomStop.zoom()).isEqualTo(MoveStatus.IDLE);
    assertThat(afterZoomStop.panTilt()).isEqualTo(MoveStatus.MOVING);
    ptz.stop(profile);
    assertThat(ptz.status(profile).isIdle()).isTrue();
    assertThat(ptz.policies().stop()).isEqualTo(PtzPolicies.StopPolicy.AUTO);
  }

  @Test
  void PTZ_4_1_4_to_6_and_PTZ_5_1_1_and_PTZ_6_1_1_presetsHomeAndAuxiliaryCommandsSurviveARestart() {
    start();
    ptz.absoluteMove(profile, PtzVector.of(-0.4, 0.3, 0.2), null);
    clock.advance(Duration.ofSeconds(5));
    String token = ptz.setPreset(profile, "door", null);
    ptz.setHome(profile);
    ptz.absoluteMove(profile, PtzVector.of(0.9, -0.9, 1), null);
    clock.advance(Duration.ofSeconds(5));
    assertThat(ptz.sendAuxiliaryCommand(profile, "tt:Wiper|On")).isNotNull();

    cam.close();
    fleet.close();
    start();

    List<PtzPreset> presets = ptz.presets(profile);
    assertThat(presets).extracting(PtzPreset::name).contains("door");
    PtzPreset door = presets.stream().filter(p -> p.token().equals(token)).findFirst().get();
    assertThat(door.position().pan()).isCloseTo(-0.4, within(TOLERANCE));
    ptz.absoluteMove(profile, PtzVector.of(0.9, 0.9, 1), null);
    clock.advance(Duration.ofSeconds(5));
    ptz.gotoPreset(profile, token, null);
    clock.advance(Duration.ofSeconds(5));
    assertThat(ptz.status(profile).position().tilt()).isCloseTo(0.3, within(TOLERANCE));
    ptz.absoluteMove(profile, PtzVector.of(0.9, 0.9, 1), null);
    clock.advance(Duration.ofSeconds(5));
    ptz.gotoHome(profile, null);
    clock.advance(Duration.ofSeconds(5));
    PtzVector home = ptz.status(profile).position();
    assertThat(home.pan()).isCloseTo(-0.4, within(TOLERANCE));
    assertThat(home.zoomValue()).isCloseTo(0.2, within(TOLERANCE));
    ptz.removePreset(profile, token);
    assertThat(ptz.presets(profile)).extracting(PtzPreset::token).doesNotContain(token);
  }

  @Test
  void PTZ_3_1_2_and_PTZ_1_1_4_invalidValuesGiveTheirFaults() {
    start();
    assertThat(fault(() -> ptz.absoluteMove(profile, PtzVector.of(2, 0, 0), null)))
        .matches(f -> f.hasSubcode("InvalidPosition"), "ter:InvalidPosition");
    assertThat(fault(() -> ptz.relativeMove(profile, PtzVector.panTilt(0, -3), null)))
        .matches(f -> f.hasSubcode("InvalidTranslation"), "ter:InvalidTranslation");
    assertThat(fault(() -> ptz.continuousMove(profile, PtzVector.zoom(5), null)))
        .matches(f -> f.hasSubcode("InvalidVelocity"), "ter:InvalidVelocity");
    assertThat(fault(() -> ptz.absoluteMove(profile, PtzVector.of(0, 0, 0), PtzVector.of(3, 3, 3))))
        .matches(f -> f.hasSubcode("InvalidSpeed"), "ter:InvalidSpeed");
    assertThat(fault(() -> ptz.status("no-such-profile")))
        .matches(f -> f.hasSubcode("NoProfile"), "ter:NoProfile");
    assertThat(fault(() -> ptz.gotoPreset(profile, "no-such-preset", null)))
        .matches(f -> f.hasSubcode("NoToken"), "ter:NoToken");
    assertThat(fault(() -> ptz.node("no-such-node")))
        .matches(f -> f.hasSubcode("NoEntity"), "ter:NoEntity");
    assertThat(
            fault(
                () ->
                    ptz.absoluteMove(
                        profile,
                        new PtzVector(new PtzVector.PanTilt(0, 0, "urn:example:space"), null),
                        null)))
        .matches(f -> f.hasSubcode("SpaceNotSupported"), "ter:SpaceNotSupported");
    // A refused combined move is retried per axis; both still fail, so the policy stays AUTO.
    assertThat(ptz.policies().axes()).isEqualTo(PtzPolicies.AxesPolicy.AUTO);
  }

  static SoapFaultException fault(Runnable r) {
    return catchThrowableOfType(SoapFaultException.class, r::run);
  }

  @Test
  void PTZ_2_1_7_configurationAgreesWithItsOptions() {
    start();
    for (PtzConfiguration c : ptz.configurations()) {
      PtzConfigurationOptions o = ptz.configurationOptions(c.token());
      assertThat(c.defaultTimeout()).isBetween(o.minTimeout(), o.maxTimeout());
      assertThat(o.spaces().absolutePanTilt())
          .extracting(PtzSpace::uri)
          .contains(c.defaultAbsolutePanTiltPositionSpace());
      assertThat(o.spaces().continuousZoom())
          .extracting(PtzSpace::uri)
          .contains(c.defaultContinuousZoomVelocitySpace());
    }
  }

  @Test
  void PTZ_8_1_1_serviceCapabilitiesAreSchemaValid() {
    start();
    XmlElement caps =
        cam.call("ptz", XmlElement.builder(Namespaces.TPTZ, "GetServiceCapabilities").build());
    if (dev.jonvif.testkit.OnvifSchemas.available()) {
      dev.jonvif.testkit.OnvifSchemas.assertValidElement(caps);
    }
    assertThat(caps.childLenient("Capabilities")).isNotNull();
  }

  /**
   * Moves with every space named explicitly, as read from GetNodes: absolute, relative and
   * continuous pan/tilt and zoom, and both speed spaces.
   */
  @Test
  void PTZ_7_1_3_to_PTZ_7_4_4_and_MEDIA2_PTZ_4_1_1_to_4_2_2_spacesNamedAsGetNodesReportsThem() {
    start();
    PtzSpaces s = ptz.nodes().get(0).spaces();
    String absPt = s.absolutePanTilt().get(0).uri();
    String absZ = s.absoluteZoom().get(0).uri();
    PtzVector speed =
        new PtzVector(
            new PtzVector.PanTilt(1, 1, s.panTiltSpeed().get(0).uri()),
            new PtzVector.Zoom(1, s.zoomSpeed().get(0).uri()));
    ptz.absoluteMove(
        profile,
        new PtzVector(new PtzVector.PanTilt(0.3, 0.3, absPt), new PtzVector.Zoom(0.5, absZ)),
        speed);
    clock.advance(Duration.ofSeconds(5));
    ptz.relativeMove(
        profile,
        new PtzVector(
            new PtzVector.PanTilt(-0.1, -0.1, s.relativePanTilt().get(0).uri()),
            new PtzVector.Zoom(-0.2, s.relativeZoom().get(0).uri())),
        speed);
    clock.advance(Duration.ofSeconds(5));
    PtzVector p = ptz.status(profile).position();
    assertThat(p.pan()).isCloseTo(0.2, within(TOLERANCE));
    assertThat(p.zoomValue()).isCloseTo(0.3, within(TOLERANCE));
    assertThat(p.panTilt().space()).isEqualTo(absPt);
    ptz.continuousMove(
        profile,
        new PtzVector(
            new PtzVector.PanTilt(-0.2, 0, s.continuousPanTilt().get(0).uri()),
            new PtzVector.Zoom(0.25, s.continuousZoom().get(0).uri())),
        Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(2));
    PtzStatus after = ptz.status(profile);
    assertThat(after.isIdle()).isTrue();
    assertThat(after.position().pan()).isCloseTo(0.0, within(TOLERANCE));
    assertThat(after.position().zoomValue()).isCloseTo(0.3 + 0.25 * 0.5, within(TOLERANCE));
  }

  /**
   * A Media2 profile the client builds itself (CreateProfile, AddConfiguration) steers the dome.
   */
  @Test
  void MEDIA2_PTZ_1_1_1_to_3_1_4_and_PTZ_5_1_4_aMedia2ProfileOfOurOwnMovesPresetsAndHome() {
    start();
    assertThat(cam.media().version()).isEqualTo(2);
    MediaProfile existing = cam.ptzProfile().orElseThrow();
    String tr2 = Namespaces.TR2;
    String created =
        cam.call(
                "media2",
                XmlElement.builder(tr2, "CreateProfile").child(tr2, "Name", "interop-ptz").build())
            .childTextLenient("Token");
    cam.call(
        "media2",
        XmlElement.builder(tr2, "AddConfiguration")
            .child(tr2, "ProfileToken", created)
            .child(
                XmlElement.builder(tr2, "Configuration")
                    .child(tr2, "Type", "VideoSource")
                    .child(tr2, "Token", existing.videoSource().token())
                    .build())
            .child(
                XmlElement.builder(tr2, "Configuration")
                    .child(tr2, "Type", "PTZ")
                    .child(tr2, "Token", existing.ptz().token())
                    .build())
            .build());
    assertThat(cam.media().profile(created).ptz()).isNotNull();

    ptz.absoluteMove(created, PtzVector.of(0.7, 0.1, 0.9), null);
    clock.advance(Duration.ofSeconds(5));
    ptz.continuousMove(created, PtzVector.panTilt(-0.5, 0), null);
    clock.advance(Duration.ofMillis(400));
    ptz.stop(created);
    PtzStatus stopped = ptz.status(created);
    assertThat(stopped.isIdle()).isTrue();
    assertThat(stopped.position().pan()).isCloseTo(0.5, within(TOLERANCE));
    String preset = ptz.setPreset(created, "m2", null);
    ptz.setHome(created);
    ptz.absoluteMove(created, PtzVector.of(-1, -1, 0), null);
    clock.advance(Duration.ofSeconds(5));
    ptz.gotoPreset(created, preset, null);
    clock.advance(Duration.ofSeconds(5));
    assertThat(ptz.status(created).position().pan()).isCloseTo(0.5, within(TOLERANCE));
    ptz.absoluteMove(created, PtzVector.of(-1, -1, 0), null);
    clock.advance(Duration.ofSeconds(5));
    ptz.gotoHome(created, null);
    clock.advance(Duration.ofSeconds(5));
    assertThat(ptz.status(created).position().zoomValue()).isCloseTo(0.9, within(TOLERANCE));
    ptz.removePreset(created, preset);
    cam.call(
        "media2", XmlElement.builder(tr2, "DeleteProfile").child(tr2, "Token", created).build());
  }
}
