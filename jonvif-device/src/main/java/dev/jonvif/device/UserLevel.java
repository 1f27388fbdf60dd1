package dev.jonvif.device;

/**
 * The ONVIF user levels (tt:UserLevel), most privileged first.
 *
 * @see <a href="https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf">ONVIF Core
 *     §5.9.4</a>
 */
public enum UserLevel {
  ADMINISTRATOR("Administrator"),
  OPERATOR("Operator"),
  USER("User"),
  ANONYMOUS("Anonymous");

  private final String wireName;

  UserLevel(String wireName) {
    this.wireName = wireName;
  }

  /** The tt:UserLevel value, e.g. {@code Administrator}. */
  public String wireName() {
    return wireName;
  }

  /** The level for a tt:UserLevel value, or {@code null} when it is not one of the four. */
  public static UserLevel fromWire(String value) {
    for (UserLevel l : values()) {
      if (l.wireName.equals(value)) {
        return l;
      }
    }
    return null;
  }
}
