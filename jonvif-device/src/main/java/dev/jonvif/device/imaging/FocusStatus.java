package dev.jonvif.device.imaging;

import dev.jonvif.device.ptz.MoveStatus;
import java.util.Objects;

/** Where the focus lens is and whether it moves (tt:FocusStatus20). */
public record FocusStatus(float position, MoveStatus moveStatus) {

  public FocusStatus {
    Objects.requireNonNull(moveStatus, "moveStatus");
  }
}
