package dev.jonvif.device.media;

import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One immutable snapshot of a camera's media configuration: profiles and the configurations they
 * reference, plus the persona that says what is allowed. Changes produce a new snapshot; use counts
 * are derived from the profiles, so they can never drift.
 */
public final class MediaModel {

  private final MediaPersona persona;
  private final MediaConfig config;
  private final Map<String, Integer> useCounts = new HashMap<>();
  private final Map<String, XmlElement> responses = new ConcurrentHashMap<>();

  public MediaModel(MediaPersona persona, MediaConfig config) {
    this.persona = Objects.requireNonNull(persona, "persona");
    this.config = Objects.requireNonNull(config, "config");
    for (MediaProfile p : config.profiles()) {
      for (ConfigurationType t : ConfigurationType.values()) {
        String token = p.configuration(t);
        if (token != null) {
          useCounts.merge(key(t, token), 1, Integer::sum);
        }
      }
    }
  }

  /** The snapshot a persona starts with (and returns to on factory default). */
  public static MediaModel initial(MediaPersona persona) {
    return new MediaModel(persona, MediaConfig.initial(persona));
  }

  /**
   * A response built from this snapshot alone (no request-specific part), built once: the snapshot
   * is immutable, so e.g. GetProfiles answers the same until something changes.
   */
  XmlElement response(String key, Supplier<XmlElement> build) {
    XmlElement r = responses.get(key);
    if (r == null) {
      r = build.get();
      if (responses.size() < 32) {
        responses.put(key, r);
      }
    }
    return r;
  }

  /** The stored part: profiles and configurations. */
  public MediaConfig config() {
    return config;
  }

  public MediaPersona persona() {
    return persona;
  }

  public List<MediaProfile> profiles() {
    return config.profiles();
  }

  public List<VideoSourceConfiguration> videoSourceConfigurations() {
    return config.videoSourceConfigurations();
  }

  public List<VideoEncoderConfiguration> videoEncoderConfigurations() {
    return config.videoEncoderConfigurations();
  }

  public List<MetadataConfiguration> metadataConfigurations() {
    return config.metadataConfigurations();
  }

  /** The profile with this token, or {@code null}. */
  public MediaProfile profile(String token) {
    for (MediaProfile p : profiles()) {
      if (p.token().equals(token)) {
        return p;
      }
    }
    return null;
  }

  /** The video source configuration with this token, or {@code null}. */
  public VideoSourceConfiguration videoSourceConfiguration(String token) {
    for (VideoSourceConfiguration c : videoSourceConfigurations()) {
      if (c.token().equals(token)) {
        return c;
      }
    }
    return null;
  }

  /** The video encoder configuration with this token, or {@code null}. */
  public VideoEncoderConfiguration videoEncoderConfiguration(String token) {
    for (VideoEncoderConfiguration c : videoEncoderConfigurations()) {
      if (c.token().equals(token)) {
        return c;
      }
    }
    return null;
  }

  /** The metadata configuration with this token, or {@code null}. */
  public MetadataConfiguration metadataConfiguration(String token) {
    for (MetadataConfiguration c : metadataConfigurations()) {
      if (c.token().equals(token)) {
        return c;
      }
    }
    return null;
  }

  /** Whether a configuration of this type and token exists. */
  public boolean hasConfiguration(ConfigurationType type, String token) {
    return switch (type) {
      case VIDEO_SOURCE -> videoSourceConfiguration(token) != null;
      case VIDEO_ENCODER -> videoEncoderConfiguration(token) != null;
      case METADATA -> metadataConfiguration(token) != null;
      case PTZ -> persona.ptzConfigurations().contains(token);
    };
  }

  /** How many profiles reference the configuration (tt:ConfigurationEntity/UseCount). */
  public int useCount(ConfigurationType type, String token) {
    return useCounts.getOrDefault(key(type, token), 0);
  }

  private static String key(ConfigurationType type, String token) {
    return type.ordinal() + ":" + token;
  }

  /** The video source that governs a profile's pictures, or {@code null} when it has none. */
  public VideoSource videoSourceOf(MediaProfile p) {
    String sourceToken = null;
    if (p.videoSource() != null) {
      sourceToken = videoSourceConfiguration(p.videoSource()).sourceToken();
    } else if (p.videoEncoder() != null) {
      sourceToken = videoEncoderConfiguration(p.videoEncoder()).sourceToken();
    }
    VideoSourceOptions s = sourceToken == null ? null : persona.source(sourceToken);
    return s == null ? null : s.source();
  }

  /** Every video source. */
  public List<VideoSource> videoSources() {
    List<VideoSource> out = new ArrayList<>(persona.sources().size());
    persona.sources().forEach(s -> out.add(s.source()));
    return out;
  }

  /** Whether {@code api} shows this profile (Media (ver10) cannot show an H.265 profile). */
  public boolean visible(MediaApi api, MediaProfile p) {
    if (api == MediaApi.MEDIA2 || p.videoEncoder() == null) {
      return true;
    }
    return Encodings.inMedia1(videoEncoderConfiguration(p.videoEncoder()).encoding());
  }

  /** The profiles {@code api} shows, in order. */
  public List<MediaProfile> profiles(MediaApi api) {
    if (api == MediaApi.MEDIA2) {
      return profiles();
    }
    List<MediaProfile> out = new ArrayList<>(profiles().size());
    for (MediaProfile p : profiles()) {
      if (visible(api, p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The video encoder configurations {@code api} shows, in order. */
  public List<VideoEncoderConfiguration> videoEncoderConfigurations(MediaApi api) {
    if (api == MediaApi.MEDIA2) {
      return videoEncoderConfigurations();
    }
    List<VideoEncoderConfiguration> out = new ArrayList<>(videoEncoderConfigurations().size());
    for (VideoEncoderConfiguration c : videoEncoderConfigurations()) {
      if (Encodings.inMedia1(c.encoding())) {
        out.add(c);
      }
    }
    return out;
  }

  MediaModel withProfiles(List<MediaProfile> newProfiles) {
    return new MediaModel(
        persona,
        new MediaConfig(
            newProfiles,
            config.videoSourceConfigurations(),
            config.videoEncoderConfigurations(),
            config.metadataConfigurations()));
  }

  MediaModel withProfile(String token, UnaryOperator<MediaProfile> change) {
    List<MediaProfile> out = new ArrayList<>(profiles().size());
    for (MediaProfile p : profiles()) {
      out.add(p.token().equals(token) ? change.apply(p) : p);
    }
    return withProfiles(out);
  }

  MediaModel with(VideoSourceConfiguration c) {
    return new MediaModel(
        persona,
        new MediaConfig(
            config.profiles(),
            replace(
                config.videoSourceConfigurations(), c, c.token(), VideoSourceConfiguration::token),
            config.videoEncoderConfigurations(),
            config.metadataConfigurations()));
  }

  MediaModel with(VideoEncoderConfiguration c) {
    return new MediaModel(
        persona,
        new MediaConfig(
            config.profiles(),
            config.videoSourceConfigurations(),
            replace(
                config.videoEncoderConfigurations(),
                c,
                c.token(),
                VideoEncoderConfiguration::token),
            config.metadataConfigurations()));
  }

  MediaModel with(MetadataConfiguration c) {
    return new MediaModel(
        persona,
        new MediaConfig(
            config.profiles(),
            config.videoSourceConfigurations(),
            config.videoEncoderConfigurations(),
            replace(config.metadataConfigurations(), c, c.token(), MetadataConfiguration::token)));
  }

  private static <T> List<T> replace(
      List<T> list, T value, String token, java.util.function.Function<T, String> tokenOf) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(tokenOf.apply(t).equals(token) ? value : t);
    }
    return out;
  }
}
