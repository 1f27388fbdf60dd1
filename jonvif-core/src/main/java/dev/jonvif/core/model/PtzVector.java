package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * A PTZ position, translation, velocity or speed ({@code tt:PTZVector}, {@code tt:PTZSpeed}): a
 * pan/tilt part and a zoom part, either of which may be absent ({@code null}).
 *
 * @param panTilt the pan/tilt part, or {@code null}
 * @param zoom the zoom part, or {@code null}
 * @see <a href="https://www.onvif.org/ver10/schema/common.xsd">common.xsd, PTZVector</a>
 */
public record PtzVector(PanTilt panTilt, Zoom zoom) {

  /** A vector with neither part. */
  public static final PtzVector NONE = new PtzVector(null, null);

  /**
   * The pan/tilt part ({@code tt:Vector2D}).
   *
   * @param x pan
   * @param y tilt
   * @param space the coordinate space URI, or {@code null} for the configuration's default
   */
  public record PanTilt(double x, double y, String space) {}

  /**
   * The zoom part ({@code tt:Vector1D}).
   *
   * @param x zoom
   * @param space the coordinate space URI, or {@code null} for the configuration's default
   */
  public record Zoom(double x, String space) {}

  /** Pan, tilt and zoom in the configuration's default spaces. */
  public static PtzVector of(double pan, double tilt, double zoom) {
    return new PtzVector(new PanTilt(pan, tilt, null), new Zoom(zoom, null));
  }

  /** Only pan and tilt, in the configuration's default space. */
  public static PtzVector panTilt(double pan, double tilt) {
    return new PtzVector(new PanTilt(pan, tilt, null), null);
  }

  /** Only zoom, in the configuration's default space. */
  public static PtzVector zoom(double zoom) {
    return new PtzVector(null, new Zoom(zoom, null));
  }

  public boolean hasPanTilt() {
    return panTilt != null;
  }

  public boolean hasZoom() {
    return zoom != null;
  }

  /** Whether neither part is present. */
  public boolean isEmpty() {
    return panTilt == null && zoom == null;
  }

  /** This vector without its zoom part. */
  public PtzVector panTiltOnly() {
    return new PtzVector(panTilt, null);
  }

  /** This vector without its pan/tilt part. */
  public PtzVector zoomOnly() {
    return new PtzVector(null, zoom);
  }

  /** Pan, or {@code NaN} when there is no pan/tilt part. */
  public double pan() {
    return panTilt == null ? Double.NaN : panTilt.x();
  }

  /** Tilt, or {@code NaN} when there is no pan/tilt part. */
  public double tilt() {
    return panTilt == null ? Double.NaN : panTilt.y();
  }

  /** Zoom, or {@code NaN} when there is no zoom part. */
  public double zoomValue() {
    return zoom == null ? Double.NaN : zoom.x();
  }

  /** Reads a vector element; {@code null} reads as {@link #NONE}. */
  public static PtzVector fromElement(XmlElement e) {
    if (e == null) {
      return NONE;
    }
    XmlElement pt = Values.child(e, Namespaces.TT, "PanTilt");
    XmlElement z = Values.child(e, Namespaces.TT, "Zoom");
    PanTilt panTilt = null;
    if (pt != null) {
      Double x = Values.parseDouble(Values.attribute(pt, "x"));
      Double y = Values.parseDouble(Values.attribute(pt, "y"));
      if (x != null && y != null) {
        panTilt = new PanTilt(x, y, Values.attribute(pt, "space"));
      }
    }
    Zoom zoom = null;
    if (z != null) {
      Double x = Values.parseDouble(Values.attribute(z, "x"));
      if (x != null) {
        zoom = new Zoom(x, Values.attribute(z, "space"));
      }
    }
    return new PtzVector(panTilt, zoom);
  }

  /** Writes this vector as {@code ns:name} with {@code tt:PanTilt} and {@code tt:Zoom} children. */
  public XmlElement toElement(String ns, String name) {
    XmlElement.Builder b = XmlElement.builder(ns, name);
    if (panTilt != null) {
      b.child(
          XmlElement.builder(Namespaces.TT, "PanTilt")
              .attribute("x", Values.formatNumber(panTilt.x()))
              .attribute("y", Values.formatNumber(panTilt.y()))
              .attribute("space", panTilt.space())
              .build());
    }
    if (zoom != null) {
      b.child(
          XmlElement.builder(Namespaces.TT, "Zoom")
              .attribute("x", Values.formatNumber(zoom.x()))
              .attribute("space", zoom.space())
              .build());
    }
    return b.build();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (panTilt != null) {
      sb.append("pan ")
          .append(Values.formatNumber(panTilt.x()))
          .append(" tilt ")
          .append(Values.formatNumber(panTilt.y()));
    }
    if (zoom != null) {
      sb.append(sb.isEmpty() ? "" : " ").append("zoom ").append(Values.formatNumber(zoom.x()));
    }
    return sb.isEmpty() ? "-" : sb.toString();
  }
}
