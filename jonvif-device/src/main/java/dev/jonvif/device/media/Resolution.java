package dev.jonvif.device.media;

/**
 * A picture size in pixels (tt:VideoResolution, tt:VideoResolution2).
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, VideoResolution</a>
 */
public record Resolution(int width, int height) {

  public Resolution {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("resolution must be positive: " + width + "x" + height);
    }
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
