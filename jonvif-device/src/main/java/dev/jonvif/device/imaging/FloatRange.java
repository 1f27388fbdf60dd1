package dev.jonvif.device.imaging;

/** An inclusive range of floats (tt:FloatRange). */
public record FloatRange(float min, float max) {

  public FloatRange {
    if (!(min <= max)) {
      throw new IllegalArgumentException("range " + min + ".." + max);
    }
  }

  public boolean contains(float v) {
    return v >= min && v <= max;
  }
}
