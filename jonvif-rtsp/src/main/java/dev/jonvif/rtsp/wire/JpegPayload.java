package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * RTP payload format for JPEG (RFC 2435): splits a {@link JpegFrame} into packets and puts frames
 * back together. Tables always travel in-band (Q = 255, in the first packet of each frame). Frames
 * wider or taller than 2040 pixels carry their size in the ONVIF header extension (profile {@code
 * 0xFFD8} holding the SOF marker segment), with zero in the RFC 2435 size fields.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2435">RFC 2435</a>
 */
public final class JpegPayload {

  /** Static payload type of JPEG (RFC 3551). */
  public static final int PAYLOAD_TYPE = 26;

  /** The header extension profile ONVIF uses for JPEG marker segments. */
  public static final int ONVIF_EXTENSION_PROFILE = 0xffd8;

  /** The Q value that announces in-band tables. */
  static final int DYNAMIC_Q = 255;

  private JpegPayload() {}

  /**
   * The RTP packets of one frame, marker bit on the last.
   *
   * @param maxPayload the largest RTP payload to produce (e.g. 1400 for a 1500-byte MTU)
   * @param sequence the sequence number of the first packet (following ones count up, mod 2^16)
   */
  public static List<RtpPacket> packetize(
      JpegFrame frame, int maxPayload, int sequence, long timestamp, long ssrc) {
    boolean big = frame.width() > 2040 || frame.height() > 2040;
    byte[] extension = big ? extension(frame) : null;
    int extProfile = big ? ONVIF_EXTENSION_PROFILE : -1;
    boolean restart = frame.restartInterval() > 0;
    byte[] scan = frame.scan();
    byte[] tables = frame.quantTables();
    List<RtpPacket> out = new ArrayList<>(scan.length / maxPayload + 1);
    int offset = 0;
    do {
      boolean first = offset == 0;
      int header = 8 + (restart ? 4 : 0) + (first ? 4 + tables.length : 0);
      int chunk = Math.min(scan.length - offset, maxPayload - header);
      if (chunk <= 0) {
        throw new IllegalArgumentException("maxPayload too small: " + maxPayload);
      }
      byte[] p = new byte[header + chunk];
      Bytes.put24(p, 1, offset);
      p[4] = (byte) frame.type();
      p[5] = (byte) DYNAMIC_Q;
      p[6] = (byte) (big ? 0 : frame.width() / 8);
      p[7] = (byte) (big ? 0 : frame.height() / 8);
      int pos = 8;
      if (restart) {
        Bytes.put16(p, pos, frame.restartInterval());
        Bytes.put16(p, pos + 2, 0xffff); // F=1, L=1, count 0x3FFF: whole scans in order
        pos += 4;
      }
      if (first) {
        p[pos + 1] = 0; // precision: 8-bit tables
        Bytes.put16(p, pos + 2, tables.length);
        System.arraycopy(tables, 0, p, pos + 4, tables.length);
        pos += 4 + tables.length;
      }
      System.arraycopy(scan, offset, p, pos, chunk);
      offset += chunk;
      boolean last = offset >= scan.length;
      out.add(
          new RtpPacket(
              PAYLOAD_TYPE,
              last,
              (sequence + out.size()) & 0xffff,
              timestamp,
              ssrc,
              extProfile,
              extension,
              p));
    } while (offset < scan.length);
    return out;
  }

  /** The ONVIF extension data: the SOF segment padded with 0xFF fill bytes to 32 bits. */
  private static byte[] extension(JpegFrame frame) {
    byte[] sof = frame.startOfFrame();
    byte[] ext = Arrays.copyOf(sof, (sof.length + 3) & ~3);
    Arrays.fill(ext, sof.length, ext.length, (byte) 0xff);
    return ext;
  }

  /**
   * Puts frames back together from packets of one SSRC, in arrival order. A frame with a missing
   * fragment is dropped. Not thread-safe.
   */
  public static final class Depacketizer {
    private final ByteArrayOutputStream scan = new ByteArrayOutputStream(64 * 1024);
    private long timestamp = -1;
    private boolean broken;
    private int type;
    private int width;
    private int height;
    private int restart;
    private byte[] tables;
    private int dropped;

    /** Frames dropped so far because a fragment was missing or unreadable. */
    public int dropped() {
      return dropped;
    }

    /**
     * Takes one packet; returns the frame it completes, if any.
     *
     * @throws MalformedMessageException when the payload is not RTP/JPEG at all
     */
    public Optional<JpegFrame> accept(RtpPacket packet) {
      byte[] p = packet.payload();
      if (p.length < 8) {
        throw new MalformedMessageException("RTP/JPEG payload shorter than its header");
      }
      if (packet.timestamp() != timestamp) {
        if (timestamp >= 0 && scan.size() > 0) {
          dropped++;
        }
        timestamp = packet.timestamp();
        scan.reset();
        broken = false;
      }
      int offset = Bytes.get24(p, 1);
      int t = p[4] & 0xff;
      int q = p[5] & 0xff;
      int pos = 8;
      if (t >= 64) {
        restart = Bytes.get16(p, pos);
        pos += 4;
      } else {
        restart = 0;
      }
      if (offset == 0) {
        type = t;
        width = (p[6] & 0xff) * 8;
        height = (p[7] & 0xff) * 8;
        if (q >= 128) {
          if (pos + 4 > p.length) {
            throw new MalformedMessageException("RTP/JPEG quantisation header cut short");
          }
          int length = Bytes.get16(p, pos + 2);
          if (pos + 4 + length > p.length || (p[pos + 1] != 0 && length > 0)) {
            throw new MalformedMessageException("RTP/JPEG quantisation tables unreadable");
          }
          if (length > 0) {
            tables = Arrays.copyOfRange(p, pos + 4, pos + 4 + length);
          }
          pos += 4 + length;
        } else {
          tables = JpegFrame.tablesForQuality(q);
        }
        if (packet.extensionProfile() == ONVIF_EXTENSION_PROFILE) {
          readExtension(packet.extension());
        }
      }
      if (offset != scan.size()) {
        broken = true;
      }
      if (!broken) {
        scan.write(p, pos, p.length - pos);
      }
      if (!packet.marker()) {
        return Optional.empty();
      }
      timestamp = -1;
      if (broken || tables == null || width == 0 || height == 0 || (type & 63) > 1) {
        dropped++;
        scan.reset();
        return Optional.empty();
      }
      byte[] data = scan.toByteArray();
      scan.reset();
      return Optional.of(new JpegFrame(type, width, height, restart, tables, data));
    }

    /** Reads the frame size from an SOF segment in the ONVIF extension. */
    private void readExtension(byte[] ext) {
      for (int i = 0; i + 9 <= ext.length; i++) {
        if ((ext[i] & 0xff) == 0xff && (ext[i + 1] & 0xff) == 0xc0) {
          height = Bytes.get16(ext, i + 5);
          width = Bytes.get16(ext, i + 7);
          return;
        }
      }
    }
  }
}
