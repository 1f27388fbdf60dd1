package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * Which video source a profile uses and which part of it ({@code tt:VideoSourceConfiguration}).
 *
 * @param token the configuration token
 * @param name the configuration name
 * @param useCount how many profiles use it
 * @param sourceToken the physical video source
 * @param bounds the captured area, or {@code null} when absent
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd,
 *     VideoSourceConfiguration</a>
 */
public record VideoSourceConfiguration(
    String token, String name, int useCount, String sourceToken, IntRectangle bounds) {

  public VideoSourceConfiguration {
    token = token == null ? "" : token;
    name = name == null ? "" : name;
    sourceToken = sourceToken == null ? "" : sourceToken;
  }

  /** Reads a VideoSourceConfiguration element (Media1 or Media2). */
  public static VideoSourceConfiguration fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    Integer useCount = Values.intChild(e, tt, "UseCount");
    return new VideoSourceConfiguration(
        Values.token(e),
        Values.text(e, tt, "Name"),
        useCount == null ? 0 : useCount,
        Values.text(e, tt, "SourceToken"),
        IntRectangle.fromElement(Values.child(e, tt, "Bounds")));
  }
}
