package dev.jonvif.discovery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few MessageIDs seen, to drop SOAP-over-UDP repeats of a message already handled.
 * Thread-safe.
 */
final class RecentIds {

  private final Map<String, Boolean> seen;

  RecentIds(int capacity) {
    this.seen =
        new LinkedHashMap<>(capacity * 2, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** True the first time {@code id} is offered (and remembers it), false for a repeat. */
  synchronized boolean firstTime(String id) {
    return seen.put(id, Boolean.TRUE) == null;
  }
}
