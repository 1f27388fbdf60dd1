package dev.jonvif.hub;

import java.util.Locale;

/** A camera's health as the hub shows it. */
enum CameraStatus {
  /** Connecting for the first time (or after a change of credentials). */
  CONNECTING,
  /** Connected; the last health check passed. */
  ONLINE,
  /** The camera refuses the stored credentials (or locked the user out). */
  AUTH_ERROR,
  /** Reachable, but its clock is further off than the hub's limit: offer a time sync. */
  CLOCK_SKEW,
  /** No answer: down, rebooting or the address is wrong. */
  UNREACHABLE,
  /** Something answers at the address, but not as an ONVIF device. */
  NOT_ONVIF,
  /** ONVIF works, but its stream does not play. */
  STREAM_BROKEN,
  /** ONVIF works, but its event subscription was lost and cannot be renewed. */
  EVENTS_LOST,
  /** The hub is not supervising it (shutting down). */
  OFFLINE;

  /** The lower-case wire name, e.g. {@code auth_error}. */
  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the camera can be used for calls. */
  boolean usable() {
    return this == ONLINE || this == CLOCK_SKEW || this == STREAM_BROKEN || this == EVENTS_LOST;
  }
}
