package dev.jonvif.device.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.device.Persona;
import dev.jonvif.device.StateStorage;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VirtualCamera;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media slot in the camera's state file, read back by a restarted camera. */
class MediaPersistenceTest {

  @TempDir Path dir;

  @Test
  void profilesAndConfigurationsSurviveARestart() throws IOException {
    Persona persona = TestCameras.hevc("cam");
    StateStorage storage = StateStorage.inDirectory(dir);
    MediaState before = MediaState.of(TestCameras.camera(persona, storage));
    before.createProfile(
        MediaApi.MEDIA2,
        "created",
        null,
        List.of(
            new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, "VideoSourceConfig_1"),
            new ConfigurationRef(ConfigurationType.METADATA, "MetadataConfig_1")));
    VideoEncoderConfiguration c = before.model().videoEncoderConfiguration("VideoEncoder_2");
    before.setVideoEncoderConfiguration(
        MediaApi.MEDIA2,
        c.toBuilder()
            .encoding(VideoEncoding.H265)
            .profile("Main")
            .quality(42.5f)
            .sessionTimeout(Duration.ofMillis(1500))
            .multicast(new Multicast("ff15::1", 5004, 2, true))
            .build());
    assertThat(Files.readString(dir.resolve("cam").resolve("state.json")))
        .contains("\"H265\"")
        .contains("ff15::1");

    VirtualCamera restarted = TestCameras.camera(persona, storage);
    MediaState after = MediaState.of(restarted);

    assertThat(after.model().config()).isEqualTo(before.model().config());
    assertThat(after.model().useCount(ConfigurationType.METADATA, "MetadataConfig_1")).isOne();
  }

  @Test
  void factoryDefaultRestoresThePersonasProfiles() {
    Persona persona = TestCameras.h264("cam");
    VirtualCamera camera = TestCameras.camera(persona);
    MediaState state = MediaState.of(camera);
    state.deleteProfile(MediaApi.MEDIA1, "Profile_2");
    camera.factoryDefault(false);
    assertThat(state.model().config()).isEqualTo(MediaConfig.initial(persona));
  }
}
