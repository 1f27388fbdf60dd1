package dev.jonvif.client.events;

import java.util.Map;
import java.util.Objects;

/**
 * One topic of a camera's topic set (GetEventProperties) with its message description.
 *
 * @param topic the topic
 * @param property whether its messages are property events ({@code IsProperty="true"})
 * @param source Source SimpleItem descriptions: name to type as written ({@code tt:ReferenceToken},
 *     {@code xs:boolean})
 * @param key Key SimpleItem descriptions
 * @param data Data SimpleItem descriptions
 * @see <a href="https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf">ONVIF Core, §9.5
 *     (Topic structure)</a>
 */
public record TopicDescription(
    EventTopic topic,
    boolean property,
    Map<String, String> source,
    Map<String, String> key,
    Map<String, String> data) {

  public TopicDescription {
    Objects.requireNonNull(topic, "topic");
    source = OnvifEvent.copy(source);
    key = OnvifEvent.copy(key);
    data = OnvifEvent.copy(data);
  }

  /** The sensor kind by the default {@link Sensors} mapping. */
  public SensorKind kind() {
    return Sensors.defaults().kindOf(topic, data.keySet());
  }
}
