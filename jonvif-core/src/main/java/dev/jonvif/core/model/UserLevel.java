package dev.jonvif.core.model;

/**
 * A user's access class ({@code tt:UserLevel}).
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, UserLevel</a>
 */
public enum UserLevel {
  ADMINISTRATOR("Administrator"),
  OPERATOR("Operator"),
  USER("User"),
  ANONYMOUS("Anonymous"),
  EXTENDED("Extended");

  private final String wireValue;

  UserLevel(String wireValue) {
    this.wireValue = wireValue;
  }

  public String wireValue() {
    return wireValue;
  }

  /** The level for a wire value (case-insensitive); {@link #EXTENDED} for anything unknown. */
  public static UserLevel fromWire(String text) {
    if (text != null) {
      for (UserLevel l : values()) {
        if (l.wireValue.equalsIgnoreCase(text.strip())) {
          return l;
        }
      }
    }
    return EXTENDED;
  }
}
