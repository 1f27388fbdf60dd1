package dev.jonvif.client.internal;

import dev.jonvif.core.MalformedMessageException;
import java.net.URI;
import java.net.URISyntaxException;

/** Camera-supplied URI text to {@link URI}. */
public final class Uris {

  private Uris() {}

  /**
   * Parses a URI a camera sent. Lenient at one point: spaces, which some firmware leaves raw in
   * paths and queries, are escaped.
   *
   * @throws MalformedMessageException when it is still not a URI
   */
  public static URI parse(String text) {
    try {
      return new URI(text.strip().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      throw new MalformedMessageException("the camera gave an invalid URI: " + e.getMessage());
    }
  }
}
