package dev.jonvif.core.model;

/** The state SetRelayOutputState switches a relay to ({@code tt:RelayLogicalState}). */
public enum RelayLogicalState {
  ACTIVE("active"),
  INACTIVE("inactive");

  private final String wire;

  RelayLogicalState(String wire) {
    this.wire = wire;
  }

  public String wireValue() {
    return wire;
  }

  /** Reads the wire value, any case; {@code null} for absent or unknown text. */
  public static RelayLogicalState fromWire(String text) {
    for (RelayLogicalState s : values()) {
      if (s.wire.equalsIgnoreCase(text == null ? "" : text.strip())) {
        return s;
      }
    }
    return null;
  }
}
