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

  private final QName name;
  private final QName[] attributeNames;
  private final String[] attributeValues;
  private final List<XmlElement> children;
  private final String text;
  private final NamespaceScope scope;

  XmlElement(
      QName name,
      QName[] attributeNames,
      String[] attributeValues,
      List<XmlElement> children,
      String text,
      NamespaceScope scope) {
    this.name = name;
    this.attributeNames = attributeNames;
    this.attributeValues = attributeValues;
    this.children = children;
    this.text = text;
    this.scope = scope;
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
    return Optional.ofNullable(childOrNull(namespace, localName));
  }

  /** The first child with this namespace and local name, or {@code null}. */
  public XmlElement childOrNull(String namespace, String localName) {
    for (XmlElement c : children) {
      if (c.is(namespace, localName)) {
        return c;
      }
    }
    return null;
  }

  /** Every child with this namespace and local name. */
  public List<XmlElement> children(String namespace, String localName) {
    List<XmlElement> out = new ArrayList<>(2);
    for (XmlElement c : children) {
      if (c.is(namespace, localName)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The first child with this local name in any namespace, preferring one in {@code
   * preferredNamespace}. Lenient lookup for vendors who use the wrong namespace.
   */
  public XmlElement childLenient(String preferredNamespace, String localName) {
    XmlElement exact = childOrNull(preferredNamespace, localName);
    return exact != null ? exact : childLenient(localName);
  }

  /** The first child with this local name in any namespace, or {@code null}. Lenient. */
  public XmlElement childLenient(String localName) {
    for (XmlElement c : children) {
      if (c.localName().equals(localName)) {
        return c;
      }
    }
    return null;
  }

  /** Every child with this local name in any namespace. Lenient. */
  public List<XmlElement> childrenLenient(String localName) {
    List<XmlElement> out = new ArrayList<>(2);
    for (XmlElement c : children) {
      if (c.localName().equals(localName)) {
        out.add(c);
      }
    }
    return out;
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
    XmlElement e = this;
    for (String n : localNames) {
      e = e.childOrNull(namespace, n);
      if (e == null) {
        return null;
      }
    }
    return e;
  }

  /** Follows a path of local names, each step in any namespace. Lenient. */
  public XmlElement pathLenient(String... localNames) {
    XmlElement e = this;
    for (String n : localNames) {
      e = e.childLenient(n);
      if (e == null) {
        return null;
      }
    }
    return e;
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
   * this element. An unprefixed value resolves against the default namespace. Returns a QName with
   * an empty namespace when the prefix is not bound.
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
    return scope.declared();
  }

  /** A builder initialised with this element's content. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    for (int i = 0; i < attributeNames.length; i++) {
      b.attribute(attributeNames[i], attributeValues[i]);
    }
    b.declared.putAll(scope.declared());
    children.forEach(b::child);
    b.text(text);
    return b;
  }

  @Override
  public String toString() {
    return XmlWriter.toXml(this);
  }

  /**
   * Builds an element. Values are stored as given and escaped only when written, by {@link
   * XmlWriter}.
   */
  public static final class Builder {
    private final QName name;
    private final List<QName> attributeNames = new ArrayList<>(2);
    private final List<String> attributeValues = new ArrayList<>(2);
    private final List<XmlElement> children = new ArrayList<>(4);
    private final Map<String, String> declared = new LinkedHashMap<>(2);
    private String text = "";

    private Builder(QName name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Adds an unqualified attribute; a {@code null} value adds nothing. */
    public Builder attribute(String localName, Object value) {
      return attribute(new QName("", localName), value);
    }

    /** Adds an attribute; a {@code null} value adds nothing. */
    public Builder attribute(QName attrName, Object value) {
      if (value != null) {
        attributeNames.add(attrName);
        attributeValues.add(String.valueOf(value));
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
      return this;
    }

    /**
     * Sets the text to a QName value ({@code prefix:local}) and declares its namespace on this
     * element, so the receiver can resolve it.
     */
    public Builder qnameText(QName value) {
      String ns = value.getNamespaceURI();
      if (ns.isEmpty()) {
        this.text = value.getLocalPart();
        return this;
      }
      String prefix = value.getPrefix();
      if (prefix.isEmpty()) {
        prefix = Objects.requireNonNullElse(dev.jonvif.core.Namespaces.prefixFor(ns), "q");
      }
      declared.put(prefix, ns);
      this.text = prefix + ":" + value.getLocalPart();
      return this;
    }

    /** Declares a prefix on this element (for QName-valued content). */
    public Builder declareNamespace(String prefix, String namespace) {
      declared.put(prefix, namespace);
      return this;
    }

    public XmlElement build() {
      return new XmlElement(
          name,
          attributeNames.isEmpty() ? NO_NAMES : attributeNames.toArray(NO_NAMES),
          attributeValues.isEmpty() ? NO_VALUES : attributeValues.toArray(NO_VALUES),
          children.isEmpty() ? List.of() : List.copyOf(children),
          text,
          declared.isEmpty()
              ? NamespaceScope.EMPTY
              : new NamespaceScope(null, Map.copyOf(declared)));
    }
  }
}
