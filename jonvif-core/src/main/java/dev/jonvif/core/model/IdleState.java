package dev.jonvif.core.model;

/**
 * The electrical idle state of a relay output or a digital input ({@code tt:RelayIdleState}, {@code
 * tt:DigitalIdleState}).
 */
public enum IdleState {
  CLOSED("closed"),
  OPEN("open");

  private final String wire;

  IdleState(String wire) {
    this.wire = wire;
  }

  public String wireValue() {
    return wire;
  }

  /** Reads the wire value, any case; {@code null} for absent or unknown text. */
  public static IdleState fromWire(String text) {
    for (IdleState s : values()) {
      if (s.wire.equalsIgnoreCase(text == null ? "" : text.strip())) {
        return s;
      }
    }
    return null;
  }
}
