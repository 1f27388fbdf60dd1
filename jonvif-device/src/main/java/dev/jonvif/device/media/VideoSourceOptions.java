package dev.jonvif.device.media;

import dev.jonvif.device.VideoEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A video source and everything its encoders can do: one {@link EncodingOptions} per encoding the
 * camera offers on it.
 */
public record VideoSourceOptions(VideoSource source, List<EncodingOptions> encodings) {

  public VideoSourceOptions {
    Objects.requireNonNull(source, "source");
    encodings = List.copyOf(encodings);
    if (encodings.isEmpty()) {
      throw new IllegalArgumentException(source.token() + ": no encodings");
    }
    for (int i = 0; i < encodings.size(); i++) {
      for (int j = i + 1; j < encodings.size(); j++) {
        if (encodings.get(i).encoding() == encodings.get(j).encoding()) {
          throw new IllegalArgumentException(source.token() + ": encoding listed twice");
        }
      }
    }
  }

  /**
   * A source offering {@code encodings} at its native resolution and the usual smaller 16:9 and 4:3
   * sizes below it.
   */
  public static VideoSourceOptions typical(VideoSource source, VideoEncoding... encodings) {
    List<Resolution> sizes = resolutionsUpTo(source.resolution());
    List<EncodingOptions> opts = new ArrayList<>();
    for (VideoEncoding e : encodings) {
      opts.add(EncodingOptions.typical(e, sizes, source.framerate()));
    }
    return new VideoSourceOptions(source, opts);
  }

  private static final List<Resolution> COMMON =
      List.of(
          new Resolution(3840, 2160),
          new Resolution(2688, 1520),
          new Resolution(2560, 1440),
          new Resolution(1920, 1080),
          new Resolution(1280, 960),
          new Resolution(1280, 720),
          new Resolution(1024, 768),
          new Resolution(800, 600),
          new Resolution(704, 576),
          new Resolution(640, 480),
          new Resolution(640, 360),
          new Resolution(352, 288),
          new Resolution(320, 240),
          new Resolution(320, 180));

  /** The native size first, then the common sizes that fit inside it, largest first. */
  static List<Resolution> resolutionsUpTo(Resolution max) {
    List<Resolution> out = new ArrayList<>();
    out.add(max);
    for (Resolution r : COMMON) {
      if (!r.equals(max) && r.width() <= max.width() && r.height() <= max.height()) {
        out.add(r);
      }
    }
    return out;
  }

  /** The options for {@code encoding}, or {@code null} when the source does not offer it. */
  public EncodingOptions options(VideoEncoding encoding) {
    for (EncodingOptions o : encodings) {
      if (o.encoding() == encoding) {
        return o;
      }
    }
    return null;
  }
}
