package dev.jonvif.device.media;

import dev.jonvif.device.VideoEncoding;
import java.util.Objects;

/**
 * A profile a persona ships with: a name, the video source it uses (index into the persona's
 * sources) and its encoder's initial settings.
 *
 * @param bitrate the initial bitrate limit in kbit/s
 * @param fixed whether the profile cannot be deleted
 */
public record ProfileSpec(
    String name,
    int sourceIndex,
    VideoEncoding encoding,
    Resolution resolution,
    int frameRate,
    int bitrate,
    boolean fixed) {

  public ProfileSpec {
    Tokens.requireName(name);
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(resolution, "resolution");
    if (sourceIndex < 0) {
      throw new IllegalArgumentException("sourceIndex < 0");
    }
  }
}
