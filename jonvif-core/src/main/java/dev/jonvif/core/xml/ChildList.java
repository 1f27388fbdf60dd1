package dev.jonvif.core.xml;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The children of an element: an unmodifiable list over an array that nobody else holds. Saves the
 * copy {@link List#copyOf} would make of what the parser and the builder have already copied.
 */
final class ChildList extends AbstractList<XmlElement> implements RandomAccess {

  private final XmlElement[] elements;

  private ChildList(XmlElement[] elements) {
    this.elements = elements;
  }

  /** A list over {@code elements}, which the caller hands over and must not change afterwards. */
  static List<XmlElement> adopt(XmlElement[] elements) {
    return elements.length == 0 ? List.of() : new ChildList(elements);
  }

  @Override
  public XmlElement get(int index) {
    return elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
