package dev.jonvif.rtsp;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;

/** Turns rendered pictures into access units of one encoding at one size. Used by one thread. */
interface FrameEncoder extends AutoCloseable {

  /**
   * Encodes one picture (already at the stream's size). Synchronous encoders hand the access unit
   * to {@code sink} before returning; an encoder running in another process may hand it later, from
   * another thread.
   *
   * @param keyFrame whether this picture must be a key frame
   */
  void encode(BufferedImage image, Instant time, boolean keyFrame, Consumer<AccessUnit> sink)
      throws IOException;

  @Override
  void close();

  /** An encoder for {@code spec}'s encoding, size and rate. */
  static FrameEncoder create(StreamSpec spec) throws IOException {
    return switch (spec.encoding()) {
      case JPEG -> new JpegEncoder(spec.quality());
      case H264 -> JcodecH264Encoder.create(spec.width(), spec.height(), spec.gopLength());
      case H265 -> FfmpegHevcEncoder.start(spec);
    };
  }
}
