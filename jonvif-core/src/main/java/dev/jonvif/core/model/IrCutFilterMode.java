package dev.jonvif.core.model;

import java.util.Locale;

/**
 * The IR cut filter setting ({@code tt:IrCutFilterMode}): ON is day mode (colour), OFF night mode
 * (greyscale, IR light passes), AUTO lets the camera switch.
 */
public enum IrCutFilterMode {
  ON,
  OFF,
  AUTO;

  /** Reads the wire value, any case; {@code null} for absent or unknown text. */
  public static IrCutFilterMode fromWire(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "ON" -> ON;
      case "OFF" -> OFF;
      case "AUTO" -> AUTO;
      default -> null;
    };
  }
}
