package dev.jonvif.bench;

import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import dev.jonvif.hub.Hub;
import dev.jonvif.hub.HubOptions;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The hub managing a virtual fleet on loopback, in one process. Prints figures, asserts nothing.
 *
 * <pre>
 * java -Xmx3g -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.HubLoadDriver [cameras=1000] [seconds=60] [events/s=20]
 * </pre>
 *
 * <ol>
 *   <li>starts the fleet (every simulated service) and measures its heap alone;
 *   <li>adds every camera through {@code POST /api/cameras} (16 at a time): onboarding time;
 *   <li>restarts the hub on the same data: time from start to every camera connected;
 *   <li>with motion events raised at the given rate for {@code seconds}: process CPU, hub heap
 *       (heap after GC minus the fleet's), API latency ({@code GET /api/cameras} and one camera)
 *       and event latency (admin API raise to the SSE {@code sensor} update).
 * </ol>
 */
public final class HubLoadDriver {

  private static final String CAMERA_PASSWORD = "bench-camera-pass";
  private static final String ADMIN_PASSWORD = "bench-admin-pass";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private HubLoadDriver() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    Path data = Files.createTempDirectory("jonvif-hub-bench");
    EventsModule events = new EventsModule();
    FleetOptions fo =
        FleetOptions.forTests(Personas.defaults(n), CAMERA_PASSWORD)
            .withModules(dev.jonvif.device.fleet.StandardModules.all(events));
    printf(
        "hub load: %d virtual cameras, %d s steady state, %d events/s; load average %.1f",
        n, seconds, rate, load());
    long t0 = System.nanoTime();
    try (Fleet fleet = Fleet.start(fo);
        AdminApi admin = AdminApi.start(fleet, 0)) {
      events.installSimulations(admin);
      printf("fleet started in %.1f s", secs(t0));
      long fleetHeap = heapAfterGc();
      printf("fleet heap after GC: %d MiB", fleetHeap >> 20);
      List<String> names = new ArrayList<>(fleet.cameras().keySet());

      HubOptions options =
          HubOptions.builder()
              .port(0)
              .dataDir(data)
              .adminPassword(ADMIN_PASSWORD)
              .discovery(false)
              .build();
      try (Hub hub = Hub.start(options)) {
        long a0 = System.nanoTime();
        addAll(hub, fleet, names);
        printf("added %d cameras through the API in %.1f s (16 at a time)", n, secs(a0));
      }
      long s0 = System.nanoTime();
      try (Hub hub = Hub.start(options)) {
        awaitConnected(hub, n);
        printf(
            "hub restart to all %d cameras connected: %.1f s (%s)",
            n, secs(s0), hub.statusCounts());
        steadyState(hub, admin, names, seconds, rate, fleetHeap);
      }
    } finally {
      deleteQuietly(data);
    }
  }

  private static void addAll(Hub hub, Fleet fleet, List<String> names) throws Exception {
    Semaphore parallel = new Semaphore(16);
    List<Future<Integer>> results = new ArrayList<>();
    try (var exec = Executors.newVirtualThreadPerTaskExecutor()) {
      for (String name : names) {
        String body =
            "{\"address\":\""
                + fleet.deviceServiceUrl(name)
                + "\",\"username\":\"admin\",\"password\":\""
                + CAMERA_PASSWORD
                + "\",\"name\":\""
                + name
                + "\"}";
        results.add(
            exec.submit(
                () -> {
                  parallel.acquire();
                  try {
                    return send(hub, "POST", "/api/cameras", body).statusCode();
                  } finally {
                    parallel.release();
                  }
                }));
      }
    }
    long failed = 0;
    for (Future<Integer> f : results) {
      failed += f.get() == 201 ? 0 : 1;
    }
    if (failed > 0) {
      printf("  %d cameras could not be added", failed);
    }
  }

  private static void awaitConnected(Hub hub, int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      Map<String, Integer> c = hub.statusCounts();
      if (c.getOrDefault("online", 0) + c.getOrDefault("clock_skew", 0) >= n) {
        return;
      }
      Thread.sleep(100);
    }
    printf("  not all connected after 10 minutes: %s", hub.statusCounts());
  }

  private static void steadyState(
      Hub hub, AdminApi admin, List<String> names, int seconds, int rate, long fleetHeap)
      throws Exception {
    EventLatency latency = EventLatency.listen(hub.url() + "/api/events/stream", basic());
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long w0 = System.nanoTime();
    Map<String, String> ids = idsByName(hub);
    Thread raiser = Thread.ofVirtual().start(() -> raise(admin, names, ids, rate, latency));
    List<Long> list = new ArrayList<>();
    List<Long> one = new ArrayList<>();
    String firstId = firstCameraId(hub);
    long end = w0 + Duration.ofSeconds(seconds).toNanos();
    while (System.nanoTime() < end) {
      list.add(timed(() -> send(hub, "GET", "/api/cameras", null)));
      one.add(timed(() -> send(hub, "GET", "/api/cameras/" + firstId, null)));
      Thread.sleep(200);
    }
    raiser.interrupt();
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - w0) / 1e9;
    printf(
        "process CPU (fleet + hub + load): %.2f cores of %d over %.0f s; load average %.1f",
        cpu / wall, Runtime.getRuntime().availableProcessors(), wall, load());
    long heap = heapAfterGc();
    printf(
        "heap after GC: %d MiB (hub ~%d MiB above the fleet's %d MiB)",
        heap >> 20, (heap - fleetHeap) >> 20, fleetHeap >> 20);
    printf("GET /api/cameras (%d cameras): %s", names.size(), percentiles(list));
    printf("GET /api/cameras/{id}: %s", percentiles(one));
    printf(
        "event raised -> SSE sensor update: %s (%d events)",
        percentiles(latency.samples()), latency.samples().size());
    latency.close();
  }

  private static void raise(
      AdminApi admin, List<String> names, Map<String, String> ids, int rate, EventLatency latency) {
    long gapNanos = 1_000_000_000L / Math.max(1, rate);
    boolean state = true;
    try {
      for (int i = 0; ; i++) {
        String name = names.get(i % names.size());
        if (i % names.size() == 0 && i > 0) {
          state = !state;
        }
        latency.raised(ids.get(name), state);
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:"
                            + admin.port()
                            + "/cameras/"
                            + name
                            + "/events/motion?state="
                            + state))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
        Thread.sleep(Duration.ofNanos(gapNanos));
      }
    } catch (InterruptedException e) {
      // done
    } catch (Exception e) {
      printf("  raising events failed: %s", e);
    }
  }

  /** Camera name (the driver names them as the fleet does) to hub id. */
  private static Map<String, String> idsByName(Hub hub) throws Exception {
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(send(hub, "GET", "/api/cameras", null).body());
    Map<String, String> out = new java.util.HashMap<>();
    json.forEach(c -> out.put(c.get("name").asText(), c.get("id").asText()));
    return out;
  }

  private static String firstCameraId(Hub hub) throws Exception {
    String body = send(hub, "GET", "/api/cameras", null).body();
    int i = body.indexOf("\"id\":\"") + 6;
    return body.substring(i, body.indexOf('"', i));
  }

  static HttpResponse<String> send(Hub hub, String method, String path, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(hub.url() + path))
            .header("Authorization", basic())
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static long timed(Call c) throws Exception {
    long t = System.nanoTime();
    c.run();
    return System.nanoTime() - t;
  }

  static String percentiles(List<Long> nanos) {
    if (nanos.isEmpty()) {
      return "no samples";
    }
    long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    return String.format(
        Locale.ROOT,
        "p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)",
        a[a.length / 2] / 1e6,
        a[Math.min(a.length - 1, (int) (a.length * 0.99))] / 1e6,
        a[a.length - 1] / 1e6,
        a.length);
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    var mem = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return mem.getUsed();
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  static void printf(String format, Object... args) {
    System.out.println(String.format(Locale.ROOT, format, args));
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temp dir
    }
  }
}
