package dev.jonvif.device.ptz.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One motor axis as a straight line in time: from {@code from} at {@code start} to {@code to} at
 * {@code end}, at constant speed, then standing still. Every move (absolute, relative, continuous
 * with or without timeout, stop) is one such segment, so the position at any moment is computed
 * when asked; an idle camera costs nothing. Also used for the simulated focus lens.
 */
public record AxisMotion(float from, Instant start, float to, Instant end) {

  /** An axis standing at {@code position}. */
  public static AxisMotion idle(float position, Instant now) {
    return new AxisMotion(position, now, position, now);
  }

  /**
   * An axis that leaves {@code current} at {@code now} for {@code target} at {@code unitsPerSecond}
   * (a non-positive speed does not move).
   */
  public static AxisMotion towards(
      float current, float target, double unitsPerSecond, Instant now) {
    if (!(unitsPerSecond > 0) || current == target) {
      return idle(current, now);
    }
    double seconds = Math.abs(target - current) / unitsPerSecond;
    long nanos = (long) Math.ceil(seconds * 1e9);
    return new AxisMotion(current, now, target, now.plusNanos(Math.max(1, nanos)));
  }

  /**
   * An axis moving at {@code unitsPerSecond} (signed) from {@code current} until {@code timeout}
   * has passed or it reaches {@code min}/{@code max}, whichever comes first.
   */
  public static AxisMotion continuous(
      float current, double unitsPerSecond, Duration timeout, float min, float max, Instant now) {
    if (unitsPerSecond == 0) {
      return idle(current, now);
    }
    double seconds = timeout.toNanos() / 1e9;
    double reach = current + unitsPerSecond * seconds;
    float target = (float) Math.max(min, Math.min(max, reach));
    return towards(current, target, Math.abs(unitsPerSecond), now);
  }

  /** Where the axis is at {@code now}. */
  public float position(Instant now) {
    if (!now.isBefore(end)) {
      return to;
    }
    if (!now.isAfter(start)) {
      return from;
    }
    double total = Duration.between(start, end).toNanos();
    double done = Duration.between(start, now).toNanos();
    return (float) (from + (to - from) * (done / total));
  }

  /** Whether the axis still moves at {@code now}. */
  public boolean moving(Instant now) {
    return now.isBefore(end) && from != to;
  }

  /** The axis stopped where it is at {@code now}. */
  public AxisMotion stoppedAt(Instant now) {
    return idle(position(now), now);
  }
}
