package dev.jonvif.client.events;

import dev.jonvif.core.xml.XmlElement;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One notification from a camera: a {@code wsnt:NotificationMessage} with its {@code tt:Message}
 * read into values. Read them with {@link EventMessages}; {@link #sensor()} says what it means for
 * a home-automation sensor.
 *
 * @param topic the topic, namespace-resolved (independent of the camera's prefixes)
 * @param utcTime when it happened by the camera's clock, or {@code null} when the camera sent no
 *     (or an unreadable) {@code UtcTime}
 * @param operation the property operation, or {@code null} for a plain event
 * @param source the Source SimpleItems (name to value, in order)
 * @param key the Key SimpleItems
 * @param data the Data SimpleItems
 * @param elementItems the ElementItems of Source, Key and Data by name (their single child, or the
 *     ElementItem itself when it has none)
 * @see <a href="https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf">ONVIF Core, §9.2
 *     (Notification structure)</a>
 */
public record OnvifEvent(
    EventTopic topic,
    Instant utcTime,
    PropertyOperation operation,
    Map<String, String> source,
    Map<String, String> key,
    Map<String, String> data,
    Map<String, XmlElement> elementItems) {

  public OnvifEvent {
    Objects.requireNonNull(topic, "topic");
    source = copy(source);
    key = copy(key);
    data = copy(data);
    elementItems = copy(elementItems);
  }

  /** A plain or property event without ElementItems. */
  public OnvifEvent(
      EventTopic topic,
      Instant utcTime,
      PropertyOperation operation,
      Map<String, String> source,
      Map<String, String> key,
      Map<String, String> data) {
    this(topic, utcTime, operation, source, key, data, Map.of());
  }

  /** An unmodifiable copy keeping the order ({@code null} is empty). */
  static <V> Map<String, V> copy(Map<String, V> items) {
    return items == null || items.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /** The camera's time, if it sent a readable one. */
  public Optional<Instant> time() {
    return Optional.ofNullable(utcTime);
  }

  /** Whether this is a property event (has a PropertyOperation). */
  public boolean isProperty() {
    return operation != null;
  }

  /** The value of SimpleItem {@code name} in Data, Key or Source (that order), or {@code null}. */
  public String item(String name) {
    String v = data.get(name);
    if (v == null) {
      v = key.get(name);
    }
    return v != null ? v : source.get(name);
  }

  /**
   * What this event says about a sensor, by the default {@link Sensors} mapping: kind ({@link
   * SensorKind#UNKNOWN} for topics it does not know), source and state.
   */
  public SensorReading sensor() {
    return Sensors.defaults().read(this);
  }

  /** The sensor kind by the default mapping. */
  public SensorKind kind() {
    return sensor().kind();
  }
}
