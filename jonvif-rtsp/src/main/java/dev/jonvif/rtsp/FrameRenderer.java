package dev.jonvif.rtsp;

import java.awt.image.BufferedImage;
import java.time.Instant;

/**
 * Draws the picture a stream shows at an instant. Called from one thread per stream at the stream's
 * frame rate while someone watches; the image is encoded once and sent to every viewer.
 */
@FunctionalInterface
public non-sealed interface FrameRenderer extends FrameSource {

  /**
   * The picture at {@code time}, ideally {@code width} x {@code height} pixels (another size is
   * scaled). Implementations should return quickly: rendering time comes out of the frame budget.
   * The server does not keep the image after the call returns, so it may be reused.
   */
  BufferedImage render(Instant time, int width, int height);
}
