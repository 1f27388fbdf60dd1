package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * A video resolution in pixels ({@code tt:VideoResolution}, {@code tt:VideoResolution2}).
 *
 * @param width the width
 * @param height the height
 */
public record Resolution(int width, int height) {

  static Resolution fromElement(XmlElement e) {
    if (e == null) {
      return null;
    }
    Integer w = Values.intChild(e, Namespaces.TT, "Width");
    Integer h = Values.intChild(e, Namespaces.TT, "Height");
    return w == null || h == null ? null : new Resolution(w, h);
  }

  static List<Resolution> list(XmlElement parent, String localName) {
    List<Resolution> out = new ArrayList<>();
    for (XmlElement e : Values.children(parent, Namespaces.TT, localName)) {
      Resolution r = fromElement(e);
      if (r != null && !out.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  XmlElement toElement(String namespace, String localName) {
    return XmlElement.builder(namespace, localName)
        .child(Namespaces.TT, "Width", width)
        .child(Namespaces.TT, "Height", height)
        .build();
  }

  /** {@code 1920x1080}. */
  @Override
  public String toString() {
    return width + "x" + height;
  }
}
