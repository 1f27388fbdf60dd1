package dev.jonvif.device.media;

import dev.jonvif.device.Persona;
import java.util.ArrayList;
import java.util.List;

/**
 * What a camera's media services store: the profiles and the configurations they reference. It is
 * the camera's {@code media} state slot (see {@link MediaState#SLOT}), an immutable record tree
 * that is written to and read from the camera's state file. What is allowed comes from the persona
 * ({@link MediaPersona}), which is not stored.
 */
public record MediaConfig(
    List<MediaProfile> profiles,
    List<VideoSourceConfiguration> videoSourceConfigurations,
    List<VideoEncoderConfiguration> videoEncoderConfigurations,
    List<MetadataConfiguration> metadataConfigurations) {

  public MediaConfig {
    profiles = List.copyOf(profiles);
    videoSourceConfigurations = List.copyOf(videoSourceConfigurations);
    videoEncoderConfigurations = List.copyOf(videoEncoderConfigurations);
    metadataConfigurations = List.copyOf(metadataConfigurations);
  }

  /** The factory state of a camera with this persona. */
  public static MediaConfig initial(Persona persona) {
    return initial(MediaPersona.from(persona));
  }

  /** The factory state for a media persona. */
  public static MediaConfig initial(MediaPersona persona) {
    List<VideoSourceConfiguration> vscs = new ArrayList<>();
    for (int i = 0; i < persona.sources().size(); i++) {
      VideoSource vs = persona.sources().get(i).source();
      String token = "VideoSourceConfig_" + (i + 1);
      vscs.add(
          new VideoSourceConfiguration(token, token, vs.token(), Bounds.full(vs.resolution())));
    }
    List<VideoEncoderConfiguration> vecs = new ArrayList<>();
    List<MediaProfile> profiles = new ArrayList<>();
    for (int i = 0; i < persona.profiles().size(); i++) {
      ProfileSpec spec = persona.profiles().get(i);
      VideoSourceOptions src = persona.sources().get(spec.sourceIndex());
      EncodingOptions o = src.options(spec.encoding());
      String vecToken = "VideoEncoder_" + (i + 1);
      vecs.add(
          new VideoEncoderConfiguration(
              vecToken,
              vecToken,
              src.source().token(),
              spec.encoding(),
              spec.resolution(),
              (o.quality().min() + o.quality().max()) / 2f,
              spec.frameRate(),
              1,
              spec.bitrate(),
              2 * spec.frameRate(),
              o.profiles().isEmpty() ? "" : o.profiles().get(o.profiles().size() - 1),
              false,
              Multicast.defaultFor(i + 1),
              VideoEncoderConfiguration.DEFAULT_SESSION_TIMEOUT));
      profiles.add(
          new MediaProfile(
              "Profile_" + (i + 1),
              spec.name(),
              spec.fixed(),
              vscs.get(spec.sourceIndex()).token(),
              vecToken,
              null,
              persona.ptzConfigurations().isEmpty() ? null : persona.ptzConfigurations().get(0)));
    }
    MetadataConfiguration md =
        new MetadataConfiguration(
            "MetadataConfig_1",
            "MetadataConfig_1",
            false,
            false,
            true,
            false,
            Multicast.defaultFor(0),
            VideoEncoderConfiguration.DEFAULT_SESSION_TIMEOUT);
    return new MediaConfig(profiles, vscs, vecs, List.of(md));
  }
}
