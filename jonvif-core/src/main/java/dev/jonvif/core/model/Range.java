package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * An inclusive range of numbers ({@code tt:IntRange}, {@code tt:FloatRange}).
 *
 * @param min the smallest allowed value
 * @param max the largest allowed value
 */
public record Range(double min, double max) {

  static Range fromElement(XmlElement e) {
    if (e == null) {
      return null;
    }
    Double min = Values.doubleChild(e, Namespaces.TT, "Min");
    Double max = Values.doubleChild(e, Namespaces.TT, "Max");
    if (min == null && max == null) {
      return null;
    }
    double lo = min == null ? max : min;
    double hi = max == null ? min : max;
    return new Range(Math.min(lo, hi), Math.max(lo, hi));
  }

  /** Writes this range as {@code ns:name} with Min and Max children. */
  public XmlElement toElement(String ns, String name) {
    return XmlElement.builder(ns, name)
        .child(Namespaces.TT, "Min", Values.formatNumber(min))
        .child(Namespaces.TT, "Max", Values.formatNumber(max))
        .build();
  }

  /** Whether {@code value} lies within the range. */
  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  /** {@code value} moved into the range. */
  public double clamp(double value) {
    return Math.max(min, Math.min(max, value));
  }

  @Override
  public String toString() {
    return Values.formatNumber(min) + ".." + Values.formatNumber(max);
  }
}
