package dev.jonvif.device.ptz;

/** Whether an axis group moves (tt:MoveStatus). */
public enum MoveStatus {
  IDLE,
  MOVING,
  UNKNOWN
}
