package dev.jonvif.device.ptz;

import java.time.Duration;
import java.util.Objects;

/**
 * A PTZ configuration (tt:PTZConfiguration): the node it drives and the defaults a move uses when
 * the request leaves them out. The default spaces are always the generic ones and the limits are
 * the node's whole range, so they are not stored.
 *
 * @param token the configuration token
 * @param name the configuration name
 * @param nodeToken the PTZ node it drives
 * @param defaultSpeed the speed of absolute and relative moves and of GotoPreset without Speed
 *     (both pan/tilt and zoom present, 0..1)
 * @param defaultTimeoutMillis how long a ContinuousMove without Timeout lasts (milliseconds; stored
 *     as a number so the state file needs no date-time support)
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, PTZConfiguration</a>
 */
public record PtzConfiguration(
    String token,
    String name,
    String nodeToken,
    PtzVector defaultSpeed,
    long defaultTimeoutMillis) {

  public PtzConfiguration {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nodeToken, "nodeToken");
    Objects.requireNonNull(defaultSpeed, "defaultSpeed");
    if (!defaultSpeed.hasPanTilt() || !defaultSpeed.hasZoom()) {
      throw new IllegalArgumentException("the default speed names pan/tilt and zoom");
    }
    if (defaultTimeoutMillis <= 0) {
      throw new IllegalArgumentException("default timeout must be positive");
    }
  }

  /** The default ContinuousMove timeout. */
  public Duration defaultTimeout() {
    return Duration.ofMillis(defaultTimeoutMillis);
  }

  public PtzConfiguration withName(String newName) {
    return new PtzConfiguration(token, newName, nodeToken, defaultSpeed, defaultTimeoutMillis);
  }

  public PtzConfiguration withDefaultSpeed(PtzVector speed) {
    return new PtzConfiguration(token, name, nodeToken, speed, defaultTimeoutMillis);
  }

  public PtzConfiguration withDefaultTimeout(Duration timeout) {
    return new PtzConfiguration(token, name, nodeToken, defaultSpeed, timeout.toMillis());
  }
}
