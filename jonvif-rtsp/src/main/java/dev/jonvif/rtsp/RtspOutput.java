package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.InterleavedFrame;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The server-to-client byte stream of one RTSP connection (or of a tunnel's GET half): responses
 * and interleaved packets are written whole, one writer at a time.
 */
final class RtspOutput {

  private final OutputStream out;
  private final Runnable closer;
  private volatile boolean closed;

  RtspOutput(OutputStream out, Runnable closer) {
    this.out = out;
    this.closer = closer;
  }

  synchronized void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Writes the packets on {@code channel} as one buffer. */
  void writeInterleaved(int channel, List<byte[]> packets) throws IOException {
    int total = 0;
    for (byte[] p : packets) {
      total += 4 + p.length;
    }
    byte[] buf = new byte[total];
    int pos = 0;
    for (byte[] p : packets) {
      System.arraycopy(InterleavedFrame.header(channel, p.length), 0, buf, pos, 4);
      System.arraycopy(p, 0, buf, pos + 4, p.length);
      pos += 4 + p.length;
    }
    write(buf);
  }

  boolean isClosed() {
    return closed;
  }

  /** Closes the underlying connection; a writer blocked on a stalled peer is released. */
  void close() {
    closed = true;
    closer.run();
  }
}
