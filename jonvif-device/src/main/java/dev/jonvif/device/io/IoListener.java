package dev.jonvif.device.io;

import dev.jonvif.device.VirtualCamera;

/**
 * Hears relay outputs and digital inputs change (for the event service: {@code
 * tns1:Device/Trigger/Relay} and {@code tns1:Device/Trigger/DigitalInput}). Called on the thread
 * that caused or noticed the change, outside any lock; implementations return quickly.
 *
 * <p>A monostable relay's return to inactive is reported when its delay has passed: by a timer in
 * real time, or as soon as the relay is next read, whichever comes first (so a simulated clock that
 * jumps ahead is reported at the next read).
 */
public interface IoListener {

  /** A relay output's logical state changed ({@code active}: true for active). */
  default void relayChanged(VirtualCamera camera, String relayToken, boolean active) {}

  /** A digital input's logical state changed ({@code active}: true for active). */
  default void digitalInputChanged(VirtualCamera camera, String inputToken, boolean active) {}
}
