package dev.jonvif.client.events.internal;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter: {@code min}, doubling up to {@code max}, each delay plus a
 * random share of up to half of itself so that many clients losing a camera at once do not return
 * in step. Not thread-safe.
 */
public final class Backoff {

  private final Duration min;
  private final Duration max;
  private final RandomGenerator random;
  private Duration next;

  public Backoff(Duration min, Duration max, RandomGenerator random) {
    this.min = min;
    this.max = max;
    this.random = random;
    this.next = min;
  }

  /** The delay before the next attempt; each call doubles the base up to {@code max}. */
  public Duration next() {
    Duration base = next;
    Duration doubled = base.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    long jitterMillis = base.toMillis() / 2;
    return base.plusMillis(jitterMillis <= 0 ? 0 : random.nextLong(jitterMillis + 1));
  }

  /** Back to {@code min} after a success. */
  public void reset() {
    next = min;
  }
}
