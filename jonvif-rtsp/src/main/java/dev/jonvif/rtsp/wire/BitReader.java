package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;

/** Reads bits and Exp-Golomb codes from a raw byte sequence payload, most significant first. */
final class BitReader {

  private final byte[] data;
  private long bit;

  BitReader(byte[] data, int startByte) {
    this.data = data;
    this.bit = 8L * startByte;
  }

  int bit() {
    if (bit >= 8L * data.length) {
      throw new MalformedMessageException("parameter set cut short");
    }
    int v = (data[(int) (bit >>> 3)] >> (7 - (int) (bit & 7))) & 1;
    bit++;
    return v;
  }

  int bits(int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
      v = (v << 1) | bit();
    }
    return v;
  }

  void skip(int n) {
    bit += n;
  }

  /** Unsigned Exp-Golomb. */
  int ue() {
    int zeros = 0;
    while (bit() == 0) {
      if (++zeros > 31) {
        throw new MalformedMessageException("Exp-Golomb code too long");
      }
    }
    return (int) ((1L << zeros) - 1 + bits(zeros));
  }

  /** Signed Exp-Golomb. */
  int se() {
    int k = ue();
    return (k & 1) == 1 ? (k + 1) / 2 : -(k / 2);
  }
}
