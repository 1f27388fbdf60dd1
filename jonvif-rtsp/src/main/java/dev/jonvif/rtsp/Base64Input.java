package dev.jonvif.rtsp;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes a base64 byte stream as it arrives, one four-character quantum at a time, so that each
 * request a tunnel client encodes separately (with its own padding) decodes on its own. Whitespace
 * and line breaks anywhere are ignored.
 */
final class Base64Input extends InputStream {

  private final InputStream in;
  private final byte[] raw = new byte[4096];
  private final byte[] decoded = new byte[3 * 4096 / 4 + 3];
  private final int[] quantum = new int[4];
  private int filled;
  private int pos;
  private int end;

  Base64Input(InputStream in) {
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (pos == end) {
      int n = in.read(raw, 0, raw.length);
      if (n < 0) {
        return -1;
      }
      pos = 0;
      end = 0;
      for (int i = 0; i < n; i++) {
        decode(raw[i] & 0xff);
      }
    }
    int count = Math.min(len, end - pos);
    System.arraycopy(decoded, pos, b, off, count);
    pos += count;
    return count;
  }

  private void decode(int c) throws IOException {
    if (c == ' ' || c == '\r' || c == '\n' || c == '\t') {
      return;
    }
    int v = value(c);
    if (v == -2) {
      throw new IOException("tunnel body is not base64 (byte 0x" + Integer.toHexString(c) + ")");
    }
    quantum[filled++] = v;
    if (filled < 4) {
      return;
    }
    filled = 0;
    if (quantum[0] < 0 || quantum[1] < 0) {
      throw new IOException("tunnel body has misplaced base64 padding");
    }
    int bits = (quantum[0] << 18) | (quantum[1] << 12);
    decoded[end++] = (byte) (bits >> 16);
    if (quantum[2] >= 0) {
      bits |= quantum[2] << 6;
      decoded[end++] = (byte) (bits >> 8);
      if (quantum[3] >= 0) {
        bits |= quantum[3];
        decoded[end++] = (byte) bits;
      }
    }
  }

  /** The 6-bit value, -1 for padding, -2 for anything else. */
  private static int value(int c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return switch (c) {
      case '+', '-' -> 62;
      case '/', '_' -> 63;
      case '=' -> -1;
      default -> -2;
    };
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
