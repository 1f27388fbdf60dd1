package dev.jonvif.bench;

import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * CPU time per operation for the wire core, measured with the thread CPU clock so that the figure
 * holds on a machine shared with other work (JMH's wall-clock numbers do not). Prints one line per
 * figure.
 *
 * <pre>java -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.CpuFigures</pre>
 */
public final class CpuFigures {

  private CpuFigures() {}

  public static void main(String[] args) {
    byte[] profiles = SampleMessages.getProfilesResponse();
    Credentials admin = new Credentials("admin", "password123");
    Clock clock = Clock.systemUTC();
    System.out.printf("GetProfilesResponse sample: %d bytes%n", profiles.length);
    report("parse into tree", () -> XmlParser.parse(profiles), 200_000);
    report("parse into SoapEnvelope", () -> SoapEnvelope.parse(profiles), 200_000);
    report(
        "build signed GetProfiles request",
        () -> RequestBenchmark.signedGetProfiles(admin, clock),
        200_000);
  }

  private static void report(String name, Supplier<?> op, int iterations) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
    Object sink = null;
    for (int i = 0; i < iterations; i++) {
      sink = op.get(); // warm-up
    }
    double best = Double.MAX_VALUE;
    long bytes = 0;
    for (int round = 0; round < 5; round++) {
      long bytes0 = alloc.getCurrentThreadAllocatedBytes();
      long cpu0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < iterations; i++) {
        sink = op.get();
      }
      double perOp = (mx.getCurrentThreadCpuTime() - cpu0) / 1000.0 / iterations;
      bytes = (alloc.getCurrentThreadAllocatedBytes() - bytes0) / iterations;
      best = Math.min(best, perOp);
    }
    System.out.printf(
        "%-34s %8.2f µs CPU/op (best of 5 x %d), %,d bytes allocated/op%s%n",
        name, best, iterations, bytes, sink == null ? "" : "");
  }
}
