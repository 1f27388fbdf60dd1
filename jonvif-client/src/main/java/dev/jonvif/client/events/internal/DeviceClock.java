package dev.jonvif.client.events.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * A subscription's termination time kept in the camera's own clock. Each answer gives the camera's
 * CurrentTime and the TerminationTime; the time left is their difference, counted down by the local
 * clock since the answer arrived, so a camera clock hours off (or a year 2000 one) renews on time.
 * Without CurrentTime the camera's time is estimated from the measured clock offset; a termination
 * that is then already past or more than a year ahead is taken as unusable and the requested
 * keep-alive is assumed instead.
 *
 * <p>A jump of the camera's clock shows as CurrentTime moving differently from the local clock
 * between two answers: {@link #update} reports it. Not thread-safe (one subscription's thread).
 */
public final class DeviceClock {

  /** Camera and local clocks may drift this much between two answers before it is a jump. */
  static final Duration JUMP_TOLERANCE = Duration.ofSeconds(20);

  /** Axis hands out a month; anything beyond a year is a broken clock, not a lease. */
  private static final Duration MAX_SENSIBLE = Duration.ofDays(400);

  private final Duration assumedKeepAlive;
  private Instant localAt;
  private Instant deviceAt;
  private Duration left;

  /**
   * @param assumedKeepAlive what to assume is left after an answer whose times cannot be used
   */
  public DeviceClock(Duration assumedKeepAlive) {
    this.assumedKeepAlive = assumedKeepAlive;
  }

  /**
   * Records an answer's times.
   *
   * @param current the camera's CurrentTime, or {@code null}
   * @param termination the TerminationTime, or {@code null} (then the time left is unchanged,
   *     counted from now)
   * @param localNow the local time the answer arrived
   * @param offset the camera clock's offset from the local one when known, else {@code null}
   * @return whether the camera's clock jumped since the previous answer
   */
  public boolean update(Instant current, Instant termination, Instant localNow, Duration offset) {
    boolean jumped = false;
    if (current != null && deviceAt != null) {
      Instant expected = deviceAt.plus(Duration.between(localAt, localNow));
      jumped = Duration.between(expected, current).abs().compareTo(JUMP_TOLERANCE) > 0;
    }
    Instant deviceNow = current != null ? current : offset != null ? localNow.plus(offset) : null;
    Duration newLeft;
    if (termination == null) {
      newLeft = left == null ? assumedKeepAlive : remaining(localNow);
    } else if (deviceNow == null) {
      newLeft = sensible(Duration.between(localNow, termination));
    } else {
      newLeft = sensible(Duration.between(deviceNow, termination));
    }
    left = newLeft;
    localAt = localNow;
    deviceAt = current;
    return jumped;
  }

  private Duration sensible(Duration d) {
    return d.isNegative() || d.isZero() || d.compareTo(MAX_SENSIBLE) > 0 ? assumedKeepAlive : d;
  }

  /** Time left before the camera drops the subscription, by its clock (negative: past). */
  public Duration remaining(Instant localNow) {
    if (left == null) {
      return assumedKeepAlive;
    }
    return left.minus(Duration.between(localAt, localNow));
  }

  /**
   * The camera's current time estimated from the last CurrentTime, or {@code null} when it never
   * sent one.
   */
  public Instant deviceNow(Instant localNow) {
    return deviceAt == null ? null : deviceAt.plus(Duration.between(localAt, localNow));
  }
}
