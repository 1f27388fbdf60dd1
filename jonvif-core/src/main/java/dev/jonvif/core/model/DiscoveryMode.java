package dev.jonvif.core.model;

/**
 * Whether a device answers WS-Discovery probes ({@code tt:DiscoveryMode}).
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, DiscoveryMode</a>
 */
public enum DiscoveryMode {
  DISCOVERABLE("Discoverable"),
  NON_DISCOVERABLE("NonDiscoverable");

  private final String wireValue;

  DiscoveryMode(String wireValue) {
    this.wireValue = wireValue;
  }

  public String wireValue() {
    return wireValue;
  }

  /** The mode for a wire value (case-insensitive), or {@code null}. */
  public static DiscoveryMode fromWire(String text) {
    if (text == null) {
      return null;
    }
    for (DiscoveryMode m : values()) {
      if (m.wireValue.equalsIgnoreCase(text.strip())) {
        return m;
      }
    }
    return null;
  }
}
