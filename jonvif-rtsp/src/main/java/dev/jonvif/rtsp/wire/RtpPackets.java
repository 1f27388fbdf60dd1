package dev.jonvif.rtsp.wire;

import java.util.ArrayList;
import java.util.List;

/** Numbers a frame's payloads into RTP packets. */
final class RtpPackets {

  private RtpPackets() {}

  /** One packet per payload with consecutive sequence numbers, marker bit on the last. */
  static List<RtpPacket> sequence(
      List<byte[]> payloads, int payloadType, int sequence, long timestamp, long ssrc) {
    List<RtpPacket> out = new ArrayList<>(payloads.size());
    for (int i = 0; i < payloads.size(); i++) {
      out.add(
          RtpPacket.of(
              payloadType,
              i == payloads.size() - 1,
              (sequence + i) & 0xffff,
              timestamp,
              ssrc,
              payloads.get(i)));
    }
    return out;
  }
}
