package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * The focus moves a video source supports ({@code tt:MoveOptions20}); a range is {@code null} when
 * that kind of move is not supported.
 *
 * @param absolutePosition positions of an absolute move
 * @param absoluteSpeed speeds of an absolute move
 * @param relativeDistance distances of a relative move
 * @param relativeSpeed speeds of a relative move
 * @param continuousSpeed speeds of a continuous move
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, MoveOptions20</a>
 */
public record FocusMoveOptions(
    Range absolutePosition,
    Range absoluteSpeed,
    Range relativeDistance,
    Range relativeSpeed,
    Range continuousSpeed) {

  /** Reads a {@code tt:MoveOptions20} element. */
  public static FocusMoveOptions fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    XmlElement a = Values.child(e, tt, "Absolute");
    XmlElement r = Values.child(e, tt, "Relative");
    XmlElement c = Values.child(e, tt, "Continuous");
    return new FocusMoveOptions(
        Range.fromElement(Values.child(a, tt, "Position")),
        Range.fromElement(Values.child(a, tt, "Speed")),
        Range.fromElement(Values.child(r, tt, "Distance")),
        Range.fromElement(Values.child(r, tt, "Speed")),
        Range.fromElement(Values.child(c, tt, "Speed")));
  }
}
