package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * One coordinate space a PTZ node supports ({@code tt:Space2DDescription} or {@code
 * tt:Space1DDescription}): its URI and the range of each axis.
 *
 * @param uri the space URI
 * @param x the range of x (pan, zoom or speed)
 * @param y the range of y (tilt), or {@code null} for a one-dimensional space
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZSpaces</a>
 */
public record PtzSpace(String uri, Range x, Range y) {

  /** The generic pan/tilt position space (-1..1). */
  public static final String GENERIC_PAN_TILT_POSITION =
      "http://www.onvif.org/ver10/tptz/PanTiltSpaces/PositionGenericSpace";

  /** The generic zoom position space (0..1). */
  public static final String GENERIC_ZOOM_POSITION =
      "http://www.onvif.org/ver10/tptz/ZoomSpaces/PositionGenericSpace";

  /** The generic pan/tilt translation space. */
  public static final String GENERIC_PAN_TILT_TRANSLATION =
      "http://www.onvif.org/ver10/tptz/PanTiltSpaces/TranslationGenericSpace";

  /** The generic zoom translation space. */
  public static final String GENERIC_ZOOM_TRANSLATION =
      "http://www.onvif.org/ver10/tptz/ZoomSpaces/TranslationGenericSpace";

  /** The generic pan/tilt velocity space. */
  public static final String GENERIC_PAN_TILT_VELOCITY =
      "http://www.onvif.org/ver10/tptz/PanTiltSpaces/VelocityGenericSpace";

  /** The generic zoom velocity space. */
  public static final String GENERIC_ZOOM_VELOCITY =
      "http://www.onvif.org/ver10/tptz/ZoomSpaces/VelocityGenericSpace";

  /** The generic pan/tilt speed space. */
  public static final String GENERIC_PAN_TILT_SPEED =
      "http://www.onvif.org/ver10/tptz/PanTiltSpaces/GenericSpeedSpace";

  /** The generic zoom speed space. */
  public static final String GENERIC_ZOOM_SPEED =
      "http://www.onvif.org/ver10/tptz/ZoomSpaces/ZoomGenericSpeedSpace";

  public PtzSpace {
    uri = uri == null ? "" : uri;
  }

  /** Whether the space has a y axis. */
  public boolean isTwoDimensional() {
    return y != null;
  }

  /** Whether {@code (vx, vy)} lies in the space; an axis without a range accepts anything. */
  public boolean contains(double vx, double vy) {
    return (x == null || x.contains(vx)) && (y == null || Double.isNaN(vy) || y.contains(vy));
  }

  /** Reads a space description; {@code null} when the element is absent. */
  public static PtzSpace fromElement(XmlElement e) {
    if (e == null) {
      return null;
    }
    String tt = Namespaces.TT;
    return new PtzSpace(
        Values.textOrEmpty(e, tt, "URI"),
        Range.fromElement(Values.child(e, tt, "XRange")),
        Range.fromElement(Values.child(e, tt, "YRange")));
  }

  /** Writes this space as {@code tt:name} (URI, XRange, YRange). */
  public XmlElement toElement(String name) {
    String tt = Namespaces.TT;
    XmlElement.Builder b = XmlElement.builder(tt, name).child(tt, "URI", uri);
    if (x != null) {
      b.child(x.toElement(tt, "XRange"));
    }
    if (y != null) {
      b.child(y.toElement(tt, "YRange"));
    }
    return b.build();
  }

  static List<PtzSpace> listFrom(XmlElement parent, String localName) {
    return Values.children(parent, Namespaces.TT, localName).stream()
        .map(PtzSpace::fromElement)
        .toList();
  }
}
