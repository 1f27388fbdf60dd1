package dev.jonvif.rtsp;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.function.Consumer;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;

/**
 * H.264 through jcodec's pure-Java encoder (baseline-style, CAVLC, I and P slices). Only this class
 * touches jcodec, so it loads only when an H.264 stream is rendered. SPS and PPS come in-band
 * before each IDR picture.
 */
final class JcodecH264Encoder implements FrameEncoder {

  /**
   * Motion search range in pixels: jcodec's default (16) costs about 2.5 times the encode time of 4
   * for no smaller output on generated pictures.
   */
  private static final int MOTION_SEARCH_RANGE = 4;

  private final H264Encoder encoder;
  private final Picture picture;
  private final int planeWidth;
  private final int planeHeight;
  private ByteBuffer buffer;
  private int frameNumber;

  private JcodecH264Encoder(int width, int height, int gopLength) {
    this.planeWidth = (width + 15) & ~15;
    this.planeHeight = (height + 15) & ~15;
    this.encoder = H264Encoder.createH264Encoder();
    encoder.setKeyInterval(gopLength);
    encoder.setMotionSearchRange(MOTION_SEARCH_RANGE);
    this.picture =
        Picture.createCropped(
            planeWidth, planeHeight, ColorSpace.YUV420J, new Rect(0, 0, width, height));
    this.buffer = ByteBuffer.allocate(encoder.estimateBufferSize(picture));
  }

  static FrameEncoder create(int width, int height, int gopLength) {
    return new JcodecH264Encoder(width, height, gopLength);
  }

  /** Whether jcodec is on the class path (it is an optional dependency). */
  static boolean isAvailable() {
    try {
      Class.forName(
          "org.jcodec.codecs.h264.H264Encoder", false, JcodecH264Encoder.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  @Override
  public void encode(
      BufferedImage image, Instant time, boolean keyFrame, Consumer<AccessUnit> sink) {
    Images.toYuv420Signed(
        image,
        picture.getPlaneData(0),
        picture.getPlaneData(1),
        picture.getPlaneData(2),
        planeWidth,
        planeHeight);
    buffer.clear();
    // doEncodeFrame directly: jcodec 0.2.5's encodePFrame wrongly marks P pictures as IDR.
    frameNumber = keyFrame ? 0 : frameNumber + 1;
    ByteBuffer out =
        encoder.doEncodeFrame(
            picture, buffer, keyFrame, frameNumber, keyFrame ? SliceType.I : SliceType.P);
    byte[] data = new byte[out.remaining()];
    out.get(data);
    sink.accept(new AccessUnit(time, data, keyFrame));
  }

  @Override
  public void close() {
    buffer = null;
  }
}
