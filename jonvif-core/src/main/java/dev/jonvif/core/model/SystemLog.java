package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * A system or access log (GetSystemLog).
 *
 * @param text the log as text ("" when the device sent only a binary attachment)
 * @param hasAttachment whether the device sent the log as an MTOM attachment instead, which this
 *     reader does not resolve
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, SystemLog</a>
 */
public record SystemLog(String text, boolean hasAttachment) {

  public SystemLog {
    text = text == null ? "" : text;
  }

  /** Which log to fetch ({@code tt:SystemLogType}). */
  public enum Type {
    SYSTEM("System"),
    ACCESS("Access");

    private final String wireValue;

    Type(String wireValue) {
      this.wireValue = wireValue;
    }

    public String wireValue() {
      return wireValue;
    }
  }

  /** Reads a GetSystemLogResponse. */
  public static SystemLog fromResponse(XmlElement response) {
    XmlElement log = Values.child(response, Namespaces.TDS, "SystemLog");
    XmlElement string = Values.child(log, Namespaces.TT, "String");
    return new SystemLog(
        string == null ? "" : string.text(), Values.child(log, Namespaces.TT, "Binary") != null);
  }
}
