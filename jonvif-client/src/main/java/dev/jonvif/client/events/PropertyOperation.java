package dev.jonvif.client.events;

/**
 * How a property event's state changed ({@code tt:Message/@PropertyOperation}).
 *
 * @see <a href="https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf">ONVIF Core, §9.2.2
 *     (Property example)</a>
 */
public enum PropertyOperation {
  /** The current state, sent to a new subscription and after SetSynchronizationPoint. */
  INITIALIZED,
  /** The state changed. */
  CHANGED,
  /** The property no longer exists. */
  DELETED;

  /** The attribute value ({@code Initialized}, ...), case ignored; {@code null} when unknown. */
  public static PropertyOperation fromWire(String value) {
    if (value == null) {
      return null;
    }
    for (PropertyOperation p : values()) {
      if (p.name().equalsIgnoreCase(value.strip())) {
        return p;
      }
    }
    return null;
  }

  /** The attribute value, e.g. {@code Changed}. */
  public String wireValue() {
    String n = name();
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
