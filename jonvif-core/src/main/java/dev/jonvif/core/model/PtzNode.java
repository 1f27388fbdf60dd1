package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * A PTZ node ({@code tt:PTZNode}): one physical PTZ unit with the spaces it supports, how many
 * presets it holds and its auxiliary commands.
 *
 * @param token the node token
 * @param name the node name
 * @param spaces the supported coordinate spaces
 * @param maximumNumberOfPresets how many presets the node can hold
 * @param homeSupported whether the node has a home position
 * @param fixedHomePosition whether SetHomePosition is refused (the home position is fixed)
 * @param auxiliaryCommands the SendAuxiliaryCommand values the node accepts (e.g. {@code
 *     tt:Wiper|On})
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZNode</a>
 */
public record PtzNode(
    String token,
    String name,
    PtzSpaces spaces,
    int maximumNumberOfPresets,
    boolean homeSupported,
    boolean fixedHomePosition,
    List<String> auxiliaryCommands) {

  public PtzNode {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
    spaces = spaces == null ? PtzSpaces.NONE : spaces;
    auxiliaryCommands = List.copyOf(auxiliaryCommands);
  }

  /** Reads a {@code tt:PTZNode} element. */
  public static PtzNode fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    Integer presets = Values.intChild(e, tt, "MaximumNumberOfPresets");
    return new PtzNode(
        Values.token(e),
        Values.text(e, tt, "Name"),
        PtzSpaces.fromElement(Values.child(e, tt, "SupportedPTZSpaces")),
        presets == null ? 0 : presets,
        Values.boolChild(e, tt, "HomeSupported", false),
        Values.boolAttribute(e, "FixedHomePosition", false),
        Values.texts(e, tt, "AuxiliaryCommands"));
  }

  /** Every {@code PTZNode} child of a GetNodes answer. */
  public static List<PtzNode> listFromResponse(XmlElement response) {
    return Values.children(response, Namespaces.TPTZ, "PTZNode").stream()
        .map(PtzNode::fromElement)
        .toList();
  }
}
