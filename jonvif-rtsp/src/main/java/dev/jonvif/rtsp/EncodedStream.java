package dev.jonvif.rtsp;

import java.io.IOException;

/** A running encoded stream opened by an {@link EncodedSource}. Used by one thread. */
public interface EncodedStream extends AutoCloseable {

  /**
   * The next access unit, blocking until it is due (the source paces the stream); {@code null} at
   * the end of the stream.
   */
  AccessUnit next() throws IOException, InterruptedException;

  /** Asks for a key frame as soon as possible (ONVIF SetSynchronizationPoint); may be ignored. */
  default void requestKeyFrame() {}

  @Override
  void close();
}
