package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.H264Sps;
import dev.jonvif.rtsp.wire.JpegPayload;
import dev.jonvif.rtsp.wire.MetadataPayload;
import dev.jonvif.rtsp.wire.Sdp;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Writes the session description a DESCRIBE returns for one stream. */
final class SdpFactory {

  private SdpFactory() {}

  /**
   * @param parameterSets the stream's parameter sets (H.264: SPS, PPS; H.265: VPS, SPS, PPS), empty
   *     when unknown (they still come in-band)
   * @param sessionId a number identifying the description's origin
   */
  static Sdp describe(
      StreamSpec spec,
      List<byte[]> parameterSets,
      StreamPath path,
      InetAddress local,
      String sessionName,
      long sessionId) {
    String addrType = local instanceof Inet6Address ? "IP6" : "IP4";
    String any = local instanceof Inet6Address ? "::" : "0.0.0.0";
    List<String> session =
        List.of(
            "v=0",
            "o=- " + sessionId + " 1 IN " + addrType + " " + local.getHostAddress(),
            "s=" + sessionName,
            "c=IN " + addrType + " " + any,
            "t=0 0");
    List<String> sessionAttrs = List.of("control:*", "range:npt=now-");
    int pt =
        spec.encoding() == VideoEncoding.JPEG
            ? JpegPayload.PAYLOAD_TYPE
            : StreamHub.PAYLOAD_TYPE_DYNAMIC;
    List<String> attrs = new ArrayList<>();
    switch (spec.encoding()) {
      case JPEG -> attrs.add("rtpmap:" + pt + " JPEG/90000");
      case H264 -> {
        attrs.add("rtpmap:" + pt + " H264/90000");
        attrs.add("fmtp:" + pt + " " + h264Format(parameterSets));
      }
      case H265 -> {
        attrs.add("rtpmap:" + pt + " H265/90000");
        if (parameterSets.size() == 3) {
          attrs.add(
              "fmtp:"
                  + pt
                  + " sprop-vps="
                  + b64(parameterSets.get(0))
                  + ";sprop-sps="
                  + b64(parameterSets.get(1))
                  + ";sprop-pps="
                  + b64(parameterSets.get(2)));
        }
      }
    }
    attrs.add("framerate:" + rate(spec.frameRate()));
    attrs.add("framesize:" + pt + " " + spec.width() + "-" + spec.height());
    attrs.add("x-dimensions:" + spec.width() + "," + spec.height());
    attrs.add("control:" + path.trackUrl());
    Sdp.Media video =
        new Sdp.Media("video", 0, "RTP/AVP", List.of(String.valueOf(pt)), List.of(), attrs);
    if (spec.metadata() == null) {
      return new Sdp(session, sessionAttrs, List.of(video));
    }
    int mpt = MetadataPayload.PAYLOAD_TYPE;
    Sdp.Media metadata =
        new Sdp.Media(
            "application",
            0,
            "RTP/AVP",
            List.of(String.valueOf(mpt)),
            List.of(),
            List.of(
                "rtpmap:" + mpt + " " + MetadataPayload.ENCODING_NAME + "/90000",
                "control:" + path.metadataTrackUrl()));
    return new Sdp(session, sessionAttrs, List.of(video, metadata));
  }

  private static String h264Format(List<byte[]> sets) {
    StringBuilder sb = new StringBuilder("packetization-mode=1");
    if (sets.size() == 2) {
      String profileLevel;
      try {
        profileLevel = H264Sps.parse(sets.get(0)).profileLevelId();
      } catch (RuntimeException e) {
        profileLevel = null;
      }
      if (profileLevel != null) {
        sb.append(";profile-level-id=").append(profileLevel);
      }
      sb.append(";sprop-parameter-sets=")
          .append(b64(sets.get(0)))
          .append(',')
          .append(b64(sets.get(1)));
    }
    return sb.toString();
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static String rate(double r) {
    return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.3f", r);
  }
}
