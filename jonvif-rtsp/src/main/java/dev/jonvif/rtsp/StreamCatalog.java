package dev.jonvif.rtsp;

import java.util.Optional;

/**
 * Resolves the path of an RTSP URL, {@code rtsp://host:port/<camera>/<profile>}, to the stream it
 * names. Called on every DESCRIBE and SETUP and once per frame by a running stream (so a changed
 * spec takes effect on the next frame): implementations must be thread-safe and fast.
 */
@FunctionalInterface
public interface StreamCatalog {

  /**
   * The stream of a camera's media profile, or empty when there is none (the server answers 404).
   *
   * @param camera the first path segment, percent-decoded
   * @param profile the second path segment (the ONVIF profile token), percent-decoded
   */
  Optional<StreamSpec> lookup(String camera, String profile);
}
