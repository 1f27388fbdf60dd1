package dev.jonvif.bench;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.StreamTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Client figures of issue 4 against a fleet in a child JVM ({@link FleetProcess}): onboarding every
 * camera (connect, profiles, stream and snapshot URI of every profile) from this one JVM, on
 * virtual threads; then steady-state GetProfiles through {@link OnvifCamera} over keep-alive; then,
 * when {@code node} and {@code interop/npm-onvif} are there, the npm {@code onvif} client
 * onboarding the same fleet. Prints figures, asserts nothing.
 *
 * <pre>
 * java -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.OnboardDriver \
 *     [cameras=1000] [rounds=5] [parallel=1000] [npm=interop/npm-onvif|none]
 * </pre>
 *
 * <p>Round 1 runs in a fresh JVM (nothing compiled, no connection open); later rounds reuse the
 * warm JVM and the shared HTTP client's idle keep-alive connections, as a client that re-reads its
 * fleet would.
 */
public final class OnboardDriver {

  private OnboardDriver() {}

  /** What onboarding one camera found. */
  private record Onboarded(int profiles, int uris) {}

  public static void main(String[] args) throws Exception {
    int cameras = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int parallel = args.length > 2 ? Integer.parseInt(args[2]) : cameras;
    String npm = args.length > 3 ? args[3] : "interop/npm-onvif";
    try (ChildFleet fleet = ChildFleet.start(cameras)) {
      List<String> urls = List.copyOf(fleet.urls().values());
      System.out.printf(
          Locale.ROOT,
          "fleet: %d cameras in child JVM pid %d, started in %d ms; %d CPUs; %s%n",
          urls.size(),
          fleet.pid(),
          fleet.fleetStartMs(),
          Runtime.getRuntime().availableProcessors(),
          FleetProcess.loadAverage());
      for (int r = 1; r <= rounds; r++) {
        onboard(fleet, urls, parallel, r);
      }
      SteadyGetProfiles.run(urls.get(0));
      if (!npm.equals("none")) {
        npmOnboard(fleet, urls, Path.of(npm));
      }
    }
  }

  private static void onboard(ChildFleet fleet, List<String> urls, int parallel, int round)
      throws Exception {
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger profiles = new AtomicInteger();
    AtomicInteger uris = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    Semaphore slots = new Semaphore(parallel);
    long serverCpu0 = fleet.cpuNanos();
    long clientCpu0 = FleetProcess.processCpuNanos();
    long t0 = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (String url : urls) {
        pool.execute(
            () -> {
              slots.acquireUninterruptibly();
              try {
                Onboarded o = onboardOne(url);
                profiles.addAndGet(o.profiles());
                uris.addAndGet(o.uris());
              } catch (RuntimeException e) {
                failed.incrementAndGet();
                firstError.compareAndSet(null, url + ": " + e);
              } finally {
                slots.release();
              }
            });
      }
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.MINUTES);
    }
    long wall = System.nanoTime() - t0;
    long clientCpu = FleetProcess.processCpuNanos() - clientCpu0;
    long serverCpu = fleet.cpuNanos() - serverCpu0;
    System.out.printf(
        Locale.ROOT,
        "jonvif onboarding round %d (%s): %d cameras in %d ms (%d failed), %d profiles, %d URIs;"
            + " client CPU %.2f s, server CPU %.2f s; %d in parallel; %s%n",
        round,
        round == 1 ? "fresh JVM, new connections" : "warm JVM, pooled connections",
        urls.size(),
        wall / 1_000_000,
        failed.get(),
        profiles.get(),
        uris.get(),
        clientCpu / 1e9,
        serverCpu / 1e9,
        parallel,
        FleetProcess.loadAverage());
    if (firstError.get() != null) {
      System.out.println("  first failure: " + firstError.get());
    }
  }

  private static Onboarded onboardOne(String url) {
    try (OnvifCamera cam =
        OnvifCamera.builder(url).credentials("admin", FleetProcess.PASSWORD).build()) {
      cam.connect();
      List<MediaProfile> list = cam.media().profiles();
      int n = 0;
      for (MediaProfile p : list) {
        cam.media().streamUri(p.token(), StreamTransport.TCP);
        cam.media().snapshotUri(p.token());
        n += 2;
      }
      return new Onboarded(list.size(), n);
    }
  }

  /** Runs {@code onboard.js} of the npm client with every camera's host:port on stdin. */
  private static void npmOnboard(ChildFleet fleet, List<String> urls, Path dir)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(dir.resolve("node_modules/onvif"))) {
      System.out.println(
          "npm onvif: skipped (" + dir + "/node_modules/onvif missing: npm ci in " + dir + ")");
      return;
    }
    Process p =
        new ProcessBuilder("node", "onboard.js", "admin", FleetProcess.PASSWORD)
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    long serverCpu0 = fleet.cpuNanos();
    StringBuilder hosts = new StringBuilder();
    for (String url : urls) {
      java.net.URI u = java.net.URI.create(url);
      hosts.append(u.getHost()).append(':').append(u.getPort()).append('\n');
    }
    p.getOutputStream().write(hosts.toString().getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    long serverCpu = fleet.cpuNanos() - serverCpu0;
    System.out.printf(
        Locale.ROOT,
        "npm onvif 0.8.3 onboarding: %s; server CPU %.2f s; %s%n",
        result,
        serverCpu / 1e9,
        FleetProcess.loadAverage());
  }
}
