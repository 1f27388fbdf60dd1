package dev.jonvif.core.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * An immutable, namespace-aware XML element: name, attributes, child elements and character data.
 *
 * <p>Lookups match on namespace URI and local name, whatever prefix the sender chose. The {@code
 * *Lenient} lookups match on the local name alone: they exist for vendors who put elements in the
 * wrong namespace, and are the only place that leniency lives.
 */
public final class XmlElement {

  private static final QName[] NO_NAMES = new QName[0];
  private static final String[] NO_VALUES = new String[0];
  private static final XmlElement[] NO_CHILDREN = new XmlElement[0];

  private final QName name;
  private final QName[] attributeNames;
  private final String[] attributeValues;
  private final List<XmlElement> children;
  private final String text;
  private final NamespaceScope scope;

  /** Whether {@link #scope} was made for this element (it declares namespaces itself). */
  private final boolean declares;

  /** The QName this element's text stands for, when built with {@link Builder#qnameText}. */
  private final QName qnameText;

  XmlElement(
      QName name,
      QName[] attributeNames,
      String[] attributeValues,
      List<XmlElement> children,
      String text,
      NamespaceScope scope,
      boolean declares,
      QName qnameText) {
    this.name = name;
    this.attributeNames = attributeNames;
    this.attributeValues = attributeValues;
    this.children = children;
    this.text = text;
    this.scope = scope;
    this.declares = declares;
    this.qnameText = qnameText;
  }

  /** A builder for an element in namespace {@code namespace} ("" for none). */
  public static Builder builder(String namespace, String localName) {
    return new Builder(new QName(namespace, localName));
  }

  public static Builder builder(QName name) {
    return new Builder(name);
  }

  /** An element with text content and nothing else. */
  public static XmlElement of(String namespace, String localName, String text) {
    return builder(namespace, localName).text(text).build();
  }

  /** The name, with the prefix the sender used (if parsed). */
  public QName name() {
    return name;
  }

  public String namespace() {
    return name.getNamespaceURI();
  }

  public String localName() {
    return name.getLocalPart();
  }

  /** Whether this element has the given namespace and local name. */
  public boolean is(String namespace, String localName) {
    return name.getLocalPart().equals(localName) && name.getNamespaceURI().equals(namespace);
  }

  /** The attributes, in document order. */
  public Map<QName, String> attributes() {
    Map<QName, String> m = new LinkedHashMap<>();
    for (int i = 0; i < attributeNames.length; i++) {
      m.put(attributeNames[i], attributeValues[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** The value of the unqualified attribute {@code localName}, or {@code null}. */
  public String attribute(String localName) {
    return attribute("", localName);
  }

  /** The value of an attribute by namespace and local name, or {@code null}. */
  public String attribute(String namespace, String localName) {
    for (int i = 0; i < attributeNames.length; i++) {
      QName n = attributeNames[i];
      if (n.getLocalPart().equals(localName) && n.getNamespaceURI().equals(namespace)) {
        return attributeValues[i];
      }
    }
    return null;
  }

  /**
   * The value of the first attribute named {@code localName} in any namespace, or {@code null}.
   * Lenient: for vendors who qualify attributes that the schema leaves unqualified, or the reverse.
   */
  public String attributeLenient(String localName) {
    for (int i = 0; i < attributeNames.length; i++) {
      if (attributeNames[i].getLocalPart().equals(localName)) {
        return attributeValues[i];
      }
    }
    return null;
  }

  public List<XmlElement> children() {
    return children;
  }

  /** The first child with this namespace and local name. */
  public Optional<XmlElement> child(String namespace, String localName) {
    return Optional.ofNullable(first(namespace, localName));
  }

  /** The first child with this namespace and local name, or {@code null}. */
  public XmlElement childOrNull(String namespace, String localName) {
    return first(namespace, localName);
  }

  /** Every child with this namespace and local name. */
  public List<XmlElement> children(String namespace, String localName) {
    return all(namespace, localName);
  }

  /**
   * The first child with this local name in any namespace, preferring one in {@code
   * preferredNamespace}. Lenient lookup for vendors who use the wrong namespace.
   */
  public XmlElement childLenient(String preferredNamespace, String localName) {
    XmlElement exact = first(preferredNamespace, localName);
    return exact != null ? exact : first(null, localName);
  }

  /** The first child with this local name in any namespace, or {@code null}. Lenient. */
  public XmlElement childLenient(String localName) {
    return first(null, localName);
  }

  /** Every child with this local name in any namespace. Lenient. */
  public List<XmlElement> childrenLenient(String localName) {
    return all(null, localName);
  }

  /** The first element child, or {@code null} when there is none. */
  public XmlElement firstChild() {
    return children.isEmpty() ? null : children.get(0);
  }

  /**
   * Follows a path of local names from this element, each step matching namespace and local name.
   * Returns {@code null} if a step is missing.
   */
  public XmlElement path(String namespace, String... localNames) {
    return follow(Objects.requireNonNull(namespace, "namespace"), localNames);
  }

  /** Follows a path of local names, each step in any namespace. Lenient. */
  public XmlElement pathLenient(String... localNames) {
    return follow(null, localNames);
  }

  /** The first child named {@code localName} in {@code namespace} (any when {@code null}). */
  private XmlElement first(String namespace, String localName) {
    for (XmlElement c : children) {
      if (c.matches(namespace, localName)) {
        return c;
      }
    }
    return null;
  }

  private List<XmlElement> all(String namespace, String localName) {
    List<XmlElement> out = new ArrayList<>(2);
    for (XmlElement c : children) {
      if (c.matches(namespace, localName)) {
        out.add(c);
      }
    }
    return out;
  }

  private XmlElement follow(String namespace, String... localNames) {
    XmlElement e = this;
    for (int i = 0; i < localNames.length && e != null; i++) {
      e = e.first(namespace, localNames[i]);
    }
    return e;
  }

  private boolean matches(String namespace, String localName) {
    return name.getLocalPart().equals(localName)
        && (namespace == null || name.getNamespaceURI().equals(namespace));
  }

  /** The character data directly inside this element, as received (not trimmed). */
  public String text() {
    return text;
  }

  /** The character data with leading and trailing white space removed. */
  public String textTrim() {
    return text.strip();
  }

  /** The trimmed text of the first matching child, or {@code null} when absent. */
  public String childText(String namespace, String localName) {
    XmlElement c = childOrNull(namespace, localName);
    return c == null ? null : c.textTrim();
  }

  /** The trimmed text of the first child with this local name in any namespace. Lenient. */
  public String childTextLenient(String localName) {
    XmlElement c = childLenient(localName);
    return c == null ? null : c.textTrim();
  }

  /**
   * Resolves a prefixed value such as {@code ter:NotAuthorized} against the namespaces in scope at
   * this element. An unprefixed value resolves against the default namespace. A prefix that is not
   * bound resolves to its conventional namespace when it has one ({@code ter}, {@code tt}, {@code
   * env}, ...), else to an empty namespace.
   */
  public QName resolveQName(String value) {
    String v = value.strip();
    int colon = v.indexOf(':');
    String prefix = colon < 0 ? "" : v.substring(0, colon);
    String local = colon < 0 ? v : v.substring(colon + 1);
    String uri = scope.lookup(prefix);
    if (uri == null && !prefix.isEmpty()) {
      // Lenient: cameras write "ter:NotAuthorized" without declaring ter. Conventional prefixes
      // resolve to their registered namespace; others stay unresolved.
      uri = WellKnownPrefixes.namespaceFor(prefix);
    }
    return new QName(uri == null ? "" : uri, local, prefix);
  }

  /**
   * This element's text as a QName resolved against the namespaces in scope (see {@link
   * #resolveQName}).
   */
  public QName textAsQName() {
    return qnameText != null ? qnameText : resolveQName(text);
  }

  /** The namespace bound to {@code prefix} here, or {@code null}. */
  public String namespaceForPrefix(String prefix) {
    return scope.lookup(prefix);
  }

  /** Every prefix binding in scope at this element. */
  public Map<String, String> namespacesInScope() {
    return scope.all();
  }

  /** Prefix bindings declared on this element itself. */
  public Map<String, String> declaredNamespaces() {
    return declares ? scope.declared() : Map.of();
  }

  /**
   * A builder initialised with this element's content. The namespaces in scope here stay in scope
   * for the copy, so QName-valued text keeps resolving (and is written correctly) wherever the copy
   * is placed.
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    for (int i = 0; i < attributeNames.length; i++) {
      b.attributes.put(attributeNames[i], attributeValues[i]);
    }
    b.inherited = scope;
    b.children.addAll(children);
    b.text = text;
    b.qnameText = qnameText;
    return b;
  }

  // For the writer, without copying the attributes into a map.
  int attributeCount() {
    return attributeNames.length;
  }

  QName attributeName(int i) {
    return attributeNames[i];
  }

  String attributeValue(int i) {
    return attributeValues[i];
  }

  QName qnameTextValue() {
    return qnameText;
  }

  NamespaceScope scope() {
    return scope;
  }

  @Override
  public String toString() {
    return XmlWriter.toXml(this);
  }

  /**
   * Builds an element. Values are stored as given and escaped only when written, by {@link
   * XmlWriter}. Names must be valid XML names; setting an attribute twice keeps the last value.
   */
  public static final class Builder {
    private final QName name;

    /** QName equality ignores the prefix: one value per namespace and local name. */
    private final Map<QName, String> attributes = new LinkedHashMap<>(4);

    private final List<XmlElement> children = new ArrayList<>(4);
    private final Map<String, String> declared = new LinkedHashMap<>(2);
    private NamespaceScope inherited;
    private String text = "";
    private QName qnameText;

    private Builder(QName name) {
      this.name = XmlNames.requireValid(Objects.requireNonNull(name, "name"), false);
    }

    /** Adds an unqualified attribute; a {@code null} value adds nothing. */
    public Builder attribute(String localName, Object value) {
      return attribute(new QName("", localName), value);
    }

    /**
     * Adds an attribute, replacing one with the same name; a {@code null} value adds nothing.
     * Namespace declarations are not attributes: use {@link #declareNamespace}.
     */
    public Builder attribute(QName attrName, Object value) {
      XmlNames.requireValid(attrName, true);
      if (value != null) {
        attributes.put(attrName, String.valueOf(value));
      }
      return this;
    }

    public Builder child(XmlElement child) {
      children.add(Objects.requireNonNull(child, "child"));
      return this;
    }

    /** Adds each child, in order. */
    public Builder children(Iterable<XmlElement> elements) {
      elements.forEach(this::child);
      return this;
    }

    /** Adds a child holding only text; a {@code null} value adds nothing. */
    public Builder child(String namespace, String localName, Object value) {
      if (value != null) {
        children.add(XmlElement.of(namespace, localName, String.valueOf(value)));
      }
      return this;
    }

    public Builder text(String value) {
      this.text = value == null ? "" : value;
      this.qnameText = null;
      return this;
    }

    /**
     * Sets the text to a QName value ({@code prefix:local}). The writer declares a prefix for its
     * namespace and writes the value with it, so the receiver can resolve it; {@link
     * #textAsQName()} gives the value back after parsing.
     */
    public Builder qnameText(QName value) {
      String ns = value.getNamespaceURI();
      if (ns.isEmpty()) {
        this.text = value.getLocalPart();
        this.qnameText = null;
        return this;
      }
      String prefix = value.getPrefix();
      if (prefix.isEmpty() || !XmlNames.isNcName(prefix)) {
        prefix = Objects.requireNonNullElse(dev.jonvif.core.Namespaces.prefixFor(ns), "q");
      }
      declared.put(prefix, ns);
      this.text = prefix + ":" + value.getLocalPart();
      this.qnameText = new QName(ns, value.getLocalPart(), prefix);
      return this;
    }

    /**
     * Declares a prefix on this element, for QName-valued content in text or attribute values that
     * is set with {@link #text} (the writer declares it wherever such a value uses it).
     */
    public Builder declareNamespace(String prefix, String namespace) {
      if (!XmlNames.isNcName(prefix) || prefix.startsWith("xml")) {
        throw new IllegalArgumentException("not a usable namespace prefix: " + prefix);
      }
      declared.put(prefix, Objects.requireNonNull(namespace, "namespace"));
      return this;
    }

    public XmlElement build() {
      return new XmlElement(
          name,
          attributes.isEmpty() ? NO_NAMES : attributes.keySet().toArray(NO_NAMES),
          attributes.isEmpty() ? NO_VALUES : attributes.values().toArray(NO_VALUES),
          ChildList.adopt(children.toArray(NO_CHILDREN)),
          text,
          NamespaceScope.of(inherited, declared),
          !declared.isEmpty(),
          qnameText);
    }
  }
}
