package dev.jonvif.device.media;

import java.util.Objects;

/**
 * A physical video input (tt:VideoSource): its token, native resolution and frame rate.
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, VideoSource</a>
 */
public record VideoSource(String token, Resolution resolution, int framerate) {

  public VideoSource {
    Tokens.requireToken(token);
    Objects.requireNonNull(resolution, "resolution");
    if (framerate <= 0) {
      throw new IllegalArgumentException("framerate must be positive: " + framerate);
    }
  }
}
