package dev.jonvif.device.ptz;

import java.util.Objects;

/**
 * A stored PTZ position with a token and a name (tt:PTZPreset).
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZPreset</a>
 */
public record PtzPreset(String token, String name, PtzPosition position) {

  public PtzPreset {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(position, "position");
  }
}
