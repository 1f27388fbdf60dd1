package dev.jonvif.device.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.SoapFaultException;
import dev.jonvif.device.VideoEncoding;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaStateTest {

  private final MediaState state = TestCameras.state(TestCameras.h264("cam"));

  private int vscUse(String token) {
    return state.model().useCount(ConfigurationType.VIDEO_SOURCE, token);
  }

  private int vecUse(String token) {
    return state.model().useCount(ConfigurationType.VIDEO_ENCODER, token);
  }

  private static void assertFault(Runnable r, String... subcodes) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            SoapFaultException.class,
            e -> {
              for (String s : subcodes) {
                assertThat(e.hasSubcode(s)).as("subcode " + s + " in " + e.getMessage()).isTrue();
              }
            });
  }

  @Test
  void MEDIA_1_1_1_standardPersonaHasAFixedVideoProfileAndDeletableOnes() {
    List<MediaProfile> profiles = state.model().profiles(MediaApi.MEDIA1);
    assertThat(profiles)
        .extracting(MediaProfile::token)
        .containsExactly("Profile_1", "Profile_2", "Profile_3");
    assertThat(profiles.get(0).fixed()).isTrue();
    assertThat(profiles.get(0).videoSource()).isEqualTo("VideoSourceConfig_1");
    assertThat(profiles.get(0).videoEncoder()).isEqualTo("VideoEncoder_1");
    assertThat(profiles).anyMatch(p -> !p.fixed());
  }

  @Test
  void MEDIA_2_2_6_useCountsFollowProfileMembership() {
    assertThat(vscUse("VideoSourceConfig_1")).isEqualTo(3);
    assertThat(vecUse("VideoEncoder_1")).isEqualTo(1);
    assertThat(state.model().useCount(ConfigurationType.METADATA, "MetadataConfig_1")).isZero();
  }

  @Test
  void MEDIA_2_2_12_to_15_videoSourceUseCountOnAddRemoveAndDelete() {
    MediaProfile p = state.createProfile(MediaApi.MEDIA1, "test", "T1", List.of());
    assertThat(p.hasNoConfiguration()).isTrue();
    state.addConfigurations(
        MediaApi.MEDIA1,
        "T1",
        null,
        List.of(new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, "VideoSourceConfig_1")));
    assertThat(vscUse("VideoSourceConfig_1")).isEqualTo(4);
    // adding the same configuration again changes nothing
    state.addConfigurations(
        MediaApi.MEDIA1,
        "T1",
        null,
        List.of(new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, "VideoSourceConfig_1")));
    assertThat(vscUse("VideoSourceConfig_1")).isEqualTo(4);
    state.removeConfigurations(
        MediaApi.MEDIA1, "T1", List.of(new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, null)));
    assertThat(vscUse("VideoSourceConfig_1")).isEqualTo(3);
    state.addConfigurations(
        MediaApi.MEDIA1,
        "T1",
        null,
        List.of(new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, "VideoSourceConfig_1")));
    state.deleteProfile(MediaApi.MEDIA1, "T1");
    assertThat(vscUse("VideoSourceConfig_1")).isEqualTo(3);
    assertFault(() -> state.profile(MediaApi.MEDIA1, "T1"), "InvalidArgVal", "NoProfile");
  }

  @Test
  void MEDIA_2_3_14_movingAProfileToAnotherEncoderMovesTheUseCount() {
    state.addConfigurations(
        MediaApi.MEDIA1,
        "Profile_2",
        null,
        List.of(new ConfigurationRef(ConfigurationType.VIDEO_ENCODER, "VideoEncoder_1")));
    assertThat(vecUse("VideoEncoder_1")).isEqualTo(2);
    assertThat(vecUse("VideoEncoder_2")).isZero();
  }

  @Test
  void MEDIA_2_3_17_settingAnEncoderKeepsItsUseCount() {
    VideoEncoderConfiguration c = state.model().videoEncoderConfiguration("VideoEncoder_2");
    state.setVideoEncoderConfiguration(
        MediaApi.MEDIA1, c.toBuilder().resolution(new Resolution(320, 180)).build());
    assertThat(vecUse("VideoEncoder_2")).isEqualTo(1);
    assertThat(state.model().videoEncoderConfiguration("VideoEncoder_2").resolution())
        .isEqualTo(new Resolution(320, 180));
  }

  @Test
  void createProfileChecksTokenNameAndLimitWithEachServicesFault() {
    assertFault(
        () -> state.createProfile(MediaApi.MEDIA1, "dup", "Profile_1", List.of()),
        "InvalidArgVal",
        "ProfileExists");
    assertFault(
        () -> state.createProfile(MediaApi.MEDIA1, "x".repeat(65), null, List.of()),
        "InvalidArgVal");
    for (int i = state.model().profiles().size(); i < 8; i++) {
      state.createProfile(MediaApi.MEDIA2, "p" + i, null, List.of());
    }
    assertFault(
        () -> state.createProfile(MediaApi.MEDIA1, "more", null, List.of()),
        "Action",
        "MaxNVTProfiles");
    assertFault(
        () -> state.createProfile(MediaApi.MEDIA2, "more", null, List.of()),
        "Action",
        "MaxProfiles");
  }

  @Test
  void generatedTokensAreFreshAndUnique() {
    MediaProfile a = state.createProfile(MediaApi.MEDIA2, "a", null, List.of());
    state.deleteProfile(MediaApi.MEDIA2, "Profile_2");
    MediaProfile b = state.createProfile(MediaApi.MEDIA2, "b", null, List.of());
    assertThat(a.token()).isNotEqualTo(b.token());
    assertThat(state.model().profiles()).extracting(MediaProfile::token).doesNotHaveDuplicates();
  }

  @Test
  void fixedProfileCannotBeDeletedButCanBeEmptiedAndRefilled() {
    assertFault(
        () -> state.deleteProfile(MediaApi.MEDIA2, "Profile_1"),
        "Action",
        "DeletionOfFixedProfile");
    List<ConfigurationRef> all =
        List.of(
            new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, null),
            new ConfigurationRef(ConfigurationType.VIDEO_ENCODER, null));
    state.removeConfigurations(MediaApi.MEDIA2, "Profile_1", all);
    assertThat(state.model().profile("Profile_1").hasNoConfiguration()).isTrue();
    state.addConfigurations(
        MediaApi.MEDIA2,
        "Profile_1",
        null,
        List.of(
            new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, "VideoSourceConfig_1"),
            new ConfigurationRef(ConfigurationType.VIDEO_ENCODER, "VideoEncoder_1")));
    assertThat(state.model().profile("Profile_1"))
        .isEqualTo(MediaConfig.initial(TestCameras.h264("cam")).profiles().get(0));
  }

  @Test
  void unknownTokensFaultAndLeaveTheStateAlone() {
    MediaModel before = state.model();
    assertFault(
        () ->
            state.addConfigurations(
                MediaApi.MEDIA2,
                "Profile_2",
                null,
                List.of(
                    new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, "VideoSourceConfig_1"),
                    new ConfigurationRef(ConfigurationType.VIDEO_ENCODER, "nope"))),
        "InvalidArgVal",
        "NoConfig");
    assertFault(() -> state.deleteProfile(MediaApi.MEDIA1, "nope"), "NoProfile");
    assertFault(() -> state.videoSourceConfiguration("nope"), "NoConfig");
    assertFault(() -> state.metadataConfiguration("nope"), "NoConfig");
    assertThat(state.model().config()).isSameAs(before.config());
  }

  @Test
  void MEDIA_2_1_9_invalidEncoderSettingsAreConfigModifyAndChangeNothing() {
    VideoEncoderConfiguration c = state.model().videoEncoderConfiguration("VideoEncoder_3");
    List<VideoEncoderConfiguration> bad =
        List.of(
            c.toBuilder().resolution(new Resolution(1000, 1000)).build(),
            c.toBuilder().quality(101).build(),
            c.toBuilder().frameRateLimit(0).build(),
            c.toBuilder().frameRateLimit(26).build(),
            c.toBuilder().bitrateLimit(1).build(),
            c.toBuilder().encodingInterval(0).build(),
            c.toBuilder().encoding(VideoEncoding.H264).profile("Extended").build(),
            c.toBuilder().encoding(VideoEncoding.H264).govLength(0).profile("Main").build(),
            c.toBuilder().multicast(new Multicast("not-an-ip", 1, 1, false)).build(),
            c.toBuilder().multicast(new Multicast("239.1.1.1", 70000, 1, false)).build());
    for (VideoEncoderConfiguration b : bad) {
      assertFault(
          () -> state.setVideoEncoderConfiguration(MediaApi.MEDIA1, b),
          "InvalidArgVal",
          "ConfigModify");
    }
    assertThat(state.model().videoEncoderConfiguration("VideoEncoder_3")).isEqualTo(c);
  }

  @Test
  void h265IsOnlyVisibleThroughMedia2() {
    MediaState hevc = TestCameras.state(TestCameras.hevc("hevc"));
    assertThat(hevc.model().profiles(MediaApi.MEDIA1))
        .extracting(MediaProfile::token)
        .containsExactly("Profile_2", "Profile_3");
    assertThat(hevc.model().profiles(MediaApi.MEDIA2)).hasSize(3);
    assertFault(() -> hevc.profile(MediaApi.MEDIA1, "Profile_1"), "NoProfile");
    assertFault(
        () -> hevc.videoEncoderConfiguration(MediaApi.MEDIA1, "VideoEncoder_1"), "NoConfig");

    // Switching an H.264 encoder to H.265 through Media2 hides its profile from Media.
    VideoEncoderConfiguration sub = hevc.model().videoEncoderConfiguration("VideoEncoder_2");
    VideoEncoderConfiguration h265 =
        sub.toBuilder().encoding(VideoEncoding.H265).profile("Main").build();
    assertFault(() -> hevc.setVideoEncoderConfiguration(MediaApi.MEDIA1, h265), "ConfigModify");
    hevc.setVideoEncoderConfiguration(MediaApi.MEDIA2, h265);
    assertThat(hevc.model().profiles(MediaApi.MEDIA1))
        .extracting(MediaProfile::token)
        .containsExactly("Profile_3");
    assertThat(hevc.compatibleVideoEncoderConfigurations(MediaApi.MEDIA1, "Profile_3"))
        .extracting(VideoEncoderConfiguration::token)
        .containsExactly("VideoEncoder_3");
  }

  @Test
  void anH264OnlyCameraRefusesH265() {
    VideoEncoderConfiguration c = state.model().videoEncoderConfiguration("VideoEncoder_1");
    assertFault(
        () ->
            state.setVideoEncoderConfiguration(
                MediaApi.MEDIA2, c.toBuilder().encoding(VideoEncoding.H265).build()),
        "ConfigModify");
  }

  @Test
  void media2CreateProfileWithConfigurationsPicksCompatibleOnesWhenTokenIsLeftOut() {
    MediaProfile p =
        state.createProfile(
            MediaApi.MEDIA2,
            "testMedia2",
            null,
            List.of(
                new ConfigurationRef(ConfigurationType.VIDEO_SOURCE, "VideoSourceConfig_1"),
                new ConfigurationRef(ConfigurationType.VIDEO_ENCODER, null)));
    assertThat(p.videoSource()).isEqualTo("VideoSourceConfig_1");
    assertThat(p.videoEncoder()).isEqualTo("VideoEncoder_1");
    assertThat(p.fixed()).isFalse();
    assertThat(vecUse("VideoEncoder_1")).isEqualTo(2);
  }

  @Test
  void removeIgnoresAReferenceToAConfigurationTheProfileDoesNotHold() {
    state.removeConfigurations(
        MediaApi.MEDIA2,
        "Profile_1",
        List.of(new ConfigurationRef(ConfigurationType.VIDEO_ENCODER, "VideoEncoder_2")));
    assertThat(state.model().profile("Profile_1").videoEncoder()).isEqualTo("VideoEncoder_1");
  }

  @Test
  void addConfigurationCanRenameTheProfile() {
    state.addConfigurations(MediaApi.MEDIA2, "Profile_2", "Renamed", List.of());
    assertThat(state.model().profile("Profile_2").name()).isEqualTo("Renamed");
  }

  @Test
  void videoSourceConfigurationMustCoverTheSource() {
    VideoSourceConfiguration c = state.model().videoSourceConfiguration("VideoSourceConfig_1");
    assertFault(
        () ->
            state.setVideoSourceConfiguration(
                new VideoSourceConfiguration(
                    c.token(), c.name(), c.sourceToken(), new Bounds(1, 0, 10, 10))),
        "ConfigModify");
    assertFault(
        () ->
            state.setVideoSourceConfiguration(
                new VideoSourceConfiguration(c.token(), c.name(), "NoSuchSource", c.bounds())),
        "ConfigModify");
    state.setVideoSourceConfiguration(
        new VideoSourceConfiguration(c.token(), "Renamed", c.sourceToken(), c.bounds()));
    assertThat(state.model().videoSourceConfiguration(c.token()).name()).isEqualTo("Renamed");
  }

  @Test
  void metadataConfigurationRejectsWhatTheCameraCannotProduce() {
    MetadataConfiguration c = state.model().metadataConfiguration("MetadataConfig_1");
    assertFault(
        () ->
            state.setMetadataConfiguration(
                new MetadataConfiguration(
                    c.token(),
                    c.name(),
                    true,
                    false,
                    true,
                    false,
                    c.multicast(),
                    c.sessionTimeout())),
        "ConfigModify");
    state.setMetadataConfiguration(
        new MetadataConfiguration(
            c.token(), "md", false, false, false, false, c.multicast(), c.sessionTimeout()));
    assertThat(state.model().metadataConfiguration(c.token()).events()).isFalse();
  }

  @Test
  void media2OnlyPersonaOffersOnlyMedia2AndNoJpeg() {
    MediaPersona p = MediaPersona.from(TestCameras.media2Only("m2"));
    assertThat(p.media1()).isFalse();
    assertThat(p.media2()).isTrue();
    assertThat(p.sources().get(0).encodings())
        .extracting(EncodingOptions::encoding)
        .containsExactly(VideoEncoding.H265, VideoEncoding.H264);
    assertThat(p.sources().get(0).source().resolution()).isEqualTo(new Resolution(2560, 1440));
    assertThat(p.profiles().get(0).fixed()).isTrue();
    assertThat(p.profiles().get(1).fixed()).isFalse();
  }

  @Test
  void media1PersonaAlwaysOffersJpeg() {
    MediaPersona p = MediaPersona.from(TestCameras.hevc("x"));
    assertThat(p.sources().get(0).encodings())
        .extracting(EncodingOptions::encoding)
        .containsExactly(VideoEncoding.H265, VideoEncoding.H264, VideoEncoding.JPEG);
  }

  @Test
  void everyDefaultFleetPersonaHasAValidMediaSetup() {
    for (dev.jonvif.device.Persona persona : dev.jonvif.device.fleet.Personas.defaults(4)) {
      MediaModel m = MediaModel.initial(MediaPersona.from(persona));
      assertThat(m.profiles()).hasSize(persona.streams().size());
      for (VideoEncoderConfiguration c : m.videoEncoderConfigurations()) {
        ConfigurationValidator.check(c, m.persona(), MediaApi.MEDIA2);
      }
      for (VideoSourceConfiguration c : m.videoSourceConfigurations()) {
        ConfigurationValidator.check(c, m.persona());
      }
      boolean media1 = persona.offers(dev.jonvif.device.OnvifService.MEDIA);
      assertThat(m.persona().media1()).isEqualTo(media1);
      if (media1) {
        assertThat(m.persona().sources().get(0).options(VideoEncoding.JPEG)).isNotNull();
      }
    }
  }
}
