package dev.jonvif.rtsp;

import java.util.List;

/**
 * One encoded picture as RTP packets, shared read-only by every viewer of a stream.
 *
 * @param packets the RTP packets as sent
 * @param firstIndex the stream-wide index of the first packet (its sequence number mod 2^16)
 * @param rtpTimestamp the packets' RTP timestamp
 * @param keyFrame whether a decoder can start here
 * @param bytes the packets' total size
 */
record Frame(
    List<byte[]> packets, long firstIndex, long rtpTimestamp, boolean keyFrame, int bytes) {

  static Frame of(List<byte[]> packets, long firstIndex, long rtpTimestamp, boolean keyFrame) {
    int bytes = 0;
    for (byte[] p : packets) {
      bytes += p.length;
    }
    return new Frame(List.copyOf(packets), firstIndex, rtpTimestamp, keyFrame, bytes);
  }
}
