package dev.jonvif.rtsp.client;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.rtsp.wire.H264Payload;
import dev.jonvif.rtsp.wire.H264Sps;
import dev.jonvif.rtsp.wire.H265Payload;
import dev.jonvif.rtsp.wire.H265Sps;
import dev.jonvif.rtsp.wire.JpegFrame;
import dev.jonvif.rtsp.wire.JpegPayload;
import dev.jonvif.rtsp.wire.RtpPacket;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Puts frames of one RTP stream back together and says when one is good: a JPEG that decodes, an
 * H.264 IDR or H.265 IRAP picture. Learns the picture size from the media.
 */
final class FrameCheck {

  /** A complete frame: whether a decoder can start (and, for JPEG, did decode) it, its size. */
  record Checked(boolean decodable, int width, int height) {}

  private final String codec;
  private final int payloadType;
  private final JpegPayload.Depacketizer jpeg = new JpegPayload.Depacketizer();
  private final H264Payload.Depacketizer h264 = new H264Payload.Depacketizer();
  private final H265Payload.Depacketizer h265 = new H265Payload.Depacketizer();
  private int width;
  private int height;

  FrameCheck(String codec, int payloadType, int sdpWidth, int sdpHeight) {
    this.codec = codec;
    this.payloadType = payloadType;
    this.width = sdpWidth;
    this.height = sdpHeight;
  }

  /** Whether frames of this codec can be checked at all. */
  static boolean supports(String codec) {
    return codec.equals("JPEG") || codec.equals("H264") || codec.equals("H265");
  }

  /** Takes one RTP packet; returns the frame it completes, if any. */
  Optional<Checked> accept(byte[] data) {
    RtpPacket p;
    try {
      p = RtpPacket.parse(data);
    } catch (MalformedMessageException e) {
      return Optional.empty();
    }
    if (p.payloadType() != payloadType) {
      return Optional.empty();
    }
    try {
      return switch (codec) {
        case "JPEG" -> jpeg.accept(p).map(this::checkJpeg);
        case "H264" -> h264.accept(p).map(this::checkH264);
        case "H265" -> h265.accept(p).map(this::checkH265);
        default -> Optional.empty();
      };
    } catch (MalformedMessageException e) {
      return Optional.of(new Checked(false, width, height));
    }
  }

  private Checked checkJpeg(JpegFrame f) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(f.toJfif()));
      if (img == null) {
        return new Checked(false, f.width(), f.height());
      }
      width = img.getWidth();
      height = img.getHeight();
      return new Checked(true, width, height);
    } catch (IOException | RuntimeException e) {
      return new Checked(false, f.width(), f.height());
    }
  }

  private Checked checkH264(List<byte[]> nals) {
    boolean idr = false;
    for (byte[] n : nals) {
      int t = H264Payload.type(n);
      if (t == H264Payload.SPS) {
        H264Sps sps = H264Sps.parse(n);
        width = sps.width();
        height = sps.height();
      }
      idr |= t == H264Payload.IDR;
    }
    return new Checked(idr, width, height);
  }

  private Checked checkH265(List<byte[]> nals) {
    boolean irap = false;
    for (byte[] n : nals) {
      if (H265Payload.type(n) == H265Payload.SPS) {
        H265Sps sps = H265Sps.parse(n);
        width = sps.width();
        height = sps.height();
      }
      irap |= H265Payload.isIrap(n);
    }
    return new Checked(irap, width, height);
  }
}
