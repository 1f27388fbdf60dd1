package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An RTP data packet (version 2, no CSRCs).
 *
 * @param payloadType the payload type, 0 to 127
 * @param marker the marker bit (last packet of a video frame)
 * @param sequence the sequence number, 0 to 65535
 * @param timestamp the media timestamp, 0 to 2^32-1
 * @param ssrc the synchronisation source, 0 to 2^32-1
 * @param extensionProfile the header extension's 16-bit profile, or -1 without an extension
 * @param extension the header extension's data (a multiple of 4 bytes), empty without one
 * @param payload the payload
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3550#section-5.1">RFC 3550 §5.1</a>
 */
public record RtpPacket(
    int payloadType,
    boolean marker,
    int sequence,
    long timestamp,
    long ssrc,
    int extensionProfile,
    byte[] extension,
    byte[] payload) {

  /** Size of the fixed header. */
  public static final int HEADER_BYTES = 12;

  public RtpPacket {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payload type out of range: " + payloadType);
    }
    if (sequence < 0 || sequence > 0xffff) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
    extension = extension == null ? new byte[0] : extension;
    if (extension.length % 4 != 0 || (extensionProfile < 0 && extension.length > 0)) {
      throw new IllegalArgumentException("extension must be a multiple of 4 bytes with a profile");
    }
    Objects.requireNonNull(payload, "payload");
  }

  /** A packet without a header extension. */
  public static RtpPacket of(
      int payloadType, boolean marker, int sequence, long timestamp, long ssrc, byte[] payload) {
    return new RtpPacket(payloadType, marker, sequence, timestamp, ssrc, -1, null, payload);
  }

  /** The packet as sent. */
  public byte[] encode() {
    boolean ext = extensionProfile >= 0;
    int extBytes = ext ? 4 + extension.length : 0;
    byte[] out = new byte[HEADER_BYTES + extBytes + payload.length];
    out[0] = (byte) (0x80 | (ext ? 0x10 : 0));
    out[1] = (byte) ((marker ? 0x80 : 0) | payloadType);
    Bytes.put16(out, 2, sequence);
    Bytes.put32(out, 4, timestamp);
    Bytes.put32(out, 8, ssrc);
    int pos = HEADER_BYTES;
    if (ext) {
      Bytes.put16(out, pos, extensionProfile);
      Bytes.put16(out, pos + 2, extension.length / 4);
      System.arraycopy(extension, 0, out, pos + 4, extension.length);
      pos += extBytes;
    }
    System.arraycopy(payload, 0, out, pos, payload.length);
    return out;
  }

  /**
   * Reads a packet; CSRCs are skipped and padding removed.
   *
   * @throws MalformedMessageException when it is not an RTP version 2 packet
   */
  public static RtpPacket parse(byte[] data, int offset, int length) {
    if (length < HEADER_BYTES || (data[offset] & 0xc0) != 0x80) {
      throw new MalformedMessageException("not an RTP version 2 packet (" + length + " bytes)");
    }
    int b0 = data[offset] & 0xff;
    int csrcs = b0 & 0x0f;
    int pos = offset + HEADER_BYTES + 4 * csrcs;
    int end = offset + length;
    if ((b0 & 0x20) != 0) {
      int pad = data[end - 1] & 0xff;
      end -= pad;
    }
    int profile = -1;
    byte[] ext = null;
    if ((b0 & 0x10) != 0) {
      if (pos + 4 > end) {
        throw new MalformedMessageException("RTP header extension cut short");
      }
      profile = Bytes.get16(data, pos);
      int words = Bytes.get16(data, pos + 2);
      if (pos + 4 + 4 * words > end) {
        throw new MalformedMessageException("RTP header extension cut short");
      }
      ext = Arrays.copyOfRange(data, pos + 4, pos + 4 + 4 * words);
      pos += 4 + 4 * words;
    }
    if (pos > end) {
      throw new MalformedMessageException("RTP packet shorter than its header");
    }
    int b1 = data[offset + 1] & 0xff;
    return new RtpPacket(
        b1 & 0x7f,
        (b1 & 0x80) != 0,
        Bytes.get16(data, offset + 2),
        Bytes.get32(data, offset + 4),
        Bytes.get32(data, offset + 8),
        profile,
        ext,
        Arrays.copyOfRange(data, pos, end));
  }

  public static RtpPacket parse(byte[] data) {
    return parse(data, 0, data.length);
  }

  /** Whether a packet received on an RTP/RTCP-muxed channel is RTCP (RFC 5761 §4). */
  public static boolean looksLikeRtcp(byte[] data) {
    return data.length >= 2 && (data[1] & 0xff) >= 192 && (data[1] & 0xff) <= 223;
  }
}
