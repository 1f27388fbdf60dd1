package dev.jonvif.device.media;

/**
 * The configuration types a virtual camera's profiles can hold, with their Media2 names
 * (tr2:ConfigurationEnumeration). Audio and analytics are not modelled yet; the PTZ configurations
 * themselves belong to the PTZ service ({@link dev.jonvif.device.ptz.PtzState}).
 */
public enum ConfigurationType {
  VIDEO_SOURCE("VideoSource"),
  VIDEO_ENCODER("VideoEncoder"),
  METADATA("Metadata"),
  PTZ("PTZ");

  private final String media2Name;

  ConfigurationType(String media2Name) {
    this.media2Name = media2Name;
  }

  /** The tr2:ConfigurationEnumeration value. */
  public String media2Name() {
    return media2Name;
  }

  /** The type for a tr2:ConfigurationEnumeration value, or {@code null} when not supported. */
  public static ConfigurationType fromMedia2Name(String name) {
    for (ConfigurationType t : values()) {
      if (t.media2Name.equals(name)) {
        return t;
      }
    }
    return null;
  }
}
