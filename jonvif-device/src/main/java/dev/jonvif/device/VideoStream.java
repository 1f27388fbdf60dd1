package dev.jonvif.device;

import java.util.Objects;

/**
 * One stream a camera persona offers; the media services turn each into a media profile with its
 * video encoder configuration.
 *
 * @param name a short name, used in profile names and tokens (e.g. {@code main}, {@code sub})
 * @param width picture width in pixels
 * @param height picture height in pixels
 * @param encoding the encoding
 * @param frameRate frames per second
 * @param bitrateKbps target bit rate in kbit/s
 */
public record VideoStream(
    String name, int width, int height, VideoEncoding encoding, int frameRate, int bitrateKbps) {

  public VideoStream {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(encoding, "encoding");
    if (width <= 0 || height <= 0 || frameRate <= 0 || bitrateKbps <= 0) {
      throw new IllegalArgumentException("stream " + name + ": sizes and rates must be positive");
    }
  }
}
