package dev.jonvif.device.ptz.internal;

import static dev.jonvif.core.Namespaces.TT;
import static dev.jonvif.device.ptz.internal.PtzSpaces.*;

import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.ptz.PtzConfiguration;
import dev.jonvif.device.ptz.PtzNode;
import dev.jonvif.device.ptz.PtzPosition;
import dev.jonvif.device.ptz.PtzPreset;
import dev.jonvif.device.ptz.PtzStatus;
import java.time.Instant;

/**
 * Writers for the PTZ types of onvif.xsd/common.xsd, children in schema order. The element itself
 * takes the name its container gives it (tptz:PTZNode, tr2:PTZ, tt:PTZConfiguration, ...).
 */
public final class PtzXml {

  private PtzXml() {}

  /** tt:PTZNode. */
  static XmlElement node(String ns, String name, PtzNode n) {
    XmlElement.Builder b =
        XmlElement.builder(ns, name)
            .attribute("token", n.token())
            .attribute("FixedHomePosition", n.fixedHomePosition())
            .attribute("GeoMove", false)
            .child(TT, "Name", n.name())
            .child(spaces("SupportedPTZSpaces"))
            .child(TT, "MaximumNumberOfPresets", n.maximumNumberOfPresets())
            .child(TT, "HomeSupported", true);
    for (String c : n.auxiliaryCommands()) {
      b.child(TT, "AuxiliaryCommands", c);
    }
    return b.build();
  }

  /** tt:PTZSpaces with every generic space. */
  static XmlElement spaces(String name) {
    return XmlElement.builder(TT, name)
        .child(
            space2d("AbsolutePanTiltPositionSpace", PAN_TILT_POSITION, PAN_TILT_MIN, PAN_TILT_MAX))
        .child(space1d("AbsoluteZoomPositionSpace", ZOOM_POSITION, ZOOM_MIN, ZOOM_MAX))
        .child(
            space2d(
                "RelativePanTiltTranslationSpace",
                PAN_TILT_TRANSLATION,
                PAN_TILT_MIN,
                PAN_TILT_MAX))
        .child(
            space1d(
                "RelativeZoomTranslationSpace", ZOOM_TRANSLATION, ZOOM_DELTA_MIN, ZOOM_DELTA_MAX))
        .child(
            space2d(
                "ContinuousPanTiltVelocitySpace", PAN_TILT_VELOCITY, PAN_TILT_MIN, PAN_TILT_MAX))
        .child(
            space1d("ContinuousZoomVelocitySpace", ZOOM_VELOCITY, ZOOM_DELTA_MIN, ZOOM_DELTA_MAX))
        .child(space1d("PanTiltSpeedSpace", PAN_TILT_SPEED, SPEED_MIN, SPEED_MAX))
        .child(space1d("ZoomSpeedSpace", ZOOM_SPEED, SPEED_MIN, SPEED_MAX))
        .build();
  }

  private static XmlElement space2d(String name, String uri, float min, float max) {
    return XmlElement.builder(TT, name)
        .child(TT, "URI", uri)
        .child(range("XRange", min, max))
        .child(range("YRange", min, max))
        .build();
  }

  private static XmlElement space1d(String name, String uri, float min, float max) {
    return XmlElement.builder(TT, name)
        .child(TT, "URI", uri)
        .child(range("XRange", min, max))
        .build();
  }

  private static XmlElement range(String name, float min, float max) {
    return XmlElement.builder(TT, name).child(TT, "Min", min).child(TT, "Max", max).build();
  }

  /** tt:PTZConfiguration. */
  public static XmlElement configuration(String ns, String name, PtzConfiguration c, int useCount) {
    return XmlElement.builder(ns, name)
        .attribute("token", c.token())
        .child(TT, "Name", c.name())
        .child(TT, "UseCount", useCount)
        .child(TT, "NodeToken", c.nodeToken())
        .child(TT, "DefaultAbsolutePantTiltPositionSpace", PAN_TILT_POSITION)
        .child(TT, "DefaultAbsoluteZoomPositionSpace", ZOOM_POSITION)
        .child(TT, "DefaultRelativePanTiltTranslationSpace", PAN_TILT_TRANSLATION)
        .child(TT, "DefaultRelativeZoomTranslationSpace", ZOOM_TRANSLATION)
        .child(TT, "DefaultContinuousPanTiltVelocitySpace", PAN_TILT_VELOCITY)
        .child(TT, "DefaultContinuousZoomVelocitySpace", ZOOM_VELOCITY)
        .child(
            XmlElement.builder(TT, "DefaultPTZSpeed")
                .child(
                    panTilt(
                        c.defaultSpeed().panTilt().x(),
                        c.defaultSpeed().panTilt().y(),
                        PAN_TILT_SPEED))
                .child(zoom(c.defaultSpeed().zoom(), ZOOM_SPEED))
                .build())
        .child(TT, "DefaultPTZTimeout", XsDuration.format(c.defaultTimeout()))
        .child(
            XmlElement.builder(TT, "PanTiltLimits")
                .child(space2d("Range", PAN_TILT_POSITION, PAN_TILT_MIN, PAN_TILT_MAX))
                .build())
        .child(
            XmlElement.builder(TT, "ZoomLimits")
                .child(space1d("Range", ZOOM_POSITION, ZOOM_MIN, ZOOM_MAX))
                .build())
        .build();
  }

  /** tt:PTZConfigurationOptions. */
  static XmlElement options(String ns, String name) {
    return XmlElement.builder(ns, name)
        .child(spaces("Spaces"))
        .child(
            XmlElement.builder(TT, "PTZTimeout")
                .child(TT, "Min", XsDuration.format(MIN_TIMEOUT))
                .child(TT, "Max", XsDuration.format(MAX_TIMEOUT))
                .build())
        .build();
  }

  /** tt:PTZStatus as a metadata stream carries it (inside tt:PTZ). */
  public static XmlElement metadataStatus(PtzStatus s, Instant utc) {
    return status(TT, "PTZStatus", s, utc);
  }

  /** tt:PTZStatus. */
  static XmlElement status(String ns, String name, PtzStatus s, Instant utc) {
    return XmlElement.builder(ns, name)
        .child(position("Position", s.position()))
        .child(
            XmlElement.builder(TT, "MoveStatus")
                .child(TT, "PanTilt", s.panTilt().name())
                .child(TT, "Zoom", s.zoom().name())
                .build())
        .child(TT, "UtcTime", XsDateTime.format(utc))
        .build();
  }

  /** tt:PTZPreset. */
  static XmlElement preset(String ns, String name, PtzPreset p) {
    return XmlElement.builder(ns, name)
        .attribute("token", p.token())
        .child(TT, "Name", p.name())
        .child(position("PTZPosition", p.position()))
        .build();
  }

  /** tt:PTZVector in the generic position spaces. */
  static XmlElement position(String name, PtzPosition p) {
    return XmlElement.builder(TT, name)
        .child(panTilt(p.pan(), p.tilt(), PAN_TILT_POSITION))
        .child(zoom(p.zoom(), ZOOM_POSITION))
        .build();
  }

  private static XmlElement panTilt(float x, float y, String space) {
    return XmlElement.builder(TT, "PanTilt")
        .attribute("x", x)
        .attribute("y", y)
        .attribute("space", space)
        .build();
  }

  private static XmlElement zoom(float x, String space) {
    return XmlElement.builder(TT, "Zoom").attribute("x", x).attribute("space", space).build();
  }
}
