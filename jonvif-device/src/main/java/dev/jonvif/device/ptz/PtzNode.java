package dev.jonvif.device.ptz;

import java.util.List;
import java.util.Objects;

/**
 * What a PTZ unit can do, as GetNodes shows it (tt:PTZNode). Positions, translations and velocities
 * use the generic spaces (pan/tilt -1..1, zoom 0..1, speeds 0..1).
 *
 * @param token the node token
 * @param name the node name
 * @param maximumNumberOfPresets how many presets it stores
 * @param fixedHomePosition whether SetHomePosition is refused ({@code ter:CannotOverwriteHome})
 * @param auxiliaryCommands the auxiliary commands SendAuxiliaryCommand accepts, e.g. {@code
 *     tt:Wiper|On}
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZNode</a>
 */
public record PtzNode(
    String token,
    String name,
    int maximumNumberOfPresets,
    boolean fixedHomePosition,
    List<String> auxiliaryCommands) {

  /** The auxiliary commands of a dome with a wiper and an IR lamp. */
  public static final List<String> DOME_AUXILIARY_COMMANDS =
      List.of("tt:Wiper|On", "tt:Wiper|Off", "tt:IRLamp|On", "tt:IRLamp|Off", "tt:IRLamp|Auto");

  public PtzNode {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(name, "name");
    if (maximumNumberOfPresets < 0) {
      throw new IllegalArgumentException("maximumNumberOfPresets < 0");
    }
    auxiliaryCommands = List.copyOf(auxiliaryCommands);
    for (String c : auxiliaryCommands) {
      if (c.isEmpty() || c.length() > 128) {
        throw new IllegalArgumentException("auxiliary command must be 1..128 characters: " + c);
      }
    }
  }
}
