package dev.jonvif.core.model;

/** How a relay output behaves ({@code tt:RelayMode}). */
public enum RelayMode {
  /** Returns to its idle state after the delay time. */
  MONOSTABLE("Monostable"),
  /** Stays where it is set. */
  BISTABLE("Bistable");

  private final String wire;

  RelayMode(String wire) {
    this.wire = wire;
  }

  public String wireValue() {
    return wire;
  }

  /** Reads the wire value, any case; {@code null} for absent or unknown text. */
  public static RelayMode fromWire(String text) {
    for (RelayMode m : values()) {
      if (m.wire.equalsIgnoreCase(text == null ? "" : text.strip())) {
        return m;
      }
    }
    return null;
  }
}
