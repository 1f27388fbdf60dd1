package dev.jonvif.rtsp;

import java.io.IOException;

/**
 * A source of already encoded video, for an embedding device with its own pipeline (a real camera,
 * a file): the server only packetises and sends what it gets.
 */
public non-sealed interface EncodedSource extends FrameSource {

  /**
   * Starts delivering the stream described by {@code spec}; called when the first viewer (or a
   * DESCRIBE) needs it, closed when the last viewer has gone.
   */
  EncodedStream open(StreamSpec spec) throws IOException;
}
