package dev.jonvif.core.xml;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A document produced on the fly: a head, {@code count} repetitions of one byte, a tail. Lets a
 * test feed a 50 MB document without holding 50 MB.
 */
final class GeneratedStream extends InputStream {

  private final byte[] head;
  private final byte fill;
  private final long count;
  private final byte[] tail;
  private long pos;

  GeneratedStream(String head, char fill, long count, String tail) {
    this.head = head.getBytes(StandardCharsets.UTF_8);
    this.fill = (byte) fill;
    this.count = count;
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
  }

  /** How many bytes were handed out. */
  long position() {
    return pos;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    long total = head.length + count + tail.length;
    if (pos >= total) {
      return -1;
    }
    int n = 0;
    while (n < len && pos < total) {
      if (pos < head.length) {
        b[off + n] = head[(int) pos];
      } else if (pos < head.length + count) {
        int run = (int) Math.min(len - n, head.length + count - pos);
        java.util.Arrays.fill(b, off + n, off + n + run, fill);
        n += run;
        pos += run;
        continue;
      } else {
        b[off + n] = tail[(int) (pos - head.length - count)];
      }
      n++;
      pos++;
    }
    return n;
  }
}
