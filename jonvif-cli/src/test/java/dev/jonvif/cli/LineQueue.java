package dev.jonvif.cli;

import java.io.Writer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Collects printed lines into a queue, so the test can wait for "ready". */
final class LineQueue extends Writer {
  final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuilder current = new StringBuilder();

  @Override
  public synchronized void write(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (buf[i] == '\n') {
        lines.add(current.toString());
        current.setLength(0);
      } else if (buf[i] != '\r') {
        current.append(buf[i]);
      }
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
