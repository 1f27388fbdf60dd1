package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * One focus move ({@code tt:FocusMove}): absolute, relative or continuous.
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, FocusMove</a>
 */
public sealed interface FocusMove {

  /**
   * Move to a position.
   *
   * @param position the target position
   * @param speed the speed, or {@code null} for the default
   */
  record Absolute(double position, Double speed) implements FocusMove {}

  /**
   * Move by a distance.
   *
   * @param distance the distance (negative: nearer)
   * @param speed the speed, or {@code null} for the default
   */
  record Relative(double distance, Double speed) implements FocusMove {}

  /**
   * Move at a speed until stopped.
   *
   * @param speed the speed (negative: nearer)
   */
  record Continuous(double speed) implements FocusMove {}

  /** Writes the move as {@code ns:name}. */
  default XmlElement toElement(String ns, String name) {
    String tt = Namespaces.TT;
    XmlElement inner =
        switch (this) {
          case Absolute a ->
              XmlElement.builder(tt, "Absolute")
                  .child(tt, "Position", Values.formatNumber(a.position()))
                  .child(tt, "Speed", a.speed() == null ? null : Values.formatNumber(a.speed()))
                  .build();
          case Relative r ->
              XmlElement.builder(tt, "Relative")
                  .child(tt, "Distance", Values.formatNumber(r.distance()))
                  .child(tt, "Speed", r.speed() == null ? null : Values.formatNumber(r.speed()))
                  .build();
          case Continuous c ->
              XmlElement.builder(tt, "Continuous")
                  .child(tt, "Speed", Values.formatNumber(c.speed()))
                  .build();
        };
    return XmlElement.builder(ns, name).child(inner).build();
  }
}
