package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * A digital input ({@code tt:DigitalInput}).
 *
 * @param token the input token
 * @param idleState the electrical state when inactive, {@code null} when not reported
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, DigitalInput</a>
 */
public record DigitalInput(String token, IdleState idleState) {

  public DigitalInput {
    token = token == null ? "" : token;
  }

  /** Every {@code DigitalInputs} child of a GetDigitalInputs answer. */
  public static List<DigitalInput> listFromResponse(XmlElement response) {
    return Values.children(response, Namespaces.TMD, "DigitalInputs").stream()
        .map(
            e ->
                new DigitalInput(
                    Values.token(e), IdleState.fromWire(Values.attribute(e, "IdleState"))))
        .toList();
  }
}
