package dev.jonvif.bench;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Device server throughput on loopback (issue 3 figures): a one-camera fleet in a child JVM ({@link
 * FleetProcess}) and closed-loop load from this JVM over keep-alive HTTP/1.1 connections, each
 * request of GetProfiles carrying a freshly built WS-UsernameToken digest (new nonce, so the
 * server's replay cache is exercised) that the server verifies. Prints requests/s, p50/p99 latency,
 * and the CPU time of both processes per request. Asserts nothing.
 *
 * <pre>
 * java -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.DeviceLoadDriver \
 *     [seconds=10] [raw|jdk|both] [connections=16,64] [ops=GetProfiles,GetSystemDateAndTime]
 * </pre>
 *
 * <p>{@code raw} is a minimal socket client ({@link RawHttpConnection}); {@code jdk} is the JDK
 * {@link HttpClient}, for comparing what the driver costs.
 */
public final class DeviceLoadDriver {

  private static final String SOAP_12 = "application/soap+xml; charset=utf-8";

  /** Load before the first measured run of each operation, so both JVMs have compiled it. */
  private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 20);

  private static final Credentials ADMIN = new Credentials("admin", FleetProcess.PASSWORD);

  private DeviceLoadDriver() {}

  /** What one request is: endpoint path and a supplier of fresh request bodies. */
  private record Op(String name, String path, Supplier<byte[]> body) {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String clients = args.length > 1 ? args[1] : "raw";
    List<Integer> connections = new ArrayList<>();
    for (String c : (args.length > 2 ? args[2] : "16,64").split(",")) {
      connections.add(Integer.parseInt(c.strip()));
    }
    String ops = args.length > 3 ? args[3] : "GetProfiles,GetSystemDateAndTime";
    Clock clock = Clock.systemUTC();
    byte[] dateAndTime = getSystemDateAndTime();
    List<Op> selected = new ArrayList<>();
    for (String o : ops.split(",")) {
      selected.add(
          switch (o.strip()) {
            case "GetProfiles" ->
                new Op(
                    "GetProfiles (Media1, verified UsernameToken)",
                    OnvifService.MEDIA.path(),
                    () -> RequestBenchmark.signedGetProfiles(ADMIN, clock));
            case "GetSystemDateAndTime" ->
                new Op(
                    "GetSystemDateAndTime (no credentials, PRE_AUTH)",
                    OnvifService.DEVICE.path(),
                    () -> dateAndTime);
            default -> throw new IllegalArgumentException("unknown operation " + o);
          });
    }
    try (ChildFleet fleet = ChildFleet.start(1)) {
      URI device = URI.create(fleet.urls().values().iterator().next());
      System.out.printf(
          Locale.ROOT,
          "server: 1 camera in child JVM pid %d (%s); %d CPUs; driver: %s%n",
          fleet.pid(),
          System.getProperty("bench.serverJvm", "default JVM options"),
          Runtime.getRuntime().availableProcessors(),
          clients);
      for (Op op : selected) {
        URI uri = device.resolve(op.path());
        for (String client : clients.equals("both") ? List.of("raw", "jdk") : List.of(clients)) {
          run(fleet, uri, op, client, 16, WARM_UP_SECONDS, false); // JIT of both JVMs
          for (int n : connections) {
            run(fleet, uri, op, client, n, seconds, true);
          }
        }
      }
    }
  }

  private static void run(
      ChildFleet fleet, URI uri, Op op, String client, int connections, int seconds, boolean print)
      throws Exception {
    List<Latencies> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    Phase phase = new Phase();
    HttpClient jdk =
        client.equals("jdk")
            ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
            : null;
    for (int i = 0; i < connections; i++) {
      Latencies lat = new Latencies();
      latencies.add(lat);
      Runnable loop =
          jdk == null
              ? () -> rawLoop(uri, op, lat, errors, phase)
              : () -> jdkLoop(jdk, uri, op, lat, errors, phase);
      threads.add(Thread.ofPlatform().name("load-" + i).start(loop));
    }
    Thread.sleep(1000); // connections open, steady state
    long serverCpu0 = fleet.cpuNanos();
    long driverCpu0 = FleetProcess.processCpuNanos();
    long t0 = System.nanoTime();
    phase.measuring = true;
    Thread.sleep(seconds * 1000L);
    phase.measuring = false;
    long wall = System.nanoTime() - t0;
    long serverCpu = fleet.cpuNanos() - serverCpu0;
    long driverCpu = FleetProcess.processCpuNanos() - driverCpu0;
    phase.stop = true;
    for (Thread t : threads) {
      t.join();
    }
    if (jdk != null) {
      jdk.close();
    }
    if (!print) {
      return;
    }
    long[] sorted = Latencies.merged(latencies);
    double perSecond = sorted.length / (wall / 1e9);
    System.out.printf(
        Locale.ROOT,
        "%s, %s client, %d connections: %,.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d;"
            + " server CPU %.2f cores (%.1f µs/req), driver CPU %.2f cores (%.1f µs/req); %s%n",
        op.name(),
        client,
        connections,
        perSecond,
        Latencies.quantileMs(sorted, 0.50),
        Latencies.quantileMs(sorted, 0.99),
        errors.get(),
        serverCpu / (double) wall,
        serverCpu / 1e3 / Math.max(1, sorted.length),
        driverCpu / (double) wall,
        driverCpu / 1e3 / Math.max(1, sorted.length),
        FleetProcess.loadAverage());
  }

  /** Shared switches of one run's load threads. */
  private static final class Phase {
    volatile boolean measuring;
    volatile boolean stop;
  }

  private static void rawLoop(URI uri, Op op, Latencies lat, AtomicLong errors, Phase phase) {
    try (RawHttpConnection c = new RawHttpConnection(uri, SOAP_12)) {
      while (!phase.stop) {
        byte[] body = op.body().get();
        long t = System.nanoTime();
        int status = c.post(body);
        long d = System.nanoTime() - t;
        if (phase.measuring) {
          lat.add(d);
          if (status != 200) {
            errors.incrementAndGet();
          }
        }
      }
    } catch (IOException e) {
      errors.incrementAndGet();
      System.err.println("connection failed: " + e.getMessage());
    }
  }

  private static void jdkLoop(
      HttpClient client, URI uri, Op op, Latencies lat, AtomicLong errors, Phase phase) {
    try {
      while (!phase.stop) {
        HttpRequest req =
            HttpRequest.newBuilder(uri)
                .header("Content-Type", SOAP_12)
                .POST(HttpRequest.BodyPublishers.ofByteArray(op.body().get()))
                .build();
        long t = System.nanoTime();
        HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        long d = System.nanoTime() - t;
        if (phase.measuring) {
          lat.add(d);
          if (resp.statusCode() != 200) {
            errors.incrementAndGet();
          }
        }
      }
    } catch (IOException e) {
      errors.incrementAndGet();
      System.err.println("request failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** GetSystemDateAndTime with WS-Addressing, as clients send it before they know the clock. */
  static byte[] getSystemDateAndTime() {
    return SoapEnvelope.of(XmlElement.builder(Namespaces.TDS, "GetSystemDateAndTime").build())
        .withAddressing(
            Addressing.NONE
                .withAction(Namespaces.TDS + "/GetSystemDateAndTime")
                .withMessageId("urn:uuid:0b9b6a1e-6a2c-4c55-9d0e-5f2f3c7d1a10"),
            Namespaces.WSA)
        .toBytes();
  }
}
