package dev.jonvif.core.xml;

import java.io.InputStream;
import java.util.List;

/** Hands out a byte array in chunks of the given sizes (cycling), as a slow network would. */
final class ChunkedStream extends InputStream {

  private final byte[] data;
  private final List<Integer> sizes;
  private int pos;
  private int next;

  ChunkedStream(byte[] data, List<Integer> sizes) {
    this.data = data;
    this.sizes = sizes;
  }

  static ChunkedStream oneByteAtATime(byte[] data) {
    return new ChunkedStream(data, List.of(1));
  }

  @Override
  public int read() {
    return pos < data.length ? data[pos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (pos >= data.length) {
      return -1;
    }
    int size = Math.max(1, sizes.get(next++ % sizes.size()));
    int n = Math.min(Math.min(size, len), data.length - pos);
    System.arraycopy(data, pos, b, off, n);
    pos += n;
    return n;
  }
}
