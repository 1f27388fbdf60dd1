package dev.jonvif.bench;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.events.EventMode;
import dev.jonvif.client.events.EventOptions;
import dev.jonvif.client.events.EventSubscription;
import dev.jonvif.client.events.EventTopic;
import dev.jonvif.client.events.OnvifEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Event delivery figures of issue 5 against a fleet in a child JVM ({@link FleetProcess}): every
 * camera has an active PullPoint subscription in this JVM while the fleet toggles motion on each
 * camera once a second ({@link EventGenerator}); prints p50/p99 delivery latency (publication on
 * the camera's event bus to the listener call here), heap per subscribed camera and CPU. With
 * {@code npm}, the same load for the npm {@code onvif} client's pull loop ({@code
 * interop/npm-onvif/events.js}) as a peer figure. Prints figures, asserts nothing.
 *
 * <pre>
 * java -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.EventLoadDriver \
 *     [jonvif|npm] [cameras=1000|100] [seconds=30] [warm-up seconds=10]
 * </pre>
 */
public final class EventLoadDriver {

  private EventLoadDriver() {}

  public static void main(String[] args) throws Exception {
    String who = args.length > 0 ? args[0] : "jonvif";
    boolean npm = who.equals("npm");
    int cameras = args.length > 1 ? Integer.parseInt(args[1]) : npm ? 100 : 1000;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    System.out.printf(
        Locale.ROOT,
        "%s: %d cameras, 1 event/s each, %d s measured after %d s warm-up; %d CPUs, %s%n",
        who,
        cameras,
        seconds,
        warmUp,
        Runtime.getRuntime().availableProcessors(),
        FleetProcess.loadAverage());
    try (ChildFleet fleet = ChildFleet.start(cameras)) {
      System.out.printf("fleet ready in %d ms (pid %d)%n", fleet.readyMs(), fleet.pid());
      List<String> urls = List.copyOf(fleet.urls().values());
      if (npm) {
        npm(fleet, urls, seconds, warmUp, Path.of("interop/npm-onvif"));
      } else {
        jonvif(fleet, urls, seconds, warmUp);
      }
    }
  }

  /** Delivery latencies of the run, recorded from any thread. */
  static final class Samples {
    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();
    volatile boolean recording;

    Samples(int capacity) {
      nanos = new long[capacity];
    }

    void record(OnvifEvent e) {
      String sent = e.data().get("Sent");
      if (sent == null || !recording) {
        return;
      }
      long latency = System.nanoTime() - Long.parseLong(sent);
      int i = count.getAndIncrement();
      if (i < nanos.length) {
        nanos[i] = latency;
      }
    }

    long[] sorted() {
      long[] s = Arrays.copyOf(nanos, Math.min(count.get(), nanos.length));
      Arrays.sort(s);
      return s;
    }
  }

  private static void jonvif(ChildFleet fleet, List<String> urls, int seconds, int warmUp)
      throws Exception {
    int n = urls.size();
    Samples samples = new Samples(n * (seconds + 5) * 2);
    long heap0 = FleetProcess.heapAfterGc();
    long t0 = System.nanoTime();
    List<OnvifCamera> cams = new ArrayList<>(n);
    List<EventSubscription> subs = new ArrayList<>(n);
    EventOptions options =
        EventOptions.builder()
            .mode(EventMode.PULLPOINT)
            .topics(EventTopic.onvif("VideoSource/MotionAlarm"))
            .build();
    Semaphore connecting = new Semaphore(64);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<OnvifCamera>> connected = new ArrayList<>(n);
      for (String url : urls) {
        connected.add(
            pool.submit(
                () -> {
                  connecting.acquire();
                  try {
                    return connect(url);
                  } finally {
                    connecting.release();
                  }
                }));
      }
      for (Future<OnvifCamera> f : connected) {
        cams.add(f.get());
      }
    }
    long heapConnected = FleetProcess.heapAfterGc();
    for (OnvifCamera cam : cams) {
      subs.add(cam.events().subscribe(options, samples::record));
    }
    for (EventSubscription s : subs) {
      if (!s.awaitActive(Duration.ofSeconds(60))) {
        System.out.println("a subscription did not become active: " + s.lastFailure());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "connected and subscribed %d cameras in %.1f s%n",
        n,
        (System.nanoTime() - t0) / 1e9);
    long heapSubscribed = FleetProcess.heapAfterGc();
    fleet.events(1);
    Thread.sleep(warmUp * 1000L);
    long cpu0 = FleetProcess.processCpuNanos();
    long fleetCpu0 = fleet.cpuNanos();
    long wall0 = System.nanoTime();
    samples.recording = true;
    Thread.sleep(seconds * 1000L);
    samples.recording = false;
    double wall = (System.nanoTime() - wall0) / 1e9;
    long cpu = FleetProcess.processCpuNanos() - cpu0;
    long fleetCpu = fleet.cpuNanos() - fleetCpu0;
    long heapRunning = FleetProcess.heapAfterGc();
    long sent = fleet.events(0);
    long[] sorted = samples.sorted();
    System.out.printf(
        Locale.ROOT,
        "jonvif PullPoint, %d cameras: %d events in %.1f s (%d published in all); latency p50 %.2f"
            + " ms, p99 %.2f ms, max %.2f ms%n",
        n,
        sorted.length,
        wall,
        sent,
        Latencies.quantileMs(sorted, 0.50),
        Latencies.quantileMs(sorted, 0.99),
        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    System.out.printf(
        Locale.ROOT,
        "client heap per subscribed camera: %.1f KB after subscribing (%.1f KB the connected"
            + " OnvifCamera, %.1f KB its subscription), %.1f KB while running (heap after GC,"
            + " minus before the cameras were made)%n",
        (heapSubscribed - heap0) / 1024.0 / n,
        (heapConnected - heap0) / 1024.0 / n,
        (heapSubscribed - heapConnected) / 1024.0 / n,
        (heapRunning - heap0) / 1024.0 / n);
    System.out.printf(
        Locale.ROOT,
        "client CPU %.2f cores, fleet CPU %.2f cores; %s%n",
        cpu / 1e9 / wall,
        fleetCpu / 1e9 / wall,
        FleetProcess.loadAverage());
    long c0 = System.nanoTime();
    subs.forEach(EventSubscription::close);
    cams.forEach(OnvifCamera::close);
    System.out.printf(Locale.ROOT, "unsubscribed all in %.1f s%n", (System.nanoTime() - c0) / 1e9);
  }

  /** Connects, retrying twice: on a loaded machine a few of a thousand connects time out. */
  private static OnvifCamera connect(String url) {
    OnvifCamera cam =
        OnvifCamera.builder(url)
            .credentials("admin", FleetProcess.PASSWORD)
            .requestTimeout(Duration.ofSeconds(30))
            .build();
    for (int attempt = 1; ; attempt++) {
      try {
        return cam.connect();
      } catch (dev.jonvif.core.TransportException e) {
        if (attempt == 3) {
          cam.close();
          throw e;
        }
      }
    }
  }

  /** Runs {@code events.js} of the npm client with every camera's host:port on stdin. */
  private static void npm(ChildFleet fleet, List<String> urls, int seconds, int warmUp, Path dir)
      throws Exception {
    if (!Files.isDirectory(dir.resolve("node_modules/onvif"))) {
      System.out.println(
          "npm onvif: skipped (" + dir + "/node_modules/onvif missing: npm ci in " + dir + ")");
      return;
    }
    Process p =
        new ProcessBuilder(
                "node",
                "events.js",
                "admin",
                FleetProcess.PASSWORD,
                Integer.toString(seconds),
                Integer.toString(warmUp))
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (OutputStream in = p.getOutputStream()) {
      StringBuilder hosts = new StringBuilder();
      for (String u : urls) {
        java.net.URI uri = java.net.URI.create(u);
        hosts.append(uri.getHost()).append(':').append(uri.getPort()).append('\n');
      }
      in.write(hosts.toString().getBytes(StandardCharsets.UTF_8));
    }
    InputStream out = p.getInputStream();
    java.io.BufferedReader lines =
        new java.io.BufferedReader(new java.io.InputStreamReader(out, StandardCharsets.UTF_8));
    String line = lines.readLine();
    if (line == null || !line.startsWith("subscribed")) {
      System.out.println("npm onvif did not subscribe: " + line);
      p.destroy();
      return;
    }
    System.out.println("npm onvif " + line);
    long fleetCpu0 = fleet.cpuNanos();
    long wall0 = System.nanoTime();
    fleet.events(1);
    String result = lines.readLine();
    double wall = (System.nanoTime() - wall0) / 1e9;
    long fleetCpu = fleet.cpuNanos() - fleetCpu0;
    long sent = fleet.events(0);
    p.waitFor();
    System.out.printf(
        Locale.ROOT,
        "npm onvif 0.8.3 pull loop, %d cameras: %s; %d published; fleet CPU %.2f cores; %s%n",
        urls.size(),
        result,
        sent,
        fleetCpu / 1e9 / wall,
        FleetProcess.loadAverage());
  }
}
