package dev.jonvif.client.events;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads notifications into {@link OnvifEvent}s: a PullMessagesResponse, a {@code wsnt:Notify} body
 * (Basic Notification) or one {@code wsnt:NotificationMessage}. Lenient where cameras are sloppy:
 * elements are found by local name in any namespace, a missing or unreadable {@code UtcTime}
 * becomes {@code null}, undeclared topic prefixes resolve to their conventional namespace, SOAP 1.1
 * and 1.2 bodies read the same. A message without a readable topic is skipped, never the batch.
 */
public final class EventMessages {

  private EventMessages() {}

  /**
   * The events of a PullMessagesResponse or Notify element (every {@code NotificationMessage}
   * child, in order).
   */
  public static List<OnvifEvent> fromNotifications(XmlElement pullResponseOrNotify) {
    List<XmlElement> messages = pullResponseOrNotify.childrenLenient("NotificationMessage");
    List<OnvifEvent> out = new ArrayList<>(messages.size());
    for (XmlElement m : messages) {
      OnvifEvent e = parseOrNull(m);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * One {@code wsnt:NotificationMessage}.
   *
   * @throws MalformedMessageException when it has no topic or no {@code tt:Message}
   */
  public static OnvifEvent parse(XmlElement notificationMessage) {
    XmlElement topicElement = notificationMessage.childLenient("Topic");
    if (topicElement == null || topicElement.textTrim().isEmpty()) {
      throw new MalformedMessageException("NotificationMessage without a Topic");
    }
    EventTopic topic;
    try {
      topic = EventTopic.parse(topicElement.textTrim(), topicElement);
    } catch (IllegalArgumentException e) {
      throw new MalformedMessageException(e.getMessage());
    }
    XmlElement wrapper = notificationMessage.childLenient("Message");
    XmlElement message = wrapper == null ? null : wrapper.childLenient("Message");
    if (message == null) {
      // A few cameras put tt:Message's content straight into wsnt:Message.
      message = wrapper;
    }
    if (message == null) {
      throw new MalformedMessageException("NotificationMessage " + topic + " without a Message");
    }
    Map<String, XmlElement> elements = new LinkedHashMap<>();
    return new OnvifEvent(
        topic,
        utcTime(message.attributeLenient("UtcTime")),
        PropertyOperation.fromWire(message.attributeLenient("PropertyOperation")),
        items(message.childLenient("Source"), elements),
        items(message.childLenient("Key"), elements),
        items(message.childLenient("Data"), elements),
        elements);
  }

  private static OnvifEvent parseOrNull(XmlElement m) {
    try {
      return parse(m);
    } catch (MalformedMessageException e) {
      return null;
    }
  }

  private static Instant utcTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return XsDateTime.parseLenient(text).instant().orElse(null);
  }

  private static Map<String, String> items(XmlElement group, Map<String, XmlElement> elements) {
    if (group == null) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (XmlElement c : group.children()) {
      String name = c.attributeLenient("Name");
      if (name == null) {
        continue;
      }
      if (c.localName().equals("SimpleItem")) {
        String value = c.attributeLenient("Value");
        out.put(name, value == null ? "" : value);
      } else if (c.localName().equals("ElementItem")) {
        XmlElement content = c.firstChild();
        elements.put(name, content == null ? c : content);
      }
    }
    return out;
  }
}
