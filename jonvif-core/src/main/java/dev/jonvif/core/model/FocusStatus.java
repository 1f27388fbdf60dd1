package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * The focus motor's state ({@code tt:FocusStatus20}).
 *
 * @param position the focus position, or {@code null} when not reported
 * @param moveStatus whether it moves
 * @param error the device's error text, or {@code null}
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, ImagingStatus20</a>
 */
public record FocusStatus(Double position, MoveStatus moveStatus, String error) {

  public FocusStatus {
    moveStatus = moveStatus == null ? MoveStatus.UNKNOWN : moveStatus;
  }

  /** Reads a {@code tt:ImagingStatus20} element (or its {@code FocusStatus20} child itself). */
  public static FocusStatus fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    XmlElement f = Values.child(e, tt, "FocusStatus20");
    XmlElement s = f == null ? e : f;
    return new FocusStatus(
        Values.doubleChild(s, tt, "Position"),
        MoveStatus.fromWire(Values.text(s, tt, "MoveStatus")),
        Values.text(s, tt, "Error"));
  }
}
