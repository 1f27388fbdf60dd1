package dev.jonvif.rtsp.wire;

import java.util.Objects;

/**
 * An RTP or RTCP packet carried on the RTSP connection: {@code '$'}, a one-byte channel, a two-byte
 * length and the packet.
 *
 * @param channel the interleaved channel, 0 to 255
 * @param payload the packet, at most 65,535 bytes
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2326#section-10.12">RFC 2326 §10.12</a>
 */
public record InterleavedFrame(int channel, byte[] payload) implements RtspItem {

  public InterleavedFrame {
    if (channel < 0 || channel > 255) {
      throw new IllegalArgumentException("channel out of range: " + channel);
    }
    Objects.requireNonNull(payload, "payload");
    if (payload.length > 0xffff) {
      throw new IllegalArgumentException("interleaved payload too long: " + payload.length);
    }
  }

  /** The four-byte header that precedes a payload of {@code length} bytes on {@code channel}. */
  public static byte[] header(int channel, int length) {
    return new byte[] {'$', (byte) channel, (byte) (length >>> 8), (byte) length};
  }

  /** Header and payload as written on the wire. */
  public byte[] encode() {
    byte[] out = new byte[4 + payload.length];
    System.arraycopy(header(channel, payload.length), 0, out, 0, 4);
    System.arraycopy(payload, 0, out, 4, payload.length);
    return out;
  }
}
