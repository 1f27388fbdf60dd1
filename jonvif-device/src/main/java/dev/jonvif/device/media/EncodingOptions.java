package dev.jonvif.device.media;

import dev.jonvif.device.VideoEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a video source offers for one encoding: the values a video encoder configuration of that
 * encoding may take. Both Media (tt:VideoEncoderConfigurationOptions) and Media2
 * (tt:VideoEncoder2ConfigurationOptions) are written from it, so the two services always agree.
 *
 * @param encoding the encoding
 * @param resolutions the resolutions offered, largest first
 * @param quality the quality range (Media writes it as tt:IntRange, Media2 as tt:FloatRange)
 * @param frameRate frame rates offered, whole numbers in this range
 * @param encodingInterval the Media (ver10) EncodingInterval range
 * @param bitrate the bitrate limit range in kbit/s
 * @param govLength the GOP length range; {@code null} for JPEG
 * @param profiles the codec profiles (Baseline, Main, High, Main10 ...); empty for JPEG
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd,
 *     VideoEncoderConfigurationOptions and VideoEncoder2ConfigurationOptions</a>
 */
public record EncodingOptions(
    VideoEncoding encoding,
    List<Resolution> resolutions,
    IntRange quality,
    IntRange frameRate,
    IntRange encodingInterval,
    IntRange bitrate,
    IntRange govLength,
    List<String> profiles) {

  public EncodingOptions {
    Objects.requireNonNull(encoding, "encoding");
    resolutions = List.copyOf(resolutions);
    profiles = List.copyOf(profiles);
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(frameRate, "frameRate");
    Objects.requireNonNull(encodingInterval, "encodingInterval");
    Objects.requireNonNull(bitrate, "bitrate");
    if (resolutions.isEmpty()) {
      throw new IllegalArgumentException(encoding + ": no resolutions");
    }
    if (Encodings.hasGov(encoding) != (govLength != null)) {
      throw new IllegalArgumentException(encoding + ": GOP length range must be set iff not JPEG");
    }
    if (Encodings.hasGov(encoding) == profiles.isEmpty()) {
      throw new IllegalArgumentException(encoding + ": profiles must be listed iff not JPEG");
    }
  }

  /** Default quality range: 1 (worst) to 100 (best). */
  public static final IntRange DEFAULT_QUALITY = new IntRange(1, 100);

  /** Default Media (ver10) EncodingInterval range. */
  public static final IntRange DEFAULT_ENCODING_INTERVAL = new IntRange(1, 10);

  /** Typical options for {@code encoding} at these resolutions, up to {@code maxFps}. */
  public static EncodingOptions typical(
      VideoEncoding encoding, List<Resolution> resolutions, int maxFps) {
    return switch (encoding) {
      case JPEG ->
          new EncodingOptions(
              encoding,
              rtpJpegSizes(resolutions),
              DEFAULT_QUALITY,
              new IntRange(1, maxFps),
              DEFAULT_ENCODING_INTERVAL,
              new IntRange(256, 20480),
              null,
              List.of());
      case H264 ->
          new EncodingOptions(
              encoding,
              resolutions,
              DEFAULT_QUALITY,
              new IntRange(1, maxFps),
              DEFAULT_ENCODING_INTERVAL,
              new IntRange(64, 16384),
              new IntRange(1, 250),
              List.of("Baseline", "Main", "High"));
      case H265 ->
          new EncodingOptions(
              encoding,
              resolutions,
              DEFAULT_QUALITY,
              new IntRange(1, maxFps),
              DEFAULT_ENCODING_INTERVAL,
              new IntRange(64, 16384),
              new IntRange(1, 250),
              List.of("Main"));
    };
  }

  /**
   * The sizes RTP/JPEG can carry: RFC 2435 sends width and height in units of 8 pixels, so a JPEG
   * stream of 320x180 would arrive as 320x176. Sizes that are not multiples of 8 are not offered
   * for JPEG (all of them are kept if none is).
   */
  private static List<Resolution> rtpJpegSizes(List<Resolution> resolutions) {
    List<Resolution> out = new ArrayList<>();
    for (Resolution r : resolutions) {
      if (r.width() % 8 == 0 && r.height() % 8 == 0) {
        out.add(r);
      }
    }
    return out.isEmpty() ? resolutions : out;
  }

  /** The frame rates offered, highest first (Media2 FrameRatesSupported is sorted this way). */
  public List<Integer> frameRatesDescending() {
    List<Integer> out = new ArrayList<>(frameRate.max() - frameRate.min() + 1);
    for (int f = frameRate.max(); f >= frameRate.min(); f--) {
      out.add(f);
    }
    return out;
  }

  /** Whether {@code r} is one of the offered resolutions. */
  public boolean offers(Resolution r) {
    return resolutions.contains(r);
  }
}
