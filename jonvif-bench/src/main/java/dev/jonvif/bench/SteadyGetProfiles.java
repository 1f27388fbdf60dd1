package dev.jonvif.bench;

import dev.jonvif.client.OnvifCamera;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Steady-state GetProfiles through {@link OnvifCamera} (issue 4): one connected camera, one caller,
 * calls back to back over the kept-alive connection; latency per call from the caller's side
 * (build, sign, send, receive, parse into records). Against a one-camera fleet in a child JVM when
 * run alone:
 *
 * <pre>java -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.SteadyGetProfiles [calls]
 * </pre>
 */
public final class SteadyGetProfiles {

  private SteadyGetProfiles() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    try (ChildFleet fleet = ChildFleet.start(1)) {
      run(fleet.urls().values().iterator().next(), calls);
    }
  }

  static void run(String url) {
    run(url, 20_000);
  }

  static void run(String url, int calls) {
    try (OnvifCamera cam =
        OnvifCamera.builder(url).credentials("admin", FleetProcess.PASSWORD).build()) {
      cam.connect();
      int version = cam.media().version();
      for (int i = 0; i < calls; i++) {
        cam.media().profiles(); // warm-up (JIT of client and server)
      }
      Latencies lat = new Latencies();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      long jit0 = jit.getTotalCompilationTime();
      long cpu0 = FleetProcess.processCpuNanos();
      long callerCpu0 = threads.getCurrentThreadCpuTime();
      int profiles = 0;
      for (int i = 0; i < calls; i++) {
        long t = System.nanoTime();
        profiles = cam.media().profiles().size();
        lat.add(System.nanoTime() - t);
      }
      long cpu = FleetProcess.processCpuNanos() - cpu0;
      long callerCpu = threads.getCurrentThreadCpuTime() - callerCpu0;
      long jitMs = jit.getTotalCompilationTime() - jit0;
      long[] sorted = Latencies.merged(List.of(lat));
      System.out.printf(
          Locale.ROOT,
          "jonvif steady GetProfiles (Media%d, %d profiles, WS-UsernameToken), %d calls in a row:"
              + " median %.3f ms, p99 %.3f ms, max %.1f ms; client CPU %.0f µs/call (calling thread %.0f µs, JIT %d ms in all); %s%n",
          version,
          profiles,
          calls,
          Latencies.quantileMs(sorted, 0.5),
          Latencies.quantileMs(sorted, 0.99),
          Latencies.quantileMs(sorted, 1.0),
          cpu / 1e3 / calls,
          callerCpu / 1e3 / calls,
          jitMs,
          FleetProcess.loadAverage());
    }
  }
}
