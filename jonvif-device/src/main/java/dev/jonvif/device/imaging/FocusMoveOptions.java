package dev.jonvif.device.imaging;

/**
 * The focus moves a video source accepts (tt:MoveOptions20): absolute positions and speeds,
 * relative distances, continuous speeds.
 */
public record FocusMoveOptions(
    FloatRange position, FloatRange speed, FloatRange distance, FloatRange continuousSpeed) {

  /** A virtual camera's focus: position 0..1 (near to far), speeds 0..1, distances -1..1. */
  public static final FocusMoveOptions DEFAULT =
      new FocusMoveOptions(
          new FloatRange(0, 1), new FloatRange(0, 1), new FloatRange(-1, 1), new FloatRange(-1, 1));
}
