package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * A PTZ preset ({@code tt:PTZPreset}).
 *
 * @param token the preset token
 * @param name the preset name
 * @param position the stored position, {@link PtzVector#NONE} when the device does not say
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZPreset</a>
 */
public record PtzPreset(String token, String name, PtzVector position) {

  public PtzPreset {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
    position = position == null ? PtzVector.NONE : position;
  }

  /** Reads a {@code tt:PTZPreset} element. */
  public static PtzPreset fromElement(XmlElement e) {
    return new PtzPreset(
        Values.token(e),
        Values.text(e, Namespaces.TT, "Name"),
        PtzVector.fromElement(Values.child(e, Namespaces.TT, "PTZPosition")));
  }

  /** Every {@code Preset} child of a GetPresets answer. */
  public static List<PtzPreset> listFromResponse(XmlElement response) {
    return Values.children(response, Namespaces.TPTZ, "Preset").stream()
        .map(PtzPreset::fromElement)
        .toList();
  }
}
