package dev.jonvif.rtsp.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * ONVIF metadata over RTP ({@code vnd.onvif.metadata/90000}): one XML document ({@code
 * tt:MetadataStream}, UTF-8) cut into packets of at most {@code maxPayload} bytes, all with the
 * document's timestamp, the marker bit on the last.
 *
 * @see <a href="https://www.onvif.org/specs/stream/ONVIF-Streaming-Spec.pdf">ONVIF Streaming
 *     Specification §5.1.2.1 (metadata streaming)</a>
 */
public final class MetadataPayload {

  /** The encoding name in SDP. */
  public static final String ENCODING_NAME = "vnd.onvif.metadata";

  /** The dynamic payload type the server uses. */
  public static final int PAYLOAD_TYPE = 107;

  private MetadataPayload() {}

  /** The packets of one document. */
  public static List<RtpPacket> packetize(
      byte[] document, int maxPayload, int sequence, long timestamp, long ssrc) {
    List<byte[]> payloads = new ArrayList<>(document.length / maxPayload + 1);
    for (int pos = 0; pos < document.length; pos += maxPayload) {
      payloads.add(Arrays.copyOfRange(document, pos, Math.min(document.length, pos + maxPayload)));
    }
    if (payloads.isEmpty()) {
      payloads.add(new byte[0]);
    }
    return RtpPackets.sequence(payloads, PAYLOAD_TYPE, sequence, timestamp, ssrc);
  }

  /**
   * Puts documents back together from packets in arrival order; a document with a missing packet is
   * dropped. Not thread-safe.
   */
  public static final class Depacketizer {
    private final ByteArrayOutputStream document = new ByteArrayOutputStream();
    private int expectedSequence = -1;
    private boolean broken;

    /** Adds a packet; returns a document when this packet completes one. */
    public Optional<byte[]> add(RtpPacket p) {
      if (expectedSequence >= 0 && p.sequence() != expectedSequence) {
        broken = true;
      }
      expectedSequence = (p.sequence() + 1) & 0xffff;
      document.writeBytes(p.payload());
      if (!p.marker()) {
        return Optional.empty();
      }
      byte[] done = document.toByteArray();
      boolean whole = !broken;
      document.reset();
      broken = false;
      return whole ? Optional.of(done) : Optional.empty();
    }
  }
}
