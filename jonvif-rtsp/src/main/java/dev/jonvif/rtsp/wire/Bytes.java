package dev.jonvif.rtsp.wire;

/** Big-endian reads and writes. */
final class Bytes {

  private Bytes() {}

  static void put16(byte[] b, int pos, int v) {
    b[pos] = (byte) (v >>> 8);
    b[pos + 1] = (byte) v;
  }

  static void put24(byte[] b, int pos, int v) {
    b[pos] = (byte) (v >>> 16);
    b[pos + 1] = (byte) (v >>> 8);
    b[pos + 2] = (byte) v;
  }

  static void put32(byte[] b, int pos, long v) {
    b[pos] = (byte) (v >>> 24);
    b[pos + 1] = (byte) (v >>> 16);
    b[pos + 2] = (byte) (v >>> 8);
    b[pos + 3] = (byte) v;
  }

  static int get16(byte[] b, int pos) {
    return ((b[pos] & 0xff) << 8) | (b[pos + 1] & 0xff);
  }

  static int get24(byte[] b, int pos) {
    return ((b[pos] & 0xff) << 16) | ((b[pos + 1] & 0xff) << 8) | (b[pos + 2] & 0xff);
  }

  static long get32(byte[] b, int pos) {
    return ((long) (b[pos] & 0xff) << 24)
        | ((b[pos + 1] & 0xff) << 16)
        | ((b[pos + 2] & 0xff) << 8)
        | (b[pos + 3] & 0xff);
  }
}
