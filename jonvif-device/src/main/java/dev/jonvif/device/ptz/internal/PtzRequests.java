package dev.jonvif.device.ptz.internal;

import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TT;
import static dev.jonvif.device.ptz.internal.PtzSpaces.*;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.ptz.PtzConfiguration;
import dev.jonvif.device.ptz.PtzVector;
import java.time.Duration;

/**
 * Reads the vectors, speeds and timeouts of PTZ requests and checks them against the node's generic
 * spaces: a space the node does not have is {@code ter:SpaceNotSupported}, a value outside its
 * space is the fault named for that kind of vector ({@code ter:InvalidPosition}, ...).
 */
final class PtzRequests {

  private PtzRequests() {}

  /** What a vector means, which fixes its spaces, ranges and fault. */
  enum Kind {
    POSITION(
        PAN_TILT_POSITION,
        ZOOM_POSITION,
        PAN_TILT_MIN,
        PAN_TILT_MAX,
        ZOOM_MIN,
        ZOOM_MAX,
        "InvalidPosition"),
    TRANSLATION(
        PAN_TILT_TRANSLATION,
        ZOOM_TRANSLATION,
        PAN_TILT_MIN,
        PAN_TILT_MAX,
        ZOOM_DELTA_MIN,
        ZOOM_DELTA_MAX,
        "InvalidTranslation"),
    VELOCITY(
        PAN_TILT_VELOCITY,
        ZOOM_VELOCITY,
        PAN_TILT_MIN,
        PAN_TILT_MAX,
        ZOOM_DELTA_MIN,
        ZOOM_DELTA_MAX,
        "InvalidVelocity"),
    SPEED(PAN_TILT_SPEED, ZOOM_SPEED, SPEED_MIN, SPEED_MAX, SPEED_MIN, SPEED_MAX, "InvalidSpeed");

    final String panTiltSpace;
    final String zoomSpace;
    final float panTiltMin;
    final float panTiltMax;
    final float zoomMin;
    final float zoomMax;
    final String fault;

    Kind(
        String panTiltSpace,
        String zoomSpace,
        float panTiltMin,
        float panTiltMax,
        float zoomMin,
        float zoomMax,
        String fault) {
      this.panTiltSpace = panTiltSpace;
      this.zoomSpace = zoomSpace;
      this.panTiltMin = panTiltMin;
      this.panTiltMax = panTiltMax;
      this.zoomMin = zoomMin;
      this.zoomMax = zoomMax;
      this.fault = fault;
    }
  }

  /**
   * Reads a tt:PTZVector or tt:PTZSpeed element ({@code null} reads as {@link PtzVector#NONE}) and
   * checks its spaces and ranges.
   */
  static PtzVector read(XmlElement vector, Kind kind) {
    if (vector == null) {
      return PtzVector.NONE;
    }
    PtzVector.PanTilt panTilt = null;
    XmlElement pt = vector.childLenient(TT, "PanTilt");
    if (pt != null) {
      checkSpace(pt, kind.panTiltSpace);
      float x = number(pt, "x", kind);
      float y = number(pt, "y", kind);
      if (!within(x, kind.panTiltMin, kind.panTiltMax)
          || !within(y, kind.panTiltMin, kind.panTiltMax)) {
        throw outOfRange(kind, "pan/tilt (" + x + ", " + y + ")");
      }
      panTilt = new PtzVector.PanTilt(x, y);
    }
    Float zoom = null;
    XmlElement z = vector.childLenient(TT, "Zoom");
    if (z != null) {
      checkSpace(z, kind.zoomSpace);
      float x = number(z, "x", kind);
      if (!within(x, kind.zoomMin, kind.zoomMax)) {
        throw outOfRange(kind, "zoom " + x);
      }
      zoom = x;
    }
    return new PtzVector(panTilt, zoom);
  }

  /** The request's Speed element with the configuration's default speed for what it leaves out. */
  static PtzVector speed(XmlElement body, PtzConfiguration c) {
    PtzVector s = read(Args.child(body, TPTZ, "Speed"), Kind.SPEED);
    PtzVector d = c.defaultSpeed();
    return new PtzVector(
        s.hasPanTilt() ? s.panTilt() : d.panTilt(), s.hasZoom() ? s.zoom() : d.zoom());
  }

  /**
   * The ContinuousMove Timeout, or the configuration's default; {@code ter:TimeoutNotSupported}
   * outside the node's timeout range.
   */
  static Duration timeout(XmlElement body, PtzConfiguration c) {
    String text = Args.text(body, TPTZ, "Timeout");
    if (text == null) {
      return c.defaultTimeout();
    }
    Duration d;
    try {
      d = XsDuration.parseLenient(text);
    } catch (MalformedMessageException e) {
      throw DeviceFaults.invalidArgVal(null, "Timeout is not a duration: " + Args.shorten(text));
    }
    if (!timeoutSupported(d)) {
      throw DeviceFaults.invalidArgVal(
          "TimeoutNotSupported",
          "Timeout "
              + XsDuration.format(d)
              + " is outside "
              + XsDuration.format(MIN_TIMEOUT)
              + ".."
              + XsDuration.format(MAX_TIMEOUT));
    }
    return d;
  }

  static boolean timeoutSupported(Duration d) {
    return d.compareTo(MIN_TIMEOUT) >= 0 && d.compareTo(MAX_TIMEOUT) <= 0;
  }

  private static void checkSpace(XmlElement e, String expected) {
    String space = e.attributeLenient("space");
    if (space != null && !space.strip().equals(expected)) {
      throw DeviceFaults.invalidArgVal(
          "SpaceNotSupported", "space not supported by this node: " + Args.shorten(space.strip()));
    }
  }

  private static float number(XmlElement e, String attribute, Kind kind) {
    String text = e.attributeLenient(attribute);
    if (text == null) {
      throw DeviceFaults.invalidArgVal(null, e.localName() + " needs the attribute " + attribute);
    }
    String t = text.strip();
    float v;
    try {
      v =
          switch (t) {
            case "INF" -> Float.POSITIVE_INFINITY;
            case "-INF" -> Float.NEGATIVE_INFINITY;
            default -> Float.parseFloat(t);
          };
    } catch (NumberFormatException ex) {
      throw DeviceFaults.invalidArgVal(
          null, e.localName() + "@" + attribute + " is not a number: " + Args.shorten(t));
    }
    if (!Float.isFinite(v)) {
      throw outOfRange(kind, e.localName() + "@" + attribute + " " + t);
    }
    return v;
  }

  private static RuntimeException outOfRange(Kind kind, String what) {
    return DeviceFaults.invalidArgVal(
        kind.fault,
        what
            + " is outside the "
            + kind.name().toLowerCase(java.util.Locale.ROOT)
            + " space of this node");
  }
}
