package dev.jonvif.device.events.internal;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.events.EventMessage;
import dev.jonvif.device.events.EventTopic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes notification messages and the topic set. */
final class EventXml {

  private EventXml() {}

  /** A {@code wsnt:NotificationMessage} for {@code m}. */
  static XmlElement notification(EventMessage m) {
    return notification(m, null);
  }

  /**
   * A {@code wsnt:NotificationMessage} for {@code m}, naming the subscription it was sent for
   * (Notify messages carry it; {@code null} leaves it out).
   */
  static XmlElement notification(EventMessage m, String subscriptionAddress) {
    XmlElement topic =
        XmlElement.builder(Namespaces.WSNT, "Topic")
            .attribute("Dialect", EventFilter.CONCRETE_SET)
            .declareNamespace(prefix(m.topic()), m.topic().namespace())
            .text(m.topic().expression(prefix(m.topic())))
            .build();
    XmlElement.Builder msg =
        XmlElement.builder(Namespaces.TT, "Message")
            .attribute("UtcTime", XsDateTime.format(m.utcTime()));
    if (m.operation() != null) {
      msg.attribute("PropertyOperation", m.operation().xmlName());
    }
    items(msg, "Source", m.source());
    items(msg, "Key", m.key());
    items(msg, "Data", m.data());
    XmlElement.Builder holder = XmlElement.builder(Namespaces.WSNT, "NotificationMessage");
    if (subscriptionAddress != null) {
      holder.child(
          XmlElement.builder(Namespaces.WSNT, "SubscriptionReference")
              .child(Namespaces.WSA, "Address", subscriptionAddress)
              .build());
    }
    return holder
        .child(topic)
        .child(XmlElement.builder(Namespaces.WSNT, "Message").child(msg.build()).build())
        .build();
  }

  private static void items(XmlElement.Builder msg, String group, Map<String, String> items) {
    if (items.isEmpty()) {
      return;
    }
    XmlElement.Builder g = XmlElement.builder(Namespaces.TT, group);
    items.forEach(
        (name, value) ->
            g.child(
                XmlElement.builder(Namespaces.TT, "SimpleItem")
                    .attribute("Name", name)
                    .attribute("Value", value)
                    .build()));
    msg.child(g.build());
  }

  private static String prefix(EventTopic topic) {
    String p = Namespaces.prefixFor(topic.namespace());
    return p != null ? p : "tns";
  }

  /** The {@code wstop:TopicSet} describing {@code entries}. */
  static XmlElement topicSet(List<TopicCatalog.Entry> entries) {
    Map<String, Node> roots = new LinkedHashMap<>();
    for (TopicCatalog.Entry e : entries) {
      List<String> segments = e.topic().segments();
      Map<String, Node> level = roots;
      Node node = null;
      for (String s : segments) {
        node = level.computeIfAbsent(s, k -> new Node());
        node.namespace = e.topic().namespace();
        level = node.children;
      }
      node.entry = e;
    }
    XmlElement.Builder set = XmlElement.builder(Namespaces.WSTOP, "TopicSet");
    roots.forEach((name, node) -> set.child(node.toXml(name, true)));
    return set.build();
  }

  private static final class Node {
    String namespace;
    TopicCatalog.Entry entry;
    final Map<String, Node> children = new LinkedHashMap<>();

    XmlElement toXml(String name, boolean root) {
      XmlElement.Builder b =
          root ? XmlElement.builder(namespace, name) : XmlElement.builder(namespace, name);
      if (entry != null) {
        b.attribute(new javax.xml.namespace.QName(Namespaces.WSTOP, "topic", "wstop"), "true");
        XmlElement.Builder d =
            XmlElement.builder(Namespaces.TT, "MessageDescription")
                .declareNamespace("xs", Namespaces.XSD)
                .declareNamespace("tt", Namespaces.TT);
        if (entry.property()) {
          d.attribute("IsProperty", "true");
        }
        descriptions(d, "Source", entry.source());
        descriptions(d, "Data", entry.data());
        b.child(d.build());
      }
      children.forEach((n, c) -> b.child(c.toXml(n, false)));
      return b.build();
    }

    private static void descriptions(
        XmlElement.Builder d, String group, Map<String, String> items) {
      if (items.isEmpty()) {
        return;
      }
      XmlElement.Builder g = XmlElement.builder(Namespaces.TT, group);
      items.forEach(
          (name, type) ->
              g.child(
                  XmlElement.builder(Namespaces.TT, "SimpleItemDescription")
                      .attribute("Name", name)
                      .attribute("Type", type)
                      .build()));
      d.child(g.build());
    }
  }
}
