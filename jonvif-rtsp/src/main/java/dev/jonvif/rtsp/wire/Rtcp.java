package dev.jonvif.rtsp.wire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * RTCP packets a sender writes (sender report, source description, goodbye) and the little a
 * receiver needs to read from them.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3550#section-6">RFC 3550 §6</a>
 */
public final class Rtcp {

  /** Packet type of a sender report. */
  public static final int SR = 200;

  /** Packet type of a receiver report. */
  public static final int RR = 201;

  /** Packet type of a source description. */
  public static final int SDES = 202;

  /** Packet type of a goodbye. */
  public static final int BYE = 203;

  /** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01. */
  private static final long NTP_UNIX_OFFSET = 2_208_988_800L;

  private Rtcp() {}

  /**
   * A compound packet with a sender report (no report blocks) and an SDES CNAME, as every compound
   * RTCP packet must carry (RFC 3550 §6.1).
   *
   * @param ssrc the sender's SSRC
   * @param wallClock the time the report refers to
   * @param rtpTimestamp the RTP timestamp that corresponds to {@code wallClock}
   * @param packets RTP packets sent so far to this receiver
   * @param octets payload octets sent so far to this receiver
   * @param cname the canonical name
   */
  public static byte[] senderReport(
      long ssrc, Instant wallClock, long rtpTimestamp, long packets, long octets, String cname) {
    byte[] sr = new byte[28];
    sr[0] = (byte) 0x80;
    sr[1] = (byte) SR;
    Bytes.put16(sr, 2, 6);
    Bytes.put32(sr, 4, ssrc);
    long ntp = ntp(wallClock);
    Bytes.put32(sr, 8, ntp >>> 32);
    Bytes.put32(sr, 12, ntp);
    Bytes.put32(sr, 16, rtpTimestamp);
    Bytes.put32(sr, 20, packets);
    Bytes.put32(sr, 24, octets);
    return concat(sr, sdes(ssrc, cname));
  }

  /** A compound packet with an empty receiver report, an SDES CNAME and a goodbye. */
  public static byte[] goodbye(long ssrc, String cname) {
    byte[] rr = new byte[8];
    rr[0] = (byte) 0x80;
    rr[1] = (byte) RR;
    Bytes.put16(rr, 2, 1);
    Bytes.put32(rr, 4, ssrc);
    byte[] bye = new byte[8];
    bye[0] = (byte) 0x81;
    bye[1] = (byte) BYE;
    Bytes.put16(bye, 2, 1);
    Bytes.put32(bye, 4, ssrc);
    return concat(concat(rr, sdes(ssrc, cname)), bye);
  }

  /** A receiver report without report blocks plus an SDES CNAME (what a probe sends). */
  public static byte[] receiverReport(long ssrc, String cname) {
    byte[] rr = new byte[8];
    rr[0] = (byte) 0x80;
    rr[1] = (byte) RR;
    Bytes.put16(rr, 2, 1);
    Bytes.put32(rr, 4, ssrc);
    return concat(rr, sdes(ssrc, cname));
  }

  /** The 64-bit NTP timestamp of an instant. */
  public static long ntp(Instant t) {
    long seconds = t.getEpochSecond() + NTP_UNIX_OFFSET;
    long fraction = ((long) t.getNano() << 32) / 1_000_000_000L;
    return (seconds << 32) | fraction;
  }

  /** The instant of a 64-bit NTP timestamp. */
  public static Instant fromNtp(long ntp) {
    long seconds = (ntp >>> 32) - NTP_UNIX_OFFSET;
    long nanos = ((ntp & 0xffffffffL) * 1_000_000_000L) >>> 32;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The type of each packet in a compound RTCP packet; stops at the first malformed one. */
  public static List<Integer> packetTypes(byte[] data) {
    List<Integer> out = new ArrayList<>(3);
    int pos = 0;
    while (pos + 4 <= data.length && (data[pos] & 0xc0) == 0x80) {
      out.add(data[pos + 1] & 0xff);
      pos += 4 * (Bytes.get16(data, pos + 2) + 1);
    }
    return out;
  }

  /**
   * A sender report's clock mapping, if {@code data} starts with one: NTP timestamp and RTP
   * timestamp.
   */
  public static java.util.Optional<long[]> senderClock(byte[] data) {
    if (data.length < 28 || (data[0] & 0xc0) != 0x80 || (data[1] & 0xff) != SR) {
      return java.util.Optional.empty();
    }
    long ntp = (Bytes.get32(data, 8) << 32) | Bytes.get32(data, 12);
    return java.util.Optional.of(new long[] {ntp, Bytes.get32(data, 16)});
  }

  private static byte[] sdes(long ssrc, String cname) {
    byte[] name = cname.getBytes(StandardCharsets.UTF_8);
    int nameLength = Math.min(name.length, 255);
    int itemBytes = 4 + 2 + nameLength + 1; // ssrc, type+len, text, end item
    int padded = (itemBytes + 3) & ~3;
    byte[] p = new byte[4 + padded];
    p[0] = (byte) 0x81;
    p[1] = (byte) SDES;
    Bytes.put16(p, 2, p.length / 4 - 1);
    Bytes.put32(p, 4, ssrc);
    p[8] = 1; // CNAME
    p[9] = (byte) nameLength;
    System.arraycopy(name, 0, p, 10, nameLength);
    return p;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
