package dev.jonvif.rtsp.client;

import dev.jonvif.rtsp.wire.H264Sps;
import dev.jonvif.rtsp.wire.H265Sps;
import dev.jonvif.rtsp.wire.Sdp;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The picture size a session description announces: {@code a=framesize}, {@code a=x-dimensions}, or
 * the SPS in {@code sprop-parameter-sets} / {@code sprop-sps}.
 */
final class SdpSize {

  private SdpSize() {}

  /** Width and height, or zeros when the description does not say. */
  static int[] of(Sdp.Media video) {
    Optional<String> framesize = video.attribute("framesize");
    if (framesize.isPresent()) {
      String[] parts = framesize.get().split("\\s+");
      int[] wh = pair(parts[parts.length - 1], "-");
      if (wh != null) {
        return wh;
      }
    }
    Optional<String> dims = video.attribute("x-dimensions");
    if (dims.isPresent()) {
      int[] wh = pair(dims.get(), ",");
      if (wh != null) {
        return wh;
      }
    }
    Map<String, String> fmtp = video.formatParameters();
    try {
      String sets = fmtp.get("sprop-parameter-sets");
      if (sets != null) {
        H264Sps sps = H264Sps.parse(Base64.getDecoder().decode(sets.split(",")[0].strip()));
        return new int[] {sps.width(), sps.height()};
      }
      String sps265 = fmtp.get("sprop-sps");
      if (sps265 != null) {
        H265Sps sps = H265Sps.parse(Base64.getDecoder().decode(sps265.strip()));
        return new int[] {sps.width(), sps.height()};
      }
    } catch (RuntimeException e) {
      // an unreadable parameter set says nothing about the size
    }
    return new int[] {0, 0};
  }

  private static int[] pair(String s, String sep) {
    String[] p = s.strip().split(sep);
    if (p.length != 2) {
      return null;
    }
    try {
      return new int[] {Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip())};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
