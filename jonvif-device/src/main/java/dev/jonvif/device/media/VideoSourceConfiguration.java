package dev.jonvif.device.media;

import java.util.Objects;

/**
 * Which video source a profile takes its picture from, and which part of it
 * (tt:VideoSourceConfiguration). Shared by Media and Media2.
 *
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd,
 *     VideoSourceConfiguration</a>
 */
public record VideoSourceConfiguration(
    String token, String name, String sourceToken, Bounds bounds) {

  public VideoSourceConfiguration {
    Tokens.requireToken(token);
    Tokens.requireName(name);
    Tokens.requireToken(sourceToken);
    Objects.requireNonNull(bounds, "bounds");
  }
}
