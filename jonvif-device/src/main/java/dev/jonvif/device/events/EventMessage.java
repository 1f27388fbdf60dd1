package dev.jonvif.device.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One notification: a {@code tt:Message} under a topic.
 *
 * @param topic the topic
 * @param utcTime when it happened, by the camera's clock
 * @param operation the property operation, or {@code null} for a plain (non-property) event
 * @param source the Source SimpleItems (name → value, in order)
 * @param key the Key SimpleItems
 * @param data the Data SimpleItems
 */
public record EventMessage(
    EventTopic topic,
    Instant utcTime,
    PropertyOperation operation,
    Map<String, String> source,
    Map<String, String> key,
    Map<String, String> data) {

  public EventMessage {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(utcTime, "utcTime");
    source = copy(source);
    key = copy(key);
    data = copy(data);
  }

  private static Map<String, String> copy(Map<String, String> items) {
    return items == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /** This message with another operation and time (used to replay a property's state). */
  public EventMessage as(PropertyOperation newOperation, Instant time) {
    return new EventMessage(topic, time, newOperation, source, key, data);
  }

  /** The value of SimpleItem {@code name} in Source, Key or Data, or {@code null}. */
  public String item(String name) {
    String v = source.get(name);
    if (v == null) {
      v = key.get(name);
    }
    return v != null ? v : data.get(name);
  }
}
