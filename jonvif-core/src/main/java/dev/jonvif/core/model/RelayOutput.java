package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import java.util.List;

/**
 * A relay output and its settings ({@code tt:RelayOutput}).
 *
 * @param token the relay token
 * @param mode monostable or bistable, {@code null} when unknown
 * @param delayTime how long a monostable relay stays active, or {@code null}
 * @param idleState the electrical state when inactive, {@code null} when unknown
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, RelayOutput</a>
 */
public record RelayOutput(String token, RelayMode mode, Duration delayTime, IdleState idleState) {

  public RelayOutput {
    token = token == null ? "" : token;
  }

  /** Reads a {@code tt:RelayOutput} element. */
  public static RelayOutput fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    XmlElement p = Values.child(e, tt, "Properties");
    return new RelayOutput(
        Values.token(e),
        RelayMode.fromWire(Values.text(p, tt, "Mode")),
        Values.durationChild(p, tt, "DelayTime"),
        IdleState.fromWire(Values.text(p, tt, "IdleState")));
  }

  /** Every {@code RelayOutputs} child of a GetRelayOutputs answer. */
  public static List<RelayOutput> listFromResponse(XmlElement response) {
    return Values.children(response, Namespaces.TDS, "RelayOutputs").stream()
        .map(RelayOutput::fromElement)
        .toList();
  }

  /**
   * The settings as {@code ns:name} ({@code tt:RelayOutputSettings}: Mode, DelayTime, IdleState).
   *
   * @throws IllegalStateException when mode or idle state is unknown
   */
  public XmlElement propertiesElement(String ns, String name) {
    if (mode == null || idleState == null) {
      throw new IllegalStateException("relay " + token + " needs a mode and an idle state");
    }
    String tt = Namespaces.TT;
    return XmlElement.builder(ns, name)
        .child(tt, "Mode", mode.wireValue())
        .child(tt, "DelayTime", XsDuration.format(delayTime == null ? Duration.ZERO : delayTime))
        .child(tt, "IdleState", idleState.wireValue())
        .build();
  }
}
