package dev.jonvif.device.media;

/**
 * The part of a video source a video source configuration uses (tt:IntRectangle).
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, IntRectangle</a>
 */
public record Bounds(int x, int y, int width, int height) {

  /** The whole picture of a source of this resolution. */
  public static Bounds full(Resolution r) {
    return new Bounds(0, 0, r.width(), r.height());
  }
}
