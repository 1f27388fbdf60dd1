package dev.jonvif.rtsp;

import java.util.Objects;

/**
 * What one stream carries: encoding, picture size, rate, key-frame distance and where the pictures
 * come from. Two specs that differ only in {@link #source()} identity describe the same stream.
 *
 * @param encoding the video encoding
 * @param width the width in pixels (even, 16 to 8192; for JPEG a multiple of 8, as RTP/JPEG carries
 *     sizes in units of 8 pixels)
 * @param height the height in pixels (as the width)
 * @param frameRate frames per second (0 < rate ≤ 120)
 * @param gopLength frames from one key frame to the next (H.264/H.265; 1 for every frame)
 * @param quality JPEG quality 1 (smallest) to 100 (best)
 * @param source the frames
 * @param metadata the metadata track, or {@code null} for video only
 */
public record StreamSpec(
    VideoEncoding encoding,
    int width,
    int height,
    double frameRate,
    int gopLength,
    int quality,
    FrameSource source,
    MetadataTrack metadata) {

  /** Default frame rate. */
  public static final double DEFAULT_FRAME_RATE = 10;

  /** Default key-frame distance in frames. */
  public static final int DEFAULT_GOP_LENGTH = 30;

  /** Default JPEG quality. */
  public static final int DEFAULT_QUALITY = 70;

  public StreamSpec {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(source, "source");
    if (width < 16 || height < 16 || width > 8192 || height > 8192 || width % 2 + height % 2 > 0) {
      throw new IllegalArgumentException("size must be even, 16 to 8192: " + width + "x" + height);
    }
    if (encoding == VideoEncoding.JPEG && (width % 8 != 0 || height % 8 != 0)) {
      throw new IllegalArgumentException(
          "JPEG sizes must be multiples of 8 (RFC 2435): " + width + "x" + height);
    }
    if (!(frameRate > 0 && frameRate <= 120)) {
      throw new IllegalArgumentException("frame rate must be in (0, 120]: " + frameRate);
    }
    if (gopLength < 1) {
      throw new IllegalArgumentException("GOP length must be at least 1: " + gopLength);
    }
    if (quality < 1 || quality > 100) {
      throw new IllegalArgumentException("quality must be 1 to 100: " + quality);
    }
  }

  /** A builder with the default rate, GOP length and quality. */
  public static Builder builder(VideoEncoding encoding, int width, int height, FrameSource source) {
    return new Builder(encoding, width, height, source);
  }

  /** Whether {@code other} needs a new encoder (anything but the source differs). */
  boolean sameFormat(StreamSpec other) {
    return other != null
        && encoding == other.encoding
        && width == other.width
        && height == other.height
        && frameRate == other.frameRate
        && gopLength == other.gopLength
        && quality == other.quality;
  }

  /** Builds a {@link StreamSpec}. */
  public static final class Builder {
    private final VideoEncoding encoding;
    private final int width;
    private final int height;
    private final FrameSource source;
    private double frameRate = DEFAULT_FRAME_RATE;
    private int gopLength = DEFAULT_GOP_LENGTH;
    private int quality = DEFAULT_QUALITY;
    private MetadataTrack metadata;

    private Builder(VideoEncoding encoding, int width, int height, FrameSource source) {
      this.encoding = encoding;
      this.width = width;
      this.height = height;
      this.source = source;
    }

    /** Frames per second; default 10. */
    public Builder frameRate(double value) {
      this.frameRate = value;
      return this;
    }

    /** Frames between key frames; default 30. */
    public Builder gopLength(int value) {
      this.gopLength = value;
      return this;
    }

    /** JPEG quality 1 to 100; default 70. */
    public Builder quality(int value) {
      this.quality = value;
      return this;
    }

    /** A metadata track beside the video; default none. */
    public Builder metadata(MetadataTrack value) {
      this.metadata = value;
      return this;
    }

    public StreamSpec build() {
      return new StreamSpec(
          encoding, width, height, frameRate, gopLength, quality, source, metadata);
    }
  }
}
