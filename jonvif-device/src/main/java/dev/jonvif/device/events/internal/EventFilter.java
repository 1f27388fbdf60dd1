package dev.jonvif.device.events.internal;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.events.EventMessage;
import dev.jonvif.device.events.EventTopic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;

/**
 * A subscription filter read from {@code wsnt:Filter}: a topic expression (ConcreteSet dialect:
 * {@code |} alternatives, {@code //.} for a topic and its descendants, prefixes resolved with the
 * request's in-scope namespaces) and a message-content filter in the ONVIF ItemFilter dialect
 * ({@code boolean(//tt:SimpleItem[@Name="..." and @Value="..."])} clauses joined by {@code and} or
 * {@code or}).
 */
final class EventFilter {

  static final String CONCRETE_SET = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet";
  static final String CONCRETE = "http://docs.oasis-open.org/wsn/t-1/TopicExpression/Concrete";
  static final String ITEM_FILTER =
      "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter";

  private static final QName TOPIC_EXPRESSION =
      new QName(Namespaces.WSNT, "TopicExpression", "wsnt");
  private static final QName MESSAGE_CONTENT = new QName(Namespaces.WSNT, "MessageContent", "wsnt");
  private static final Pattern CLAUSE =
      Pattern.compile(
          "boolean\\(\\s*//([\\w.-]+):SimpleItem\\[\\s*@Name\\s*=\\s*(['\"])(.*?)\\2"
              + "(?:\\s+and\\s+@Value\\s*=\\s*(['\"])(.*?)\\4)?\\s*\\]\\s*\\)");
  private static final Pattern CONNECTOR = Pattern.compile("\\s*(and|or)\\s*");

  private EventFilter() {}

  /** The predicate for {@code filter} (may be {@code null}: everything). */
  static Predicate<EventMessage> read(XmlElement filter, List<EventTopic> known, Instant now) {
    Predicate<EventMessage> p = m -> true;
    if (filter == null) {
      return p;
    }
    for (XmlElement e : filter.children()) {
      if (e.is(Namespaces.WSNT, "TopicExpression")) {
        p = p.and(topics(e, known, now));
      } else if (e.is(Namespaces.WSNT, "MessageContent")) {
        p = p.and(content(e, now));
      } else {
        throw EventFaults.invalidFilter(
            "filter element " + e.name() + " is not supported", e.name(), now);
      }
    }
    return p;
  }

  private static Predicate<EventMessage> topics(XmlElement e, List<EventTopic> known, Instant now) {
    String dialect = e.attribute("Dialect");
    if (dialect != null && !dialect.equals(CONCRETE_SET) && !dialect.equals(CONCRETE)) {
      throw EventFaults.dialectUnknown(
          "topic expression dialect '" + dialect + "' is not supported", now);
    }
    List<Predicate<EventTopic>> alternatives = new ArrayList<>();
    for (String alt : e.textTrim().split("\\|", -1)) {
      alternatives.add(alternative(alt.strip(), e.namespacesInScope(), known, now));
    }
    return m -> alternatives.stream().anyMatch(a -> a.test(m.topic()));
  }

  private static Predicate<EventTopic> alternative(
      String expr, Map<String, String> namespaces, List<EventTopic> known, Instant now) {
    boolean descendants = expr.endsWith("//.");
    String path = descendants ? expr.substring(0, expr.length() - 3) : expr;
    int colon = path.indexOf(':');
    String ns = colon < 0 ? namespaces.get("") : namespaces.get(path.substring(0, colon));
    String rest = path.substring(colon + 1);
    if (ns == null || rest.isEmpty() || rest.contains("//") || rest.endsWith("/")) {
      throw invalidTopic("'" + expr + "' is not a valid ConcreteSet topic expression", now);
    }
    StringBuilder local = new StringBuilder();
    for (String segment : rest.split("/")) {
      int c = segment.indexOf(':');
      String name = c < 0 ? segment : segment.substring(c + 1);
      if (name.isEmpty() || name.equals("*") || name.equals(".")) {
        throw invalidTopic("'" + expr + "' is not a valid ConcreteSet topic expression", now);
      }
      local.append(local.isEmpty() ? "" : "/").append(name);
    }
    String prefixPath = local.toString();
    Predicate<EventTopic> p =
        t ->
            t.namespace().equals(ns)
                && (t.path().equals(prefixPath)
                    || (descendants && t.path().startsWith(prefixPath + "/")));
    if (known.stream().noneMatch(p)) {
      throw invalidTopic("no topic of this device matches '" + expr + "'", now);
    }
    return p;
  }

  private static SoapFaultException invalidTopic(String reason, Instant now) {
    return EventFaults.invalidFilter(reason, TOPIC_EXPRESSION, now);
  }

  private static Predicate<EventMessage> content(XmlElement e, Instant now) {
    String dialect = e.attribute("Dialect");
    if (dialect != null && !dialect.equals(ITEM_FILTER)) {
      throw EventFaults.invalidFilter(
          "message content dialect '" + dialect + "' is not supported", MESSAGE_CONTENT, now);
    }
    String expr = e.textTrim();
    Map<String, String> namespaces = e.namespacesInScope();
    Predicate<EventMessage> result = null;
    String connector = null;
    int at = 0;
    Matcher clause = CLAUSE.matcher(expr);
    while (at < expr.length()) {
      if (result != null) {
        Matcher c = CONNECTOR.matcher(expr).region(at, expr.length());
        if (!c.lookingAt() || (connector != null && !connector.equals(c.group(1)))) {
          break;
        }
        connector = c.group(1);
        at = c.end();
      }
      clause.region(at, expr.length());
      if (!clause.lookingAt() || !Namespaces.TT.equals(namespaces.get(clause.group(1)))) {
        result = null;
        break;
      }
      String name = clause.group(3);
      String value = clause.group(5);
      Predicate<EventMessage> one =
          m -> {
            String v = m.item(name);
            return v != null && (value == null || value.equals(v));
          };
      result = result == null ? one : "or".equals(connector) ? result.or(one) : result.and(one);
      at = clause.end();
    }
    if (result == null || at < expr.length()) {
      throw EventFaults.invalidFilter(
          "message content filter '" + expr + "' is not supported", MESSAGE_CONTENT, now);
    }
    return result;
  }
}
