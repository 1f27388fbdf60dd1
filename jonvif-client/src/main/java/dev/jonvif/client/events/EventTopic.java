package dev.jonvif.client.events;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * An event topic as a namespace-resolved path: the namespace of the topic tree's root and the local
 * names below it, whatever prefixes the camera chose. {@code tns1:VideoSource/MotionAlarm}, {@code
 * ns0:VideoSource/MotionAlarm} with {@code ns0} bound to {@code http://www.onvif.org/ver10/topics},
 * and Axis' mixed {@code tns1:Device/tnsaxis:IO/Port} all resolve by their root namespace and the
 * local names ({@code Device/IO/Port}).
 *
 * @param namespace the root segment's namespace ({@code ""} when the camera used an undeclared,
 *     unknown prefix)
 * @param path the local names joined with {@code /}, e.g. {@code VideoSource/MotionAlarm}
 * @see <a href="https://docs.oasis-open.org/wsn/wsn-ws_topics-1.3-spec-os.pdf">WS-Topics 1.3, §7.2
 *     (Concrete dialect)</a>
 */
public record EventTopic(String namespace, String path) {

  public EventTopic {
    namespace = Objects.requireNonNullElse(namespace, "");
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException("a topic path looks like A/B/C, got '" + path + "'");
    }
  }

  /** A topic in the ONVIF topic namespace ({@code tns1}). */
  public static EventTopic onvif(String path) {
    return new EventTopic(Namespaces.TNS1, path);
  }

  /**
   * Reads a Concrete (or Simple) topic expression with the prefixes in scope at {@code context}.
   * Each segment's own prefix (Axis writes {@code tns1:Device/tnsaxis:IO/Port}) is dropped after
   * resolution; an undeclared prefix resolves to its conventional namespace when it has one ({@code
   * tns1}, {@code tnsaxis}, ...).
   *
   * @throws IllegalArgumentException for an empty expression or an empty segment
   */
  public static EventTopic parse(String expression, XmlElement context) {
    String text = expression == null ? "" : expression.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("empty topic expression");
    }
    String[] raw = text.split("/", -1);
    StringBuilder path = new StringBuilder(text.length());
    String namespace = "";
    for (int i = 0; i < raw.length; i++) {
      String segment = raw[i].strip();
      int colon = segment.indexOf(':');
      String local = colon < 0 ? segment : segment.substring(colon + 1);
      if (local.isEmpty()) {
        throw new IllegalArgumentException("topic expression '" + text + "' has an empty segment");
      }
      if (i == 0) {
        namespace = resolve(segment, context);
      }
      path.append(i == 0 ? "" : "/").append(local);
    }
    return new EventTopic(namespace, path.toString());
  }

  private static String resolve(String segment, XmlElement context) {
    if (context != null) {
      QName q = context.resolveQName(segment);
      return q.getNamespaceURI();
    }
    int colon = segment.indexOf(':');
    return colon < 0 ? "" : prefixNamespace(segment.substring(0, colon));
  }

  private static String prefixNamespace(String prefix) {
    for (var e : Namespaces.all().entrySet()) {
      if (e.getValue().equals(prefix)) {
        return e.getKey();
      }
    }
    return "";
  }

  /**
   * Reads {@code prefix:A/B} with only the conventional prefixes ({@code tns1}, {@code tnsaxis},
   * ...) known, e.g. from a command line.
   */
  public static EventTopic parse(String expression) {
    return parse(expression, null);
  }

  /** The local names, root first. */
  public List<String> segments() {
    return List.of(path.split("/"));
  }

  /** Whether this is in the ONVIF topic namespace. */
  public boolean isOnvif() {
    return namespace.equals(Namespaces.TNS1);
  }

  /** Whether this topic is {@code ancestor} or lies below it (same namespace). */
  public boolean isWithin(EventTopic ancestor) {
    return namespace.equals(ancestor.namespace)
        && (path.equals(ancestor.path) || path.startsWith(ancestor.path + "/"));
  }

  /** The conventional prefix of the namespace ({@code tns1}, {@code tnsaxis}) or {@code ns}. */
  public String prefix() {
    String p = Namespaces.prefixFor(namespace);
    return p != null ? p : "ns";
  }

  /** The topic as a Concrete expression with its conventional prefix, e.g. {@code tns1:A/B}. */
  public String expression() {
    return prefix() + ":" + path;
  }

  /** {@link #expression()}, or {@code {namespace}path} for a namespace without a known prefix. */
  @Override
  public String toString() {
    return Namespaces.prefixFor(namespace) != null ? expression() : "{" + namespace + "}" + path;
  }
}
