package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * A service version as GetServices reports it ({@code tt:OnvifVersion}).
 *
 * @param major the major version, e.g. 2 (0 when unknown)
 * @param minor the minor version, e.g. 60 for 2.6 or 1906 for 19.06 (0 when unknown)
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, OnvifVersion</a>
 */
public record OnvifVersion(int major, int minor) implements Comparable<OnvifVersion> {

  /** An unknown version (from GetCapabilities, which has none). */
  public static final OnvifVersion UNKNOWN = new OnvifVersion(0, 0);

  static OnvifVersion fromElement(XmlElement version) {
    if (version == null) {
      return UNKNOWN;
    }
    Integer major = Values.intChild(version, Namespaces.TT, "Major");
    Integer minor = Values.intChild(version, Namespaces.TT, "Minor");
    return new OnvifVersion(major == null ? 0 : major, minor == null ? 0 : minor);
  }

  public boolean isKnown() {
    return major != 0 || minor != 0;
  }

  @Override
  public int compareTo(OnvifVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return isKnown() ? major + "." + minor : "unknown";
  }
}
