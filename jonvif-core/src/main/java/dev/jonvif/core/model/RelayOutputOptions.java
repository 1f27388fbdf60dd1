package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a relay output may be set to ({@code tmd:RelayOutputOptions}).
 *
 * @param token the relay token
 * @param modes the supported modes
 * @param delayTimes supported delay times in seconds: a min/max pair, or every value when {@code
 *     discrete}
 * @param discrete whether {@code delayTimes} lists the only values rather than a range
 * @see <a href="https://www.onvif.org/ver10/deviceio.wsdl">deviceio.wsdl, RelayOutputOptions</a>
 */
public record RelayOutputOptions(
    String token, List<RelayMode> modes, List<Double> delayTimes, boolean discrete) {

  public RelayOutputOptions {
    token = token == null ? "" : token;
    modes = List.copyOf(modes);
    delayTimes = List.copyOf(delayTimes);
  }

  /** Reads a {@code RelayOutputOptions} element. */
  public static RelayOutputOptions fromElement(XmlElement e) {
    String tmd = Namespaces.TMD;
    List<RelayMode> modes = new ArrayList<>();
    for (String m : Values.texts(e, tmd, "Mode")) {
      RelayMode mode = RelayMode.fromWire(m);
      if (mode != null) {
        modes.add(mode);
      }
    }
    List<Double> delays = new ArrayList<>();
    String text = Values.text(e, tmd, "DelayTimes");
    if (text != null) {
      for (String part : text.split("\\s+")) {
        Double d = Values.parseDouble(part);
        if (d != null) {
          delays.add(d);
        }
      }
    }
    return new RelayOutputOptions(
        Values.token(e), modes, delays, Values.boolChild(e, tmd, "Discrete", false));
  }

  /** Every {@code RelayOutputOptions} child of a GetRelayOutputOptions answer. */
  public static List<RelayOutputOptions> listFromResponse(XmlElement response) {
    return Values.children(response, Namespaces.TMD, "RelayOutputOptions").stream()
        .map(RelayOutputOptions::fromElement)
        .toList();
  }
}
