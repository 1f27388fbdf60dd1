package dev.jonvif.discovery;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Message keys seen in the last few seconds, to drop SOAP-over-UDP repeats of a message already
 * handled. Only a short window counts: some clients send every Probe with the same MessageID, and
 * each of those must still be answered. Thread-safe.
 */
final class RecentIds {

  /** Repeats come within about a second (UDP_UPPER_DELAY 500 ms); anything later is new. */
  static final Duration WINDOW = Duration.ofSeconds(2);

  private final Map<String, Long> seen;
  private final long windowNanos;
  private final LongSupplier nanoTime;

  RecentIds(int capacity) {
    this(capacity, WINDOW, System::nanoTime);
  }

  RecentIds(int capacity, Duration window, LongSupplier nanoTime) {
    this.windowNanos = window.toNanos();
    this.nanoTime = nanoTime;
    this.seen =
        new LinkedHashMap<>(capacity * 2, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > capacity;
          }
        };
  }

  /** False for a repeat of a key offered within the window; true (and remembered) otherwise. */
  synchronized boolean firstTime(String key) {
    long now = nanoTime.getAsLong();
    Long at = seen.get(key);
    if (at != null && now - at < windowNanos) {
      return false;
    }
    seen.remove(key);
    seen.put(key, now);
    return true;
  }
}
