package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * RTP payload format for H.265 (RFC 7798): single NAL unit packets and fragmentation units out;
 * single NAL units, aggregation packets and fragmentation units in.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7798">RFC 7798</a>
 */
public final class H265Payload {

  /** NAL unit types of the parameter sets. */
  public static final int VPS = 32;

  public static final int SPS = 33;
  public static final int PPS = 34;

  static final int AP = 48;
  static final int FU = 49;

  private H265Payload() {}

  /** The NAL unit type (six bits after the forbidden bit). */
  public static int type(byte[] nal) {
    return nal.length == 0 ? -1 : (nal[0] >> 1) & 0x3f;
  }

  /** Whether the unit is an IRAP picture (BLA, IDR or CRA: types 16 to 23). */
  public static boolean isIrap(byte[] nal) {
    int t = type(nal);
    return t >= 16 && t <= 23;
  }

  /** The RTP packets of one access unit, marker bit on the last. */
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
      int type = type(nal);
      byte h0 = (byte) ((nal[0] & 0x81) | (FU << 1));
      byte h1 = nal[1];
      int chunk = maxPayload - 3;
      for (int pos = 2; pos < nal.length; pos += chunk) {
        int n = Math.min(chunk, nal.length - pos);
        byte[] p = new byte[3 + n];
        p[0] = h0;
        p[1] = h1;
        p[2] = (byte) ((pos == 2 ? 0x80 : 0) | (pos + n == nal.length ? 0x40 : 0) | type);
        System.arraycopy(nal, pos, p, 3, n);
        payloads.add(p);
      }
    }
    return RtpPackets.sequence(payloads, payloadType, sequence, timestamp, ssrc);
  }

  /** Puts access units back together (no DONL: sprop-max-don-diff is 0). Not thread-safe. */
  public static final class Depacketizer {
    private final List<byte[]> units = new ArrayList<>();
    private final ByteArrayOutputStream fragment = new ByteArrayOutputStream();
    private boolean inFragment;
    private int expectedSequence = -1;

    /** Takes one packet; returns the NAL units of the access unit it completes, if any. */
    public Optional<List<byte[]>> accept(RtpPacket packet) {
      byte[] p = packet.payload();
      if (p.length < 3) {
        throw new MalformedMessageException("H.265 RTP payload shorter than its header");
      }
      if (expectedSequence >= 0 && packet.sequence() != expectedSequence) {
        inFragment = false;
        fragment.reset();
      }
      expectedSequence = (packet.sequence() + 1) & 0xffff;
      int type = type(p);
      if (type == AP) {
        int pos = 2;
        while (pos + 2 <= p.length) {
          int size = Bytes.get16(p, pos);
          if (pos + 2 + size > p.length) {
            throw new MalformedMessageException("H.265 aggregation unit runs past the packet");
          }
          units.add(Arrays.copyOfRange(p, pos + 2, pos + 2 + size));
          pos += 2 + size;
        }
      } else if (type == FU) {
        boolean start = (p[2] & 0x80) != 0;
        boolean end = (p[2] & 0x40) != 0;
        if (start) {
          fragment.reset();
          fragment.write((p[0] & 0x81) | ((p[2] & 0x3f) << 1));
          fragment.write(p[1]);
          inFragment = true;
        }
        if (inFragment) {
          fragment.write(p, 3, p.length - 3);
          if (end) {
            units.add(fragment.toByteArray());
            fragment.reset();
            inFragment = false;
          }
        }
      } else if (type > 49) {
        throw new MalformedMessageException("unsupported H.265 RTP packet type " + type);
      } else {
        units.add(p.clone());
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
