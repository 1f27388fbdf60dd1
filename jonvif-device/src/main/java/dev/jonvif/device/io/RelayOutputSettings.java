package dev.jonvif.device.io;

import java.time.Duration;
import java.util.Objects;

/**
 * How a relay output behaves (tt:RelayOutputSettings).
 *
 * @param mode bistable (stays where it is set) or monostable (returns to inactive after the delay)
 * @param delayMillis the monostable delay in milliseconds (stored as a number so the state file
 *     needs no date-time support)
 * @param idleState whether the contact is open or closed when the relay is inactive
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, RelayOutputSettings</a>
 */
public record RelayOutputSettings(Mode mode, long delayMillis, IdleState idleState) {

  /** tt:RelayMode. */
  public enum Mode {
    MONOSTABLE("Monostable"),
    BISTABLE("Bistable");

    private final String wireName;

    Mode(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  /** tt:RelayIdleState and tt:DigitalIdleState. */
  public enum IdleState {
    CLOSED("closed"),
    OPEN("open");

    private final String wireName;

    IdleState(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  /** A bistable relay, open when inactive, with a 1 s delay for when it becomes monostable. */
  public static final RelayOutputSettings DEFAULT =
      new RelayOutputSettings(Mode.BISTABLE, 1000, IdleState.OPEN);

  public RelayOutputSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(idleState, "idleState");
    if (delayMillis < 0) {
      throw new IllegalArgumentException("delay must not be negative");
    }
  }

  /** The monostable delay. */
  public Duration delay() {
    return Duration.ofMillis(delayMillis);
  }
}
