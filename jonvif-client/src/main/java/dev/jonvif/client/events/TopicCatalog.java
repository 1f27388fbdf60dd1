package dev.jonvif.client.events;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A camera's topic set and filter dialects, read from GetEventPropertiesResponse.
 *
 * @param topics every topic (a node marked {@code wstop:topic="true"} or carrying a message
 *     description), in document order
 * @param fixedTopicSet whether the set never changes
 * @param topicNamespaceLocations the TopicNamespaceLocation URIs
 * @param topicExpressionDialects the topic expression dialects the camera accepts
 * @param messageContentFilterDialects the message content filter dialects it accepts
 * @see <a href="https://www.onvif.org/ver10/events/wsdl/event.wsdl">event.wsdl,
 *     GetEventProperties</a>
 */
public record TopicCatalog(
    List<TopicDescription> topics,
    boolean fixedTopicSet,
    List<String> topicNamespaceLocations,
    List<String> topicExpressionDialects,
    List<String> messageContentFilterDialects) {

  public TopicCatalog {
    topics = List.copyOf(topics);
    topicNamespaceLocations = List.copyOf(topicNamespaceLocations);
    topicExpressionDialects = List.copyOf(topicExpressionDialects);
    messageContentFilterDialects = List.copyOf(messageContentFilterDialects);
  }

  /**
   * Reads a GetEventPropertiesResponse element. Topic roots take their element's namespace; nodes
   * below are named by local name whatever their prefix.
   */
  public static TopicCatalog fromResponse(XmlElement response) {
    if (response == null) {
      throw new MalformedMessageException("no GetEventPropertiesResponse");
    }
    List<TopicDescription> topics = new ArrayList<>();
    XmlElement set = response.childLenient("TopicSet");
    if (set != null) {
      for (XmlElement root : set.children()) {
        walk(root, root.namespace(), root.localName(), topics);
      }
    }
    return new TopicCatalog(
        topics,
        "true".equalsIgnoreCase(response.childTextLenient("FixedTopicSet")),
        texts(response, "TopicNamespaceLocation"),
        texts(response, "TopicExpressionDialect"),
        texts(response, "MessageContentFilterDialect"));
  }

  private static void walk(XmlElement node, String ns, String path, List<TopicDescription> out) {
    XmlElement description = node.childLenient("MessageDescription");
    if (description != null || "true".equalsIgnoreCase(node.attributeLenient("topic"))) {
      out.add(describe(new EventTopic(ns, path), description));
    }
    for (XmlElement c : node.children()) {
      if (!c.localName().equals("MessageDescription")) {
        walk(c, ns, path + "/" + c.localName(), out);
      }
    }
  }

  private static TopicDescription describe(EventTopic topic, XmlElement d) {
    if (d == null) {
      return new TopicDescription(topic, false, Map.of(), Map.of(), Map.of());
    }
    return new TopicDescription(
        topic,
        "true".equalsIgnoreCase(d.attributeLenient("IsProperty")),
        items(d.childLenient("Source")),
        items(d.childLenient("Key")),
        items(d.childLenient("Data")));
  }

  private static Map<String, String> items(XmlElement group) {
    if (group == null) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (XmlElement c : group.children()) {
      String name = c.attributeLenient("Name");
      if (name != null) {
        String type = c.attributeLenient("Type");
        out.put(name, type == null ? "" : type.strip());
      }
    }
    return out;
  }

  private static List<String> texts(XmlElement parent, String localName) {
    List<String> out = new ArrayList<>();
    for (XmlElement e : parent.childrenLenient(localName)) {
      String t = e.textTrim();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The description of {@code topic}, if the camera declares it. */
  public Optional<TopicDescription> find(EventTopic topic) {
    return topics.stream().filter(t -> t.topic().equals(topic)).findFirst();
  }

  /** The topics at or below {@code ancestor}. */
  public List<TopicDescription> below(EventTopic ancestor) {
    return topics.stream().filter(t -> t.topic().isWithin(ancestor)).toList();
  }
}
