package dev.jonvif.core.model;

import dev.jonvif.core.xml.XmlElement;

/**
 * A rectangle in pixels ({@code tt:IntRectangle}: attributes x, y, width, height).
 *
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record IntRectangle(int x, int y, int width, int height) {

  static IntRectangle fromElement(XmlElement e) {
    if (e == null) {
      return null;
    }
    return new IntRectangle(attr(e, "x"), attr(e, "y"), attr(e, "width"), attr(e, "height"));
  }

  private static int attr(XmlElement e, String name) {
    Integer v = Values.parseInt(Values.attribute(e, name));
    return v == null ? 0 : v;
  }

  XmlElement toElement(String namespace, String localName) {
    return XmlElement.builder(namespace, localName)
        .attribute("x", x)
        .attribute("y", y)
        .attribute("width", width)
        .attribute("height", height)
        .build();
  }
}
