package dev.jonvif.core.model;

/**
 * How far SetSystemFactoryDefault resets ({@code tt:FactoryDefaultType}).
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, FactoryDefaultType</a>
 */
public enum FactoryDefaultType {
  /** Everything, including network settings. */
  HARD("Hard"),
  /** Everything except settings that keep the device reachable (network). */
  SOFT("Soft");

  private final String wireValue;

  FactoryDefaultType(String wireValue) {
    this.wireValue = wireValue;
  }

  public String wireValue() {
    return wireValue;
  }
}
