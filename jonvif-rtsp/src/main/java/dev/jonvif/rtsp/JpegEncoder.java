package dev.jonvif.rtsp;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Baseline JPEG through the JDK's ImageIO writer: YCbCr 4:2:0 with standard Huffman tables, which
 * is what RTP/JPEG (RFC 2435) can carry.
 */
final class JpegEncoder implements FrameEncoder {

  private final ImageWriter writer;
  private final ImageWriteParam param;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);

  JpegEncoder(int quality) {
    this.writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    this.param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality / 100f);
  }

  @Override
  public void encode(BufferedImage image, Instant time, boolean keyFrame, Consumer<AccessUnit> sink)
      throws IOException {
    sink.accept(new AccessUnit(time, jpeg(Images.rgb(image)), true));
  }

  byte[] jpeg(BufferedImage rgb) throws IOException {
    buffer.reset();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(buffer)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(rgb, null, null), param);
    }
    return buffer.toByteArray();
  }

  @Override
  public void close() {
    writer.dispose();
  }
}
