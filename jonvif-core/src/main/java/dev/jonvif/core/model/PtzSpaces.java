package dev.jonvif.core.model;

import dev.jonvif.core.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * The coordinate spaces a PTZ node supports ({@code tt:PTZSpaces}), per kind of move. A list is
 * empty when the node cannot do that kind of move on that axis.
 *
 * @param absolutePanTilt AbsoluteMove pan/tilt position spaces
 * @param absoluteZoom AbsoluteMove zoom position spaces
 * @param relativePanTilt RelativeMove pan/tilt translation spaces
 * @param relativeZoom RelativeMove zoom translation spaces
 * @param continuousPanTilt ContinuousMove pan/tilt velocity spaces
 * @param continuousZoom ContinuousMove zoom velocity spaces
 * @param panTiltSpeed pan/tilt speed spaces
 * @param zoomSpeed zoom speed spaces
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZSpaces</a>
 */
public record PtzSpaces(
    List<PtzSpace> absolutePanTilt,
    List<PtzSpace> absoluteZoom,
    List<PtzSpace> relativePanTilt,
    List<PtzSpace> relativeZoom,
    List<PtzSpace> continuousPanTilt,
    List<PtzSpace> continuousZoom,
    List<PtzSpace> panTiltSpeed,
    List<PtzSpace> zoomSpeed) {

  /** No spaces at all. */
  public static final PtzSpaces NONE =
      new PtzSpaces(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public PtzSpaces {
    absolutePanTilt = List.copyOf(absolutePanTilt);
    absoluteZoom = List.copyOf(absoluteZoom);
    relativePanTilt = List.copyOf(relativePanTilt);
    relativeZoom = List.copyOf(relativeZoom);
    continuousPanTilt = List.copyOf(continuousPanTilt);
    continuousZoom = List.copyOf(continuousZoom);
    panTiltSpeed = List.copyOf(panTiltSpeed);
    zoomSpeed = List.copyOf(zoomSpeed);
  }

  /**
   * The space with this URI in a list, else the first of the list (the one a device means when a
   * request names none); empty when the list is.
   */
  public static Optional<PtzSpace> pick(List<PtzSpace> spaces, String preferredUri) {
    for (PtzSpace s : spaces) {
      if (s.uri().equals(preferredUri)) {
        return Optional.of(s);
      }
    }
    return spaces.stream().findFirst();
  }

  /** Reads a {@code tt:PTZSpaces} element; {@code null} reads as {@link #NONE}. */
  public static PtzSpaces fromElement(XmlElement e) {
    if (e == null) {
      return NONE;
    }
    return new PtzSpaces(
        PtzSpace.listFrom(e, "AbsolutePanTiltPositionSpace"),
        PtzSpace.listFrom(e, "AbsoluteZoomPositionSpace"),
        PtzSpace.listFrom(e, "RelativePanTiltTranslationSpace"),
        PtzSpace.listFrom(e, "RelativeZoomTranslationSpace"),
        PtzSpace.listFrom(e, "ContinuousPanTiltVelocitySpace"),
        PtzSpace.listFrom(e, "ContinuousZoomVelocitySpace"),
        PtzSpace.listFrom(e, "PanTiltSpeedSpace"),
        PtzSpace.listFrom(e, "ZoomSpeedSpace"));
  }
}
