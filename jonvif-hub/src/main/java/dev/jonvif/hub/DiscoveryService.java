package dev.jonvif.hub;

import dev.jonvif.discovery.DiscoveredDevice;
import dev.jonvif.discovery.DiscoveryClient;
import dev.jonvif.discovery.DiscoveryEvent;
import dev.jonvif.discovery.DiscoveryListener;
import dev.jonvif.discovery.ProbeRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Continuous discovery: a Hello/Bye listener plus a probe every {@link HubOptions#probeInterval()},
 * and a probe on demand. Keeps the devices seen; the API lists those not yet added (neither their
 * endpoint reference nor any of their addresses is a stored camera's).
 */
final class DiscoveryService implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(DiscoveryService.class.getName());
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

  /** A discovered device as the API shows it. */
  record Discovered(
      String endpoint,
      List<String> xaddrs,
      String name,
      String hardware,
      String location,
      List<String> profiles,
      Instant firstSeen,
      Instant lastSeen,
      boolean added) {}

  private final HubOptions options;
  private final DiscoveryClient client;
  private final Supplier<Set<String>> addedKeys;
  private final Broadcaster broadcaster;
  private final Map<String, Discovered> seen = new ConcurrentHashMap<>();
  private final AtomicBoolean probing = new AtomicBoolean();
  private volatile boolean running = true;
  private DiscoveryListener listener;
  private Thread prober;

  DiscoveryService(HubOptions options, Supplier<Set<String>> addedKeys, Broadcaster broadcaster) {
    this.options = options;
    this.addedKeys = addedKeys;
    this.broadcaster = broadcaster;
    DiscoveryClient.Builder b = DiscoveryClient.builder();
    String nif = options.discoveryInterface();
    if ("loopback".equals(nif)) {
      b.loopback();
    } else {
      b.networkInterface(nif);
    }
    this.client = b.build();
  }

  /** Starts listening and probing periodically (when discovery is enabled). */
  void start() {
    if (!options.discovery()) {
      return;
    }
    try {
      listener = client.listen(this::onEvent);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "cannot listen for WS-Discovery Hello/Bye: " + e.getMessage());
    }
    prober = Thread.ofVirtual().name("jonvif-hub-discovery").start(this::probeLoop);
  }

  /** Probes now (in the background); a probe already running counts. */
  void probeNow() {
    if (running) {
      Thread.ofVirtual().name("jonvif-hub-probe").start(this::probeOnce);
    }
  }

  /** Devices seen and not added, newest first. */
  List<Discovered> notAdded() {
    List<Discovered> out = new ArrayList<>();
    Set<String> added = addedKeys.get();
    for (Discovered d : seen.values()) {
      if (!added.contains(d.endpoint()) && d.xaddrs().stream().noneMatch(added::contains)) {
        out.add(d);
      }
    }
    out.sort(
        Comparator.comparing(Discovered::lastSeen).reversed().thenComparing(Discovered::endpoint));
    return out;
  }

  /** Tells SSE clients the list changed (after an add or remove too). */
  void changed() {
    broadcaster.publish("discovered", notAdded());
  }

  private void probeLoop() {
    while (running) {
      probeOnce();
      try {
        Thread.sleep(options.probeInterval());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void probeOnce() {
    if (!probing.compareAndSet(false, true)) {
      return;
    }
    try {
      List<DiscoveredDevice> found =
          client.probe(ProbeRequest.defaults().withTimeout(PROBE_TIMEOUT), null);
      found.forEach(this::seen);
      changed();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "WS-Discovery probe failed: " + e.getMessage());
    } finally {
      probing.set(false);
    }
  }

  private void onEvent(DiscoveryEvent e) {
    switch (e) {
      case DiscoveryEvent.Arrived a -> seen(a.device());
      case DiscoveryEvent.Left l -> seen.remove(l.endpointReference());
    }
    changed();
  }

  private void seen(DiscoveredDevice d) {
    Instant now = options.clock().instant();
    Discovered old = seen.get(d.endpointReference());
    seen.put(
        d.endpointReference(),
        new Discovered(
            d.endpointReference(),
            d.xaddrs().stream().map(URI::toString).toList(),
            d.name(),
            d.hardware(),
            d.locations().isEmpty() ? null : d.locations().get(0),
            d.profiles(),
            old == null ? now : old.firstSeen(),
            now,
            false));
  }

  @Override
  public void close() {
    running = false;
    if (prober != null) {
      prober.interrupt();
    }
    if (listener != null) {
      listener.close();
    }
  }
}
