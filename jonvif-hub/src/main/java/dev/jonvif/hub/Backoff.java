package dev.jonvif.hub;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: doubling from {@code min} up to {@code max}, each drawn uniformly from its
 * upper half so that cameras that failed together (a switch reboot) do not retry together.
 */
record Backoff(Duration min, Duration max, RandomGenerator random) {

  /** The delay before retry number {@code attempt} (0 for the first retry). */
  Duration delay(int attempt) {
    long cap = max.toMillis();
    long d = min.toMillis() << Math.min(attempt, 20);
    d = d <= 0 || d > cap ? cap : d;
    long half = d / 2;
    return Duration.ofMillis(half + random.nextLong(d - half + 1));
  }
}
