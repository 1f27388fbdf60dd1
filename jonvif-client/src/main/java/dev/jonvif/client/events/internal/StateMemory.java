package dev.jonvif.client.events.internal;

import dev.jonvif.client.events.EventTopic;
import dev.jonvif.client.events.OnvifEvent;
import dev.jonvif.client.events.PropertyOperation;
import java.util.HashMap;
import java.util.Map;

/**
 * The last delivered state of each property (topic, Source, Key), so that the {@code Initialized}
 * burst of a re-created subscription can drop the states the listener already has. Thread-safe
 * (Basic Notification delivers on the consumer's thread).
 */
final class StateMemory {

  private record Key(EventTopic topic, Map<String, String> source, Map<String, String> key) {}

  private final Map<Key, Map<String, String>> last = new HashMap<>();
  private volatile boolean suppressRepeats;

  /** Whether {@code Initialized} events equal to the last state are dropped from now on. */
  void suppressRepeats(boolean on) {
    suppressRepeats = on;
  }

  /** Records {@code e}; false when it repeats a known state and repeats are suppressed. */
  synchronized boolean accept(OnvifEvent e) {
    if (!e.isProperty()) {
      return true;
    }
    Key k = new Key(e.topic(), e.source(), e.key());
    if (e.operation() == PropertyOperation.DELETED) {
      last.remove(k);
      return true;
    }
    Map<String, String> previous = last.put(k, e.data());
    return !(suppressRepeats
        && e.operation() == PropertyOperation.INITIALIZED
        && e.data().equals(previous));
  }
}
