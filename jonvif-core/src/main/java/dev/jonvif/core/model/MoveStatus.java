package dev.jonvif.core.model;

import java.util.Locale;

/**
 * Whether a PTZ axis or a focus motor moves ({@code tt:MoveStatus}).
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, MoveStatus</a>
 */
public enum MoveStatus {
  IDLE,
  MOVING,
  UNKNOWN;

  /** Reads the wire value leniently; absent or unknown text is {@link #UNKNOWN}. */
  public static MoveStatus fromWire(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "IDLE" -> IDLE;
      case "MOVING" -> MOVING;
      default -> UNKNOWN;
    };
  }
}
