package dev.jonvif.device.media;

/**
 * A media profile: a named set of references to configurations. Media shows it as tt:Profile,
 * Media2 as tr2:MediaProfile; both read the same profile.
 *
 * @param fixed whether the profile cannot be deleted
 * @param videoSource the video source configuration token, or {@code null}
 * @param videoEncoder the video encoder configuration token, or {@code null}
 * @param metadata the metadata configuration token, or {@code null}
 * @param ptz the PTZ configuration token, or {@code null}
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, Profile</a>
 */
public record MediaProfile(
    String token,
    String name,
    boolean fixed,
    String videoSource,
    String videoEncoder,
    String metadata,
    String ptz) {

  public MediaProfile {
    Tokens.requireToken(token);
    Tokens.requireName(name);
  }

  /** A profile without a PTZ configuration. */
  public MediaProfile(
      String token,
      String name,
      boolean fixed,
      String videoSource,
      String videoEncoder,
      String metadata) {
    this(token, name, fixed, videoSource, videoEncoder, metadata, null);
  }

  /** An empty profile. */
  public static MediaProfile empty(String token, String name) {
    return new MediaProfile(token, name, false, null, null, null);
  }

  /** The configuration token of {@code type}, or {@code null}. */
  public String configuration(ConfigurationType type) {
    return switch (type) {
      case VIDEO_SOURCE -> videoSource;
      case VIDEO_ENCODER -> videoEncoder;
      case METADATA -> metadata;
      case PTZ -> ptz;
    };
  }

  /** This profile with the configuration of {@code type} set ({@code null} removes it). */
  public MediaProfile with(ConfigurationType type, String token) {
    return switch (type) {
      case VIDEO_SOURCE ->
          new MediaProfile(this.token, name, fixed, token, videoEncoder, metadata, ptz);
      case VIDEO_ENCODER ->
          new MediaProfile(this.token, name, fixed, videoSource, token, metadata, ptz);
      case METADATA ->
          new MediaProfile(this.token, name, fixed, videoSource, videoEncoder, token, ptz);
      case PTZ ->
          new MediaProfile(this.token, name, fixed, videoSource, videoEncoder, metadata, token);
    };
  }

  public MediaProfile withName(String newName) {
    return new MediaProfile(token, newName, fixed, videoSource, videoEncoder, metadata, ptz);
  }

  /** Whether the profile has no configuration at all. */
  public boolean hasNoConfiguration() {
    return videoSource == null && videoEncoder == null && metadata == null && ptz == null;
  }
}
