package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import java.time.Instant;

/**
 * The answer to GetStatus ({@code tt:PTZStatus}).
 *
 * @param position where the device is, {@link PtzVector#NONE} when it does not say
 * @param panTilt whether pan/tilt moves
 * @param zoom whether zoom moves
 * @param error the device's error text, or {@code null}
 * @param utcTime the device's time of the status, or {@code null} when absent or unreadable
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZStatus</a>
 */
public record PtzStatus(
    PtzVector position, MoveStatus panTilt, MoveStatus zoom, String error, Instant utcTime) {

  public PtzStatus {
    position = position == null ? PtzVector.NONE : position;
    panTilt = panTilt == null ? MoveStatus.UNKNOWN : panTilt;
    zoom = zoom == null ? MoveStatus.UNKNOWN : zoom;
  }

  /** Whether neither axis reports MOVING. */
  public boolean isIdle() {
    return panTilt != MoveStatus.MOVING && zoom != MoveStatus.MOVING;
  }

  /** Reads a {@code tt:PTZStatus} element. */
  public static PtzStatus fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    XmlElement move = Values.child(e, tt, "MoveStatus");
    MoveStatus panTilt = MoveStatus.UNKNOWN;
    MoveStatus zoom = MoveStatus.UNKNOWN;
    if (move != null) {
      XmlElement pt = Values.child(move, tt, "PanTilt");
      XmlElement z = Values.child(move, tt, "Zoom");
      if (pt == null && z == null) {
        // PTZ 1.0 devices wrote one status as text: <tt:MoveStatus>IDLE</tt:MoveStatus>.
        panTilt = MoveStatus.fromWire(move.textTrim());
        zoom = panTilt;
      } else {
        panTilt = MoveStatus.fromWire(pt == null ? null : pt.textTrim());
        zoom = MoveStatus.fromWire(z == null ? null : z.textTrim());
      }
    }
    return new PtzStatus(
        PtzVector.fromElement(Values.child(e, tt, "Position")),
        panTilt,
        zoom,
        Values.text(e, tt, "Error"),
        instant(Values.text(e, tt, "UtcTime")));
  }

  private static Instant instant(String text) {
    return text == null ? null : XsDateTime.parseLenient(text).instant().orElse(null);
  }
}
