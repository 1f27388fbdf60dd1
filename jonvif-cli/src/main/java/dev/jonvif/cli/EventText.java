package dev.jonvif.cli;

import dev.jonvif.client.events.EventTopic;
import dev.jonvif.client.events.OnvifEvent;
import dev.jonvif.client.events.SensorKind;
import dev.jonvif.client.events.SensorReading;
import dev.jonvif.client.events.TopicCatalog;
import dev.jonvif.client.events.TopicDescription;
import dev.jonvif.core.types.XsDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How {@code jonvif events} prints events and topic trees, as text and as JSON. */
final class EventText {

  private EventText() {}

  /**
   * {@code 2026-11-22T08:00:01Z Changed tns1:VideoSource/MotionAlarm Source=.. State=true (motion
   * on)}.
   */
  static String line(OnvifEvent e, SensorReading r) {
    StringBuilder sb = new StringBuilder(128);
    sb.append(e.utcTime() == null ? "-" : XsDateTime.format(e.utcTime()));
    sb.append(' ').append(e.operation() == null ? "Event" : e.operation().wireValue());
    sb.append(' ').append(e.topic());
    items(sb, e.source());
    items(sb, e.key());
    items(sb, e.data());
    e.elementItems().keySet().forEach(n -> sb.append(' ').append(n).append("=<element>"));
    if (r.kind() != SensorKind.UNKNOWN) {
      sb.append("  (").append(kindName(r.kind()));
      r.active()
          .ifPresentOrElse(
              a -> sb.append(a ? " on" : " off"),
              () -> {
                if (r.value() != null) {
                  sb.append(' ').append(r.value());
                }
              });
      sb.append(')');
    }
    return sb.toString();
  }

  private static void items(StringBuilder sb, Map<String, String> items) {
    items.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
  }

  static String kindName(SensorKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Map<String, Object> eventJson(OnvifEvent e, SensorReading r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time", e.utcTime() == null ? null : XsDateTime.format(e.utcTime()));
    m.put("topic", e.topic().toString());
    m.put("namespace", e.topic().namespace());
    m.put("path", e.topic().path());
    m.put("operation", e.operation() == null ? null : e.operation().wireValue());
    m.put("source", e.source());
    m.put("key", e.key());
    m.put("data", e.data());
    m.put("kind", r.kind() == SensorKind.UNKNOWN ? null : kindName(r.kind()));
    m.put("sourceId", r.sourceId());
    m.put("active", r.active().orElse(null));
    m.put("value", r.value());
    return m;
  }

  /** The topics as an indented tree, namespace roots first. */
  static String tree(TopicCatalog catalog) {
    StringBuilder sb = new StringBuilder(1024);
    List<String> printed = new ArrayList<>();
    for (TopicDescription t : catalog.topics()) {
      EventTopic topic = t.topic();
      List<String> segments = topic.segments();
      String root = topic.prefix();
      String key = topic.namespace();
      for (int i = 0; i < segments.size(); i++) {
        key = key + "/" + segments.get(i);
        if (printed.contains(key)) {
          continue;
        }
        printed.add(key);
        sb.append("  ".repeat(i)).append(i == 0 ? root + ":" : "").append(segments.get(i));
        if (i == segments.size() - 1) {
          describe(sb, t);
        }
        sb.append('\n');
      }
    }
    sb.append(catalog.topics().size()).append(" topics");
    if (!catalog.topicExpressionDialects().isEmpty()) {
      sb.append("; filters: ")
          .append(catalog.topicExpressionDialects().size())
          .append(" topic dialect(s), ")
          .append(catalog.messageContentFilterDialects().size())
          .append(" content dialect(s)");
    }
    return sb.append('\n').toString();
  }

  private static void describe(StringBuilder sb, TopicDescription t) {
    if (t.property()) {
      sb.append("  [property]");
    }
    if (!t.source().isEmpty()) {
      sb.append("  source ").append(String.join(",", t.source().keySet()));
    }
    if (!t.key().isEmpty()) {
      sb.append("  key ").append(String.join(",", t.key().keySet()));
    }
    if (!t.data().isEmpty()) {
      sb.append("  data ").append(String.join(",", t.data().keySet()));
    }
    if (t.kind() != SensorKind.UNKNOWN) {
      sb.append("  -> ").append(kindName(t.kind()));
    }
  }

  static Map<String, Object> catalogJson(TopicCatalog catalog) {
    List<Object> topics = new ArrayList<>();
    for (TopicDescription t : catalog.topics()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("topic", t.topic().toString());
      m.put("namespace", t.topic().namespace());
      m.put("path", t.topic().path());
      m.put("property", t.property());
      m.put("source", t.source());
      m.put("key", t.key());
      m.put("data", t.data());
      m.put("kind", t.kind() == SensorKind.UNKNOWN ? null : kindName(t.kind()));
      topics.add(m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fixedTopicSet", catalog.fixedTopicSet());
    m.put("topicExpressionDialects", catalog.topicExpressionDialects());
    m.put("messageContentFilterDialects", catalog.messageContentFilterDialects());
    m.put("topics", topics);
    return m;
  }
}
