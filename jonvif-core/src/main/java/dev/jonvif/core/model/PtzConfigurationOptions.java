package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;

/**
 * What a PTZ configuration may be set to ({@code tt:PTZConfigurationOptions}).
 *
 * @param spaces the spaces the configuration may use
 * @param minTimeout the shortest ContinuousMove timeout, or {@code null}
 * @param maxTimeout the longest ContinuousMove timeout, or {@code null}
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd,
 *     PTZConfigurationOptions</a>
 */
public record PtzConfigurationOptions(PtzSpaces spaces, Duration minTimeout, Duration maxTimeout) {

  public PtzConfigurationOptions {
    spaces = spaces == null ? PtzSpaces.NONE : spaces;
  }

  /** Reads a {@code tt:PTZConfigurationOptions} element. */
  public static PtzConfigurationOptions fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    XmlElement timeout = Values.child(e, tt, "PTZTimeout");
    return new PtzConfigurationOptions(
        PtzSpaces.fromElement(Values.child(e, tt, "Spaces")),
        Values.durationChild(timeout, tt, "Min"),
        Values.durationChild(timeout, tt, "Max"));
  }
}
