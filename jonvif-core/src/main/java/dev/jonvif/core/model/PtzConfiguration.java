package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
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
    Duration defaultTimeout) {

  public PtzConfiguration {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
    nodeToken = nodeToken == null ? "" : nodeToken;
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
        Values.durationChild(e, tt, "DefaultPTZTimeout"));
  }
}
