package dev.jonvif.device.media;

/**
 * An inclusive range of integers (tt:IntRange).
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, IntRange</a>
 */
public record IntRange(int min, int max) {

  public IntRange {
    if (min > max) {
      throw new IllegalArgumentException("range min " + min + " > max " + max);
    }
  }

  /** A range holding one value. */
  public static IntRange of(int value) {
    return new IntRange(value, value);
  }

  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /** Whether {@code value} is a whole number inside the range. */
  public boolean containsWhole(double value) {
    return value == Math.rint(value) && value >= min && value <= max;
  }
}
