package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;

/**
 * The PTZ configuration a profile carries ({@code tt:PTZConfiguration}): which PTZ node it drives
 * and the default coordinate spaces for moves without an explicit space. Space fields are {@code
 * null} when absent.
 *
 * @param token the configuration token
 * @param name the configuration name
 * @param nodeToken the PTZ node
 * @param defaultAbsolutePanTiltPositionSpace default space of AbsoluteMove pan/tilt
 * @param defaultAbsoluteZoomPositionSpace default space of AbsoluteMove zoom
 * @param defaultRelativePanTiltTranslationSpace default space of RelativeMove pan/tilt
 * @param defaultRelativeZoomTranslationSpace default space of RelativeMove zoom
 * @param defaultContinuousPanTiltVelocitySpace default space of ContinuousMove pan/tilt
 * @param defaultContinuousZoomVelocitySpace default space of ContinuousMove zoom
 * @param defaultTimeout default ContinuousMove timeout, or {@code null}
 * @param defaultSpeed default speed of absolute and relative moves, {@link PtzVector#NONE} when
 *     absent
 * @param panTiltLimits the pan/tilt range this configuration allows, or {@code null}
 * @param zoomLimits the zoom range this configuration allows, or {@code null}
 * @param useCount how many profiles use the configuration
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZConfiguration</a>
 */
public record PtzConfiguration(
    String token,
    String name,
    String nodeToken,
    String defaultAbsolutePanTiltPositionSpace,
    String defaultAbsoluteZoomPositionSpace,
    String defaultRelativePanTiltTranslationSpace,
    String defaultRelativeZoomTranslationSpace,
    String defaultContinuousPanTiltVelocitySpace,
    String defaultContinuousZoomVelocitySpace,
    Duration defaultTimeout,
    PtzVector defaultSpeed,
    PtzSpace panTiltLimits,
    PtzSpace zoomLimits,
    int useCount) {

  public PtzConfiguration {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
    nodeToken = nodeToken == null ? "" : nodeToken;
    defaultSpeed = defaultSpeed == null ? PtzVector.NONE : defaultSpeed;
  }

  /** This configuration with another default timeout. */
  public PtzConfiguration withDefaultTimeout(Duration timeout) {
    return new PtzConfiguration(
        token,
        name,
        nodeToken,
        defaultAbsolutePanTiltPositionSpace,
        defaultAbsoluteZoomPositionSpace,
        defaultRelativePanTiltTranslationSpace,
        defaultRelativeZoomTranslationSpace,
        defaultContinuousPanTiltVelocitySpace,
        defaultContinuousZoomVelocitySpace,
        timeout,
        defaultSpeed,
        panTiltLimits,
        zoomLimits,
        useCount);
  }

  /** Writes this configuration as {@code ns:name} (a tt:PTZConfiguration), children in order. */
  public XmlElement toElement(String ns, String elementName) {
    String tt = Namespaces.TT;
    XmlElement.Builder b =
        XmlElement.builder(ns, elementName)
            .attribute("token", token)
            .child(tt, "Name", name)
            .child(tt, "UseCount", useCount)
            .child(tt, "NodeToken", nodeToken)
            .child(tt, "DefaultAbsolutePantTiltPositionSpace", defaultAbsolutePanTiltPositionSpace)
            .child(tt, "DefaultAbsoluteZoomPositionSpace", defaultAbsoluteZoomPositionSpace)
            .child(
                tt,
                "DefaultRelativePanTiltTranslationSpace",
                defaultRelativePanTiltTranslationSpace)
            .child(tt, "DefaultRelativeZoomTranslationSpace", defaultRelativeZoomTranslationSpace)
            .child(
                tt, "DefaultContinuousPanTiltVelocitySpace", defaultContinuousPanTiltVelocitySpace)
            .child(tt, "DefaultContinuousZoomVelocitySpace", defaultContinuousZoomVelocitySpace);
    if (!defaultSpeed.isEmpty()) {
      b.child(defaultSpeed.toElement(tt, "DefaultPTZSpeed"));
    }
    if (defaultTimeout != null) {
      b.child(tt, "DefaultPTZTimeout", XsDuration.format(defaultTimeout));
    }
    if (panTiltLimits != null) {
      b.child(
          XmlElement.builder(tt, "PanTiltLimits").child(panTiltLimits.toElement("Range")).build());
    }
    if (zoomLimits != null) {
      b.child(XmlElement.builder(tt, "ZoomLimits").child(zoomLimits.toElement("Range")).build());
    }
    return b.build();
  }

  /** Reads a PTZ configuration element. */
  public static PtzConfiguration fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    return new PtzConfiguration(
        Values.token(e),
        Values.text(e, tt, "Name"),
        Values.text(e, tt, "NodeToken"),
        // The schema itself misspells this one "PantTilt".
        Values.text(e, tt, "DefaultAbsolutePantTiltPositionSpace"),
        Values.text(e, tt, "DefaultAbsoluteZoomPositionSpace"),
        Values.text(e, tt, "DefaultRelativePanTiltTranslationSpace"),
        Values.text(e, tt, "DefaultRelativeZoomTranslationSpace"),
        Values.text(e, tt, "DefaultContinuousPanTiltVelocitySpace"),
        Values.text(e, tt, "DefaultContinuousZoomVelocitySpace"),
        Values.durationChild(e, tt, "DefaultPTZTimeout"),
        PtzVector.fromElement(Values.child(e, tt, "DefaultPTZSpeed")),
        PtzSpace.fromElement(Values.child(Values.child(e, tt, "PanTiltLimits"), tt, "Range")),
        PtzSpace.fromElement(Values.child(Values.child(e, tt, "ZoomLimits"), tt, "Range")),
        intOrZero(Values.intChild(e, tt, "UseCount")));
  }

  private static int intOrZero(Integer i) {
    return i == null ? 0 : i;
  }
}
