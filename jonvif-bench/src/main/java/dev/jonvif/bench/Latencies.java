package dev.jonvif.bench;

import java.util.Arrays;
import java.util.List;

/** Latency samples of one load thread (nanoseconds); merged for percentiles. Not thread-safe. */
final class Latencies {

  private long[] samples = new long[1 << 16];
  private int count;

  void add(long nanos) {
    if (count == samples.length) {
      samples = Arrays.copyOf(samples, count * 2);
    }
    samples[count++] = nanos;
  }

  int count() {
    return count;
  }

  /** Every sample of {@code parts}, sorted. */
  static long[] merged(List<Latencies> parts) {
    int total = parts.stream().mapToInt(Latencies::count).sum();
    long[] all = new long[total];
    int at = 0;
    for (Latencies p : parts) {
      System.arraycopy(p.samples, 0, all, at, p.count);
      at += p.count;
    }
    Arrays.sort(all);
    return all;
  }

  /** The {@code q} quantile (0..1) of sorted samples, in milliseconds; NaN when empty. */
  static double quantileMs(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
