package dev.jonvif.core.types;

/**
 * How a device's clock is set: {@code tt:SetDateTimeType}.
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, simpleType
 *     SetDateTimeType</a>
 */
public enum SetDateTimeType {
  /** Set by hand (or by a client through SetSystemDateAndTime). */
  MANUAL("Manual"),
  /** Set through NTP. */
  NTP("NTP");

  private final String wireValue;

  SetDateTimeType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire: {@code Manual} or {@code NTP}. */
  public String wireValue() {
    return wireValue;
  }

  /**
   * The type for a wire value, ignoring case and surrounding white space, or {@code null} when it
   * is neither.
   */
  public static SetDateTimeType fromWire(String text) {
    if (text != null) {
      String t = text.strip();
      for (SetDateTimeType v : values()) {
        if (v.wireValue.equalsIgnoreCase(t)) {
          return v;
        }
      }
    }
    return null;
  }
}
