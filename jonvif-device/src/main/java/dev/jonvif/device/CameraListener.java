package dev.jonvif.device;

/**
 * Hears about a camera's life: the fleet's WS-Discovery responder sends Hello and Bye from these,
 * and services drop per-camera sessions (event subscriptions) on reboot. Called on the thread that
 * caused the change; implementations return quickly.
 */
public interface CameraListener {

  /** The camera is up: started, or back from a reboot. */
  default void started(VirtualCamera camera) {}

  /** The camera is going down: stopped, or rebooting. */
  default void stopping(VirtualCamera camera) {}

  /** Something discovery announces changed: scopes, discovery mode, XAddrs. */
  default void changed(VirtualCamera camera) {}

  /** The camera's clock was set (SetSystemDateAndTime, manual or NTP). */
  default void clockSet(VirtualCamera camera) {}

  /** The camera was reset to factory defaults (before the reboot that follows). */
  default void factoryReset(VirtualCamera camera) {}
}
