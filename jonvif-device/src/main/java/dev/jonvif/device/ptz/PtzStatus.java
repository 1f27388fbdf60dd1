package dev.jonvif.device.ptz;

import java.util.Objects;

/**
 * Where the PTZ unit is and whether it moves, per axis group (tt:PTZStatus without UtcTime, which
 * the service adds from the camera's clock).
 */
public record PtzStatus(PtzPosition position, MoveStatus panTilt, MoveStatus zoom) {

  public PtzStatus {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(panTilt, "panTilt");
    Objects.requireNonNull(zoom, "zoom");
  }

  /** Whether any axis moves. */
  public boolean moving() {
    return panTilt == MoveStatus.MOVING || zoom == MoveStatus.MOVING;
  }
}
