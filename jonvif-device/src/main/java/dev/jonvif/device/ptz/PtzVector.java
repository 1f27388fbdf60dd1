package dev.jonvif.device.ptz;

/**
 * What a PTZ request names for each axis group, in the generic spaces: a pan/tilt pair and a zoom
 * value, each optional ({@code null} when the request leaves that group alone). Depending on the
 * operation it is a position, a translation, a velocity or a speed (tt:PTZVector, tt:PTZSpeed).
 *
 * @param panTilt the pan (x) and tilt (y) values, or {@code null}
 * @param zoom the zoom value, or {@code null}
 */
public record PtzVector(PanTilt panTilt, Float zoom) {

  /** A pan/tilt pair. */
  public record PanTilt(float x, float y) {}

  /** Neither pan/tilt nor zoom. */
  public static final PtzVector NONE = new PtzVector(null, null);

  /** A vector naming all three axes. */
  public static PtzVector of(float pan, float tilt, float zoom) {
    return new PtzVector(new PanTilt(pan, tilt), zoom);
  }

  /** The position as a vector naming all three axes. */
  public static PtzVector of(PtzPosition p) {
    return of(p.pan(), p.tilt(), p.zoom());
  }

  public boolean hasPanTilt() {
    return panTilt != null;
  }

  public boolean hasZoom() {
    return zoom != null;
  }
}
