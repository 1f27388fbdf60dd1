package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RTP payload format for H.264 (RFC 6184, packetization-mode 1): single NAL unit packets and FU-A
 * fragments out; single NAL units, STAP-A and FU-A in.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6184">RFC 6184</a>
 */
public final class H264Payload {

  /** NAL unit type of an IDR slice. */
  public static final int IDR = 5;

  /** NAL unit type of a sequence parameter set. */
  public static final int SPS = 7;

  /** NAL unit type of a picture parameter set. */
  public static final int PPS = 8;

  static final int STAP_A = 24;
  static final int FU_A = 28;

  private H264Payload() {}

  /** The NAL unit type (low five bits of the header byte). */
  public static int type(byte[] nal) {
    return nal.length == 0 ? -1 : nal[0] & 0x1f;
  }

  /**
   * The RTP packets of one access unit (its NAL units in decoding order), marker bit on the last.
   *
   * @param maxPayload the largest RTP payload to produce
   * @param sequence the sequence number of the first packet
   */
  public static List<RtpPacket> packetize(
      List<byte[]> nalUnits,
      int payloadType,
      int maxPayload,
      int sequence,
      long timestamp,
      long ssrc) {
    List<byte[]> payloads = new ArrayList<>(nalUnits.size() + 4);
    for (byte[] nal : nalUnits) {
      if (nal.length <= maxPayload) {
        payloads.add(nal);
        continue;
      }
      byte indicator = (byte) ((nal[0] & 0xe0) | FU_A);
      int type = nal[0] & 0x1f;
      int chunk = maxPayload - 2;
      for (int pos = 1; pos < nal.length; pos += chunk) {
        int n = Math.min(chunk, nal.length - pos);
        byte[] p = new byte[2 + n];
        p[0] = indicator;
        p[1] = (byte) ((pos == 1 ? 0x80 : 0) | (pos + n == nal.length ? 0x40 : 0) | type);
        System.arraycopy(nal, pos, p, 2, n);
        payloads.add(p);
      }
    }
    return RtpPackets.sequence(payloads, payloadType, sequence, timestamp, ssrc);
  }

  /**
   * Puts access units back together from packets of one SSRC in arrival order. A NAL unit with a
   * missing fragment is dropped. Not thread-safe.
   */
  public static final class Depacketizer {
    private final List<byte[]> units = new ArrayList<>();
    private final ByteArrayOutputStream fragment = new ByteArrayOutputStream();
    private boolean inFragment;
    private int expectedSequence = -1;
    private long timestamp = -1;

    /**
     * Takes one packet; returns the NAL units of the access unit it completes (marker bit), if any.
     *
     * @throws MalformedMessageException when the payload cannot be H.264
     */
    public Optional<List<byte[]>> accept(RtpPacket packet) {
      byte[] p = packet.payload();
      if (p.length < 1) {
        throw new MalformedMessageException("empty H.264 RTP payload");
      }
      if (expectedSequence >= 0 && packet.sequence() != expectedSequence) {
        inFragment = false;
        fragment.reset();
      }
      expectedSequence = (packet.sequence() + 1) & 0xffff;
      if (timestamp >= 0 && packet.timestamp() != timestamp && !units.isEmpty()) {
        units.clear();
      }
      timestamp = packet.timestamp();
      int type = p[0] & 0x1f;
      switch (type) {
        case STAP_A -> {
          int pos = 1;
          while (pos + 2 <= p.length) {
            int size = Bytes.get16(p, pos);
            if (pos + 2 + size > p.length) {
              throw new MalformedMessageException("STAP-A unit runs past the packet");
            }
            units.add(java.util.Arrays.copyOfRange(p, pos + 2, pos + 2 + size));
            pos += 2 + size;
          }
        }
        case FU_A -> {
          if (p.length < 2) {
            throw new MalformedMessageException("FU-A packet without an FU header");
          }
          boolean start = (p[1] & 0x80) != 0;
          boolean end = (p[1] & 0x40) != 0;
          if (start) {
            fragment.reset();
            fragment.write((p[0] & 0xe0) | (p[1] & 0x1f));
            inFragment = true;
          }
          if (inFragment) {
            fragment.write(p, 2, p.length - 2);
            if (end) {
              units.add(fragment.toByteArray());
              fragment.reset();
              inFragment = false;
            }
          }
        }
        case 0, 25, 26, 27, 29, 30, 31 ->
            throw new MalformedMessageException("unsupported H.264 RTP packet type " + type);
        default -> units.add(p.clone());
      }
      if (!packet.marker() || units.isEmpty()) {
        return Optional.empty();
      }
      List<byte[]> out = List.copyOf(units);
      units.clear();
      return Optional.of(out);
    }
  }
}
