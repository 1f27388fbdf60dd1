package dev.jonvif.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jonvif.client.AuthMethod;
import dev.jonvif.client.AuthPolicy;
import dev.jonvif.client.MediaClient;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.Snapshot;
import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MediaUri;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.model.VideoEncoderConfiguration;
import dev.jonvif.core.model.VideoEncoderOptions;
import dev.jonvif.device.Persona;
import dev.jonvif.device.VideoStream;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import dev.jonvif.device.media.Media2Module;
import dev.jonvif.device.media.MediaModule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client against jonvif's own virtual cameras: four personas (Media1+2 H.264, Media1+2 with
 * JPEG, Media2-only H.265, a clock 7 minutes fast), every auth mode, the media model end to end.
 */
class VirtualFleetTest {

  static final String PASSWORD = "secret12";
  static Fleet fleet;

  @BeforeAll
  static void start() {
    fleet =
        Fleet.start(
            FleetOptions.forTests(Personas.defaults(4), PASSWORD)
                .withModules(List.of(new MediaModule(), new Media2Module())));
  }

  @AfterAll
  static void stop() {
    fleet.close();
  }

  static OnvifCamera camera(String name, AuthPolicy policy) {
    return OnvifCamera.builder(fleet.deviceServiceUrl(name))
        .credentials("admin", PASSWORD)
        .authPolicy(policy)
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  void everyCameraConnectsWithItsIdentityProfilesAndUris() {
    for (VirtualCamera vc : fleet.cameras().values()) {
      Persona p = vc.persona();
      try (OnvifCamera cam = camera(p.name(), AuthPolicy.AUTO)) {
        cam.connect();
        DeviceInformation info = cam.device().deviceInformation();
        assertThat(info.manufacturer()).isEqualTo(p.manufacturer());
        assertThat(info.model()).isEqualTo(p.model());
        assertThat(info.serialNumber()).isEqualTo(p.serialNumber());
        MediaClient media = cam.media();
        List<MediaProfile> profiles = media.profiles();
        assertThat(profiles).hasSameSizeAs(p.streams());
        for (int i = 0; i < profiles.size(); i++) {
          VideoStream s = p.streams().get(i);
          VideoEncoderConfiguration ve = profiles.get(i).videoEncoder();
          assertThat(ve.resolution().width()).isEqualTo(s.width());
          assertThat(ve.resolution().height()).isEqualTo(s.height());
          assertThat(ve.encoding()).isEqualTo(s.encoding().name());
          MediaUri uri = media.streamUri(profiles.get(i).token(), StreamTransport.UDP);
          assertThat(uri.uri()).startsWith("rtsp://");
        }
        assertThat(media.version()).isEqualTo(2);
      }
    }
  }

  @Test
  void skewedCameraIsReachedWithUsernameToken() {
    String skewed =
        fleet.cameras().values().stream()
            .filter(c -> !c.persona().clockOffset().isZero())
            .findFirst()
            .orElseThrow()
            .name();
    try (OnvifCamera cam = camera(skewed, AuthPolicy.USERNAME_TOKEN)) {
      cam.connect();
      assertThat(cam.clockOffset())
          .hasValueSatisfying(o -> assertThat(o.toMinutes()).isBetween(6L, 7L));
      assertThat(cam.device().users()).isNotEmpty();
      assertThat(cam.authMethod()).isEqualTo(AuthMethod.USERNAME_TOKEN_DIGEST);
    }
  }

  @Test
  void httpDigestPolicy() {
    try (OnvifCamera cam = camera("cam1", AuthPolicy.HTTP_DIGEST)) {
      cam.connect();
      assertThat(cam.device().users()).isNotEmpty();
      assertThat(cam.authMethod()).isEqualTo(AuthMethod.HTTP_DIGEST);
      assertThat(cam.digestAlgorithm()).isPresent();
    }
  }

  @Test
  void passwordTextIsRefusedByDefault() {
    try (OnvifCamera cam = camera("cam1", AuthPolicy.PASSWORD_TEXT)) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> cam.device().users());
      assertThat(e).isNotNull();
    }
  }

  @Test
  void wrongPassword() {
    try (OnvifCamera cam =
        OnvifCamera.builder(fleet.deviceServiceUrl("cam2")).credentials("admin", "nope").build()) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> cam.device().users());
      assertThat(e.kind()).isEqualTo(AuthenticationException.Kind.WRONG_CREDENTIALS);
    }
  }

  @Test
  void snapshotsAndEncoders() {
    for (String name : List.of("cam1", "cam3")) {
      try (OnvifCamera cam = camera(name, AuthPolicy.AUTO)) {
        MediaProfile first = cam.media().profiles().get(0);
        Snapshot s = cam.snapshot(first.token());
        assertThat(s.size()).isGreaterThan(100);
        List<VideoEncoderOptions> options =
            cam.media().videoEncoderOptions(first.videoEncoder().token(), first.token());
        assertThat(options).isNotEmpty();
        VideoEncoderConfiguration ve =
            cam.media().videoEncoderConfiguration(first.videoEncoder().token());
        cam.media().setVideoEncoder(ve.withQuality(ve.quality() == null ? 3 : ve.quality()));
      }
    }
  }
}
