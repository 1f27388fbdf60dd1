package dev.jonvif.device.media;

import dev.jonvif.device.VideoEncoding;
import java.time.Duration;
import java.util.Objects;

/**
 * How a video stream is encoded. One record serves both services: Media shows it as
 * tt:VideoEncoderConfiguration (when its encoding exists in ver10), Media2 as
 * tt:VideoEncoder2Configuration, so a change through one is seen through the other.
 *
 * @param sourceToken the video source whose options govern this configuration
 * @param quality the quality, inside the options' range
 * @param frameRateLimit frames per second
 * @param encodingInterval the Media (ver10) EncodingInterval (every n-th frame)
 * @param bitrateLimit kbit/s
 * @param govLength GOP length (kept, but not written, while the encoding is JPEG)
 * @param profile codec profile such as {@code Main} (kept, but not written, for JPEG)
 * @param constantBitRate whether the bitrate is constant (Media2 RateControl/@ConstantBitRate)
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, VideoEncoderConfiguration
 *     and VideoEncoder2Configuration</a>
 */
public record VideoEncoderConfiguration(
    String token,
    String name,
    String sourceToken,
    VideoEncoding encoding,
    Resolution resolution,
    float quality,
    int frameRateLimit,
    int encodingInterval,
    int bitrateLimit,
    int govLength,
    String profile,
    boolean constantBitRate,
    Multicast multicast,
    Duration sessionTimeout) {

  /** Default RTSP session timeout reported in configurations. */
  public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofSeconds(60);

  public VideoEncoderConfiguration {
    Tokens.requireToken(token);
    Tokens.requireName(name);
    Tokens.requireToken(sourceToken);
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(multicast, "multicast");
    Objects.requireNonNull(sessionTimeout, "sessionTimeout");
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a changed copy of a configuration. */
  public static final class Builder {
    private final String token;
    private final String sourceToken;
    private String name;
    private VideoEncoding encoding;
    private Resolution resolution;
    private float quality;
    private int frameRateLimit;
    private int encodingInterval;
    private int bitrateLimit;
    private int govLength;
    private String profile;
    private boolean constantBitRate;
    private Multicast multicast;
    private Duration sessionTimeout;

    private Builder(VideoEncoderConfiguration c) {
      token = c.token;
      sourceToken = c.sourceToken;
      name = c.name;
      encoding = c.encoding;
      resolution = c.resolution;
      quality = c.quality;
      frameRateLimit = c.frameRateLimit;
      encodingInterval = c.encodingInterval;
      bitrateLimit = c.bitrateLimit;
      govLength = c.govLength;
      profile = c.profile;
      constantBitRate = c.constantBitRate;
      multicast = c.multicast;
      sessionTimeout = c.sessionTimeout;
    }

    public Builder name(String v) {
      name = v;
      return this;
    }

    public Builder encoding(VideoEncoding v) {
      encoding = v;
      return this;
    }

    public Builder resolution(Resolution v) {
      resolution = v;
      return this;
    }

    public Builder quality(float v) {
      quality = v;
      return this;
    }

    public Builder frameRateLimit(int v) {
      frameRateLimit = v;
      return this;
    }

    public Builder encodingInterval(int v) {
      encodingInterval = v;
      return this;
    }

    public Builder bitrateLimit(int v) {
      bitrateLimit = v;
      return this;
    }

    public Builder govLength(int v) {
      govLength = v;
      return this;
    }

    public Builder profile(String v) {
      profile = v;
      return this;
    }

    public Builder constantBitRate(boolean v) {
      constantBitRate = v;
      return this;
    }

    public Builder multicast(Multicast v) {
      multicast = v;
      return this;
    }

    public Builder sessionTimeout(Duration v) {
      sessionTimeout = v;
      return this;
    }

    public VideoEncoderConfiguration build() {
      return new VideoEncoderConfiguration(
          token,
          name,
          sourceToken,
          encoding,
          resolution,
          quality,
          frameRateLimit,
          encodingInterval,
          bitrateLimit,
          govLength,
          profile,
          constantBitRate,
          multicast,
          sessionTimeout);
    }
  }
}
