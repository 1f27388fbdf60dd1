package dev.jonvif.discovery;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.TransportException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The device side of WS-Discovery for a whole fleet: one responder per interface (and family)
 * answers for every registered {@link DiscoveryTarget}, since many virtual cameras on one address
 * cannot each own UDP port 3702.
 *
 * <ul>
 *   <li>A Probe gets one ProbeMatches message <em>per matching target</em> (each with its own
 *       MessageID and AppSequence), not several matches in one message: many clients read only the
 *       first ProbeMatch of a message. Answers to multicast Probes wait a random 0..500 ms
 *       (APP_MAX_DELAY) each; answers to directed (unicast) Probes go out at once.
 *   <li>XAddrs are built for the address of the interface the Probe came in on.
 *   <li>{@code RelatesTo} is the Probe's MessageID as received; {@code To} is the anonymous role.
 *   <li>No answer to malformed datagrams, to Probes nothing matches (unknown types, unknown scopes)
 *       or to non-discoverable targets. A directed Probe with an unknown MatchBy rule gets the SOAP
 *       fault {@code d:MatchingRuleNotSupported}; a multicast one gets silence.
 *   <li>Hello on {@link #register}, on {@link #update} when something changed and on becoming
 *       discoverable; Bye on {@link #unregister} and for every target on {@link #close}. A reboot
 *       is {@code unregister} then {@code register}: the AppSequence InstanceId then increases.
 * </ul>
 *
 * <p>Thread-safe. Receive loops run on virtual threads; delayed sends on the options' scheduler.
 *
 * @see <a href="http://schemas.xmlsoap.org/ws/2005/04/discovery/">WS-Discovery 2005/04</a>
 */
public final class DiscoveryResponder implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(DiscoveryResponder.class.getName());

  /**
   * Counters since start.
   *
   * @param datagrams datagrams received
   * @param malformed datagrams dropped as malformed (not XML, DTD, not SOAP, no MessageID, ...)
   * @param matchesSent ProbeMatches and ResolveMatches messages sent (repeats not counted)
   * @param faultsSent MatchingRuleNotSupported faults sent
   */
  public record Stats(long datagrams, long malformed, long matchesSent, long faultsSent) {}

  private final ResponderOptions options;
  private final List<ResponderEndpoint> endpoints;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final Transmitter transmitter;
  private final ProbeAnswerer answerer;
  private final List<Thread> threads = new ArrayList<>();

  private final Object lock = new Object();
  private final Map<String, Registration> registry = new LinkedHashMap<>();
  private final Map<String, Long> lastInstanceIds = new HashMap<>();
  private volatile List<Registration> snapshot = List.of();
  private volatile boolean closed;

  private DiscoveryResponder(ResponderOptions options, List<ResponderEndpoint> endpoints) {
    this.options = options;
    this.endpoints = List.copyOf(endpoints);
    this.ownsScheduler = options.scheduler() == null;
    this.scheduler =
        ownsScheduler
            ? Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("jonvif-wsd-scheduler").factory())
            : options.scheduler();
    this.transmitter =
        new Transmitter(scheduler, options.random(), options.retransmissions(), () -> closed);
    this.answerer = new ProbeAnswerer(() -> snapshot, transmitter, options.maxReplyDelay());
  }

  /**
   * Opens the sockets and starts answering. IPv6 endpoints that cannot be opened are logged and
   * skipped; the start fails when no IPv4 endpoint (or, IPv6 only, no endpoint) could be opened.
   *
   * @throws TransportException when the sockets cannot be opened (e.g. port in use)
   * @throws IllegalArgumentException when the pinned interface does not exist or is down
   */
  public static DiscoveryResponder start(ResponderOptions options) {
    List<Binding> bindings;
    try {
      bindings = Binding.select(options.networkInterface(), options.ipv4(), options.ipv6());
    } catch (SocketException e) {
      throw new TransportException("cannot list network interfaces", ErrorContext.NONE, e);
    }
    List<ResponderEndpoint> opened = new ArrayList<>();
    int port = options.port();
    IOException firstFailure = null;
    boolean ipv4Wanted = false;
    boolean ipv4Opened = false;
    for (Binding b : bindings) {
      ipv4Wanted |= !b.isIpv6();
      try {
        ResponderEndpoint ep = ResponderEndpoint.open(b, port, options.multicastTtl());
        opened.add(ep);
        port = ep.port();
        ipv4Opened |= !b.isIpv6();
      } catch (IOException e) {
        firstFailure = firstFailure == null ? e : firstFailure;
        LOG.log(Level.WARNING, "WS-Discovery: cannot listen on " + b.label() + ": " + e);
      }
    }
    if (opened.isEmpty() || (ipv4Wanted && !ipv4Opened)) {
      opened.forEach(ResponderEndpoint::close);
      String where =
          options.networkInterface() == null ? "any interface" : options.networkInterface();
      throw new TransportException(
          "cannot open WS-Discovery sockets on " + where + " port " + options.port(),
          ErrorContext.NONE,
          firstFailure);
    }
    DiscoveryResponder r = new DiscoveryResponder(options, opened);
    for (ResponderEndpoint ep : r.endpoints) {
      r.threads.addAll(ep.start(r.answerer::handle));
    }
    return r;
  }

  /**
   * Adds a target and, when it is discoverable, announces it with a Hello on every interface.
   *
   * @throws IllegalArgumentException when a target with this endpoint reference is registered
   */
  public void register(DiscoveryTarget target) {
    Objects.requireNonNull(target, "target");
    Registration r;
    synchronized (lock) {
      ensureOpen();
      String epr = target.endpointReference();
      if (registry.containsKey(epr)) {
        throw new IllegalArgumentException("already registered: " + epr);
      }
      r = new Registration(target, nextInstanceId(epr), new AtomicLong());
      registry.put(epr, r);
      publish();
    }
    if (target.discoverable()) {
      hello(r);
    }
  }

  /**
   * Replaces a target by {@code change.apply(current)}. When types or scopes change, the
   * MetadataVersion becomes at least the old one plus one. When anything changed and the target is
   * discoverable, a Hello with the complete new metadata goes out (ONVIF DISCOVERY-1-1-11); a
   * target that becomes non-discoverable goes silent without a Bye.
   *
   * @return the target as now registered (persist its MetadataVersion)
   * @throws IllegalArgumentException when nothing is registered under {@code endpointReference}, or
   *     the change alters the endpoint reference
   */
  public DiscoveryTarget update(String endpointReference, UnaryOperator<DiscoveryTarget> change) {
    Registration updated;
    boolean announce;
    synchronized (lock) {
      ensureOpen();
      Registration old = registry.get(endpointReference);
      if (old == null) {
        throw new IllegalArgumentException("not registered: " + endpointReference);
      }
      DiscoveryTarget before = old.target();
      DiscoveryTarget next = Objects.requireNonNull(change.apply(before), "changed target");
      if (!next.endpointReference().equals(endpointReference)) {
        throw new IllegalArgumentException("update cannot change the endpoint reference");
      }
      boolean metadataChanged =
          !next.types().equals(before.types()) || !next.scopes().equals(before.scopes());
      if (metadataChanged && next.metadataVersion() <= before.metadataVersion()) {
        next = next.withMetadataVersion(before.metadataVersion() + 1);
      }
      updated = old.withTarget(next);
      registry.put(endpointReference, updated);
      publish();
      announce = next.discoverable() && !next.equals(before);
    }
    if (announce) {
      hello(updated);
    }
    return updated.target();
  }

  /** Switches a target between ONVIF's Discoverable and NonDiscoverable modes. */
  public DiscoveryTarget setDiscoverable(String endpointReference, boolean discoverable) {
    return update(endpointReference, t -> t.withDiscoverable(discoverable));
  }

  /**
   * Removes a target, announcing its departure with a Bye when it was discoverable.
   *
   * @return false when nothing was registered under {@code endpointReference}
   */
  public boolean unregister(String endpointReference) {
    Registration r;
    synchronized (lock) {
      r = registry.remove(endpointReference);
      if (r == null) {
        return false;
      }
      lastInstanceIds.put(endpointReference, r.instanceId());
      publish();
    }
    if (r.target().discoverable()) {
      bye(r, true);
    }
    return true;
  }

  /** The registered target with this endpoint reference. */
  public Optional<DiscoveryTarget> target(String endpointReference) {
    synchronized (lock) {
      Registration r = registry.get(endpointReference);
      return Optional.ofNullable(r == null ? null : r.target());
    }
  }

  /** Every registered target, in registration order. */
  public List<DiscoveryTarget> targets() {
    return snapshot.stream().map(Registration::target).toList();
  }

  /** The UDP port in use (the chosen one when the options asked for port 0). */
  public int port() {
    return endpoints.get(0).port();
  }

  /** The addresses directed probes can be sent to: one per interface and family. */
  public List<InetSocketAddress> unicastAddresses() {
    return endpoints.stream().map(ResponderEndpoint::unicastAddress).toList();
  }

  /** The interfaces and families answered on, e.g. {@code [lo/IPv4, lo/IPv6]}. */
  public List<String> interfaces() {
    return endpoints.stream().map(ep -> ep.binding().label()).toList();
  }

  public ResponderOptions options() {
    return options;
  }

  public Stats stats() {
    return new Stats(
        answerer.datagrams.get(),
        answerer.malformed.get(),
        answerer.matchesSent.get(),
        answerer.faultsSent.get());
  }

  /**
   * Sends a Bye for every discoverable target, then closes the sockets, stops the receive threads
   * and drops replies still waiting for their delay. Idempotent.
   */
  @Override
  public void close() {
    List<Registration> leaving;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      leaving = new ArrayList<>(registry.values());
      registry.clear();
      publish();
    }
    // Sent directly: the transmitter no longer sends once closed.
    for (Registration r : leaving) {
      if (r.target().discoverable()) {
        bye(r, false);
      }
    }
    endpoints.forEach(ResponderEndpoint::close);
    if (ownsScheduler) {
      scheduler.shutdownNow();
    }
    for (Thread t : threads) {
      try {
        t.join(Duration.ofSeconds(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void hello(Registration r) {
    for (ResponderEndpoint ep : endpoints) {
      transmitter.send(
          ep,
          ep.groupAddress(),
          Duration.ZERO,
          () ->
              new Hello(
                      DiscoveryHeader.multicast(r.nextSequence()),
                      ProbeAnswerer.metadata(r.target(), ep))
                  .toBytes());
    }
  }

  /** Sends a Bye on every interface; with {@code repeat}, retransmitted like other messages. */
  private void bye(Registration r, boolean repeat) {
    String epr = r.target().endpointReference();
    for (ResponderEndpoint ep : endpoints) {
      if (repeat) {
        transmitter.send(
            ep,
            ep.groupAddress(),
            Duration.ZERO,
            () -> new Bye(DiscoveryHeader.multicast(r.nextSequence()), epr).toBytes());
      } else {
        ep.send(
            new Bye(DiscoveryHeader.multicast(r.nextSequence()), epr).toBytes(), ep.groupAddress());
      }
    }
  }

  /** Seconds since the epoch, but always above the id this endpoint reference used before. */
  private long nextInstanceId(String epr) {
    long now = Math.min(options.clock().instant().getEpochSecond(), AppSequence.MAX_UNSIGNED_INT);
    Long last = lastInstanceIds.get(epr);
    long id = last == null ? now : Math.max(now, last + 1);
    return Math.min(Math.max(id, 0), AppSequence.MAX_UNSIGNED_INT);
  }

  private void publish() {
    snapshot = List.copyOf(registry.values());
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("discovery responder is closed");
    }
  }
}
