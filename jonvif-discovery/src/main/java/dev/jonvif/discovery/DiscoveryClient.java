package dev.jonvif.discovery;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.TransportException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import javax.xml.namespace.QName;

/**
 * Finds devices with WS-Discovery: multicast probes on every interface (IPv4 and IPv6) or on one
 * pinned interface, directed probes to a host or a CIDR range, and a {@link DiscoveryListener} for
 * Hello and Bye. Answers are matched to our probes by RelatesTo and merged by endpoint reference.
 *
 * <p>Immutable and thread-safe; every probe opens its own sockets and closes them before returning.
 * The blocking calls suit virtual threads.
 *
 * <pre>{@code
 * DiscoveryClient client = DiscoveryClient.builder().networkInterface("eth0").build();
 * List<DiscoveredDevice> found =
 *     client.probe(ProbeRequest.defaults(), d -> System.err.println("found " + d.name()));
 * }</pre>
 */
public final class DiscoveryClient {

  private static final System.Logger LOG = System.getLogger(DiscoveryClient.class.getName());

  /** Directed probes sent per second by default (a /24 takes a quarter of a second). */
  public static final int DEFAULT_UNICAST_RATE = 1_000;

  private static final int RECEIVE_BUFFER = 1 << 20;

  private final String networkInterface;
  private final boolean ipv4;
  private final boolean ipv6;
  private final int port;
  private final int multicastTtl;
  private final int retransmissions;
  private final int unicastRate;

  private DiscoveryClient(Builder b) {
    this.networkInterface = b.networkInterface;
    this.ipv4 = b.ipv4;
    this.ipv6 = b.ipv6;
    this.port = b.port;
    this.multicastTtl = b.multicastTtl;
    this.retransmissions = b.retransmissions;
    this.unicastRate = b.unicastRate;
  }

  /** A client with the defaults: every interface, IPv4 and IPv6, port 3702. */
  public static DiscoveryClient create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Probes for network video transmitters for 3 s. */
  public List<DiscoveredDevice> probe() {
    return probe(ProbeRequest.DEFAULT, null);
  }

  public List<DiscoveredDevice> probe(ProbeRequest request) {
    return probe(request, null);
  }

  /**
   * Multicasts a Probe on every selected interface and collects the answers until the request's
   * timeout (or its {@code stopAfter}). {@code onFound} (may be null) is called once per newly
   * found device, on a discovery thread, one call at a time: progress for a CLI.
   *
   * @return the devices found, merged by endpoint reference, in the order first seen
   * @throws TransportException when no socket could be opened or no Probe could be sent
   * @throws IllegalArgumentException when the pinned interface does not exist or is down
   */
  public List<DiscoveredDevice> probe(ProbeRequest request, Consumer<DiscoveredDevice> onFound) {
    List<Binding> bindings = bindings();
    ProbeRun run = new ProbeRun(request.stopAfter(), onFound);
    try {
      List<Destination> destinations = new ArrayList<>();
      for (Binding b : bindings) {
        try {
          DatagramChannel ch = UdpSockets.unicast(b, b.primary(), 0, multicastTtl);
          UdpSockets.receiveBuffer(ch, RECEIVE_BUFFER);
          run.listen(ch, b.label());
          destinations.add(new Destination(ch, b.groupAddress(port), b.label()));
        } catch (IOException e) {
          LOG.log(Level.DEBUG, "cannot probe on " + b.label() + ": " + e);
        }
      }
      Probe probe = request.newProbe();
      run.expect(probe.header().messageId());
      byte[] bytes = probe.toBytes();
      if (send(destinations, bytes) == 0) {
        throw new TransportException(
            "cannot send a WS-Discovery Probe on " + where(), ErrorContext.NONE, null);
      }
      awaitWithRepeats(run, request, () -> send(destinations, bytes));
      return run.devices();
    } finally {
      run.close();
    }
  }

  /** Directed probes of {@code hostOrCidr} (a host, an address or a range such as 10.0.0.0/24). */
  public List<DiscoveredDevice> probeHosts(
      String hostOrCidr, ProbeRequest request, Consumer<DiscoveredDevice> onFound) {
    return probeHosts(HostRange.parse(hostOrCidr), request, onFound);
  }

  /**
   * Sends a directed (unicast) Probe to UDP port 3702 of every host, for other subnets, VPNs and
   * containers where multicast does not reach, paced at the builder's unicast rate, then collects
   * answers until the request's timeout after the last one. With a pinned interface, the probes go
   * out from its address.
   */
  public List<DiscoveredDevice> probeHosts(
      Collection<InetAddress> hosts, ProbeRequest request, Consumer<DiscoveredDevice> onFound) {
    if (hosts.isEmpty()) {
      return List.of();
    }
    ProbeRun run = new ProbeRun(request.stopAfter(), onFound);
    try {
      DatagramChannel v4 = null;
      DatagramChannel v6 = null;
      List<Destination> destinations = new ArrayList<>(hosts.size());
      List<byte[]> probes = new ArrayList<>(hosts.size());
      for (InetAddress host : hosts) {
        boolean isV6 = host instanceof Inet6Address;
        DatagramChannel ch = isV6 ? v6 : v4;
        if (ch == null) {
          Opened o =
              unicastSocket(isV6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
          ch = o.channel();
          run.listen(ch, o.label());
          if (isV6) {
            v6 = ch;
          } else {
            v4 = ch;
          }
        }
        Probe probe = request.newProbe();
        run.expect(probe.header().messageId());
        destinations.add(new Destination(ch, new InetSocketAddress(host, port), ""));
        probes.add(probe.toBytes());
      }
      sendPaced(destinations, probes);
      awaitWithRepeats(run, request, () -> sendPaced(destinations, probes));
      return run.devices();
    } finally {
      run.close();
    }
  }

  /** Listens for every Hello and Bye; events are queued (see {@link DiscoveryListener#poll}). */
  public DiscoveryListener listen() {
    return listen(List.of(), null);
  }

  /** Listens for every Hello and Bye; events go to {@code onEvent}. */
  public DiscoveryListener listen(Consumer<DiscoveryEvent> onEvent) {
    return listen(List.of(), onEvent);
  }

  /**
   * Listens for Hello and Bye. A Hello is reported only if it lists every type in {@code types}
   * (e.g. {@code dn:NetworkVideoTransmitter}, to ignore printers); a Bye lists no types and is
   * always reported. {@code onEvent} null: events are queued.
   */
  public DiscoveryListener listen(List<QName> types, Consumer<DiscoveryEvent> onEvent) {
    return DiscoveryListener.open(bindings(), port, types, onEvent);
  }

  private void awaitWithRepeats(ProbeRun run, ProbeRequest request, Runnable resend) {
    long start = System.nanoTime();
    long deadline = start + request.timeout().toNanos();
    long min = WsDiscovery.UDP_MIN_DELAY.toNanos();
    long gap = ThreadLocalRandom.current().nextLong(min, WsDiscovery.UDP_MAX_DELAY.toNanos() + 1);
    long at = start;
    try {
      for (int i = 0; i < retransmissions; i++) {
        at += gap;
        gap *= 2;
        if (at >= deadline || run.awaitUntil(at)) {
          break;
        }
        resend.run();
      }
      run.awaitUntil(deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Sends to each destination; returns how many sends succeeded. */
  private static int send(List<Destination> destinations, byte[] bytes) {
    int ok = 0;
    for (Destination d : destinations) {
      try {
        d.channel.send(ByteBuffer.wrap(bytes), d.address);
        ok++;
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "cannot send a Probe on " + d.label + ": " + e);
      }
    }
    return ok;
  }

  private void sendPaced(List<Destination> destinations, List<byte[]> probes) {
    int burst = Math.max(1, unicastRate / 100);
    for (int i = 0; i < destinations.size(); i++) {
      Destination d = destinations.get(i);
      try {
        d.channel.send(ByteBuffer.wrap(probes.get(i)), d.address);
      } catch (IOException e) {
        LOG.log(Level.DEBUG, "cannot send a Probe to " + d.address + ": " + e);
      }
      if ((i + 1) % burst == 0 && i + 1 < destinations.size()) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** A socket for directed probes: from the pinned interface's address, else any address. */
  private Opened unicastSocket(ProtocolFamily family) {
    boolean v6 = family == StandardProtocolFamily.INET6;
    try {
      if (networkInterface != null) {
        for (Binding b : bindings()) {
          if (b.family() == family) {
            DatagramChannel ch = UdpSockets.unicast(b, b.primary(), 0, multicastTtl);
            UdpSockets.receiveBuffer(ch, RECEIVE_BUFFER);
            return new Opened(ch, b.label());
          }
        }
        throw new IllegalArgumentException(
            networkInterface + " has no " + (v6 ? "IPv6" : "IPv4") + " address to probe from");
      }
      DatagramChannel ch = DatagramChannel.open(family);
      ch.bind(null);
      UdpSockets.receiveBuffer(ch, RECEIVE_BUFFER);
      return new Opened(ch, v6 ? "unicast/IPv6" : "unicast/IPv4");
    } catch (IOException e) {
      throw new TransportException(
          "cannot open a UDP socket for directed probes", ErrorContext.NONE, e);
    }
  }

  private record Opened(DatagramChannel channel, String label) {}

  private List<Binding> bindings() {
    try {
      List<Binding> b = Binding.select(networkInterface, ipv4, ipv6);
      if (b.isEmpty()) {
        throw new TransportException(
            "no network interface to run WS-Discovery on (" + where() + ")",
            ErrorContext.NONE,
            null);
      }
      return b;
    } catch (SocketException e) {
      throw new TransportException("cannot list network interfaces", ErrorContext.NONE, e);
    }
  }

  private String where() {
    return networkInterface == null ? "any interface" : networkInterface;
  }

  private record Destination(DatagramChannel channel, InetSocketAddress address, String label) {}

  /** Builds a {@link DiscoveryClient}. */
  public static final class Builder {
    private String networkInterface;
    private boolean ipv4 = true;
    private boolean ipv6 = true;
    private int port = WsDiscovery.PORT;
    private int multicastTtl = ResponderOptions.DEFAULT_MULTICAST_TTL;
    private int retransmissions = ResponderOptions.DEFAULT_RETRANSMISSIONS;
    private int unicastRate = DEFAULT_UNICAST_RATE;

    private Builder() {}

    /** Pins probes and listening to one interface, by name ({@code eth0}) or address literal. */
    public Builder networkInterface(String nameOrAddress) {
      this.networkInterface =
          nameOrAddress == null || nameOrAddress.isBlank() ? null : nameOrAddress.strip();
      return this;
    }

    /** Pins the client to the loopback interface (tests, demos). */
    public Builder loopback() {
      this.networkInterface = ResponderOptions.loopbackName();
      return this;
    }

    public Builder ipv4(boolean enabled) {
      this.ipv4 = enabled;
      return this;
    }

    public Builder ipv6(boolean enabled) {
      this.ipv6 = enabled;
      return this;
    }

    /** The UDP port probes go to (3702). */
    public Builder port(int udpPort) {
      this.port = udpPort;
      return this;
    }

    public Builder multicastTtl(int ttl) {
      this.multicastTtl = ttl;
      return this;
    }

    /** SOAP-over-UDP repeats of each Probe (same MessageID), 1 by default. */
    public Builder retransmissions(int count) {
      this.retransmissions = count;
      return this;
    }

    /** Directed probes sent per second at most. */
    public Builder unicastRate(int probesPerSecond) {
      this.unicastRate = probesPerSecond;
      return this;
    }

    /**
     * @throws IllegalArgumentException for an out-of-range value
     */
    public DiscoveryClient build() {
      if (port <= 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      if (!ipv4 && !ipv6) {
        throw new IllegalArgumentException("enable IPv4, IPv6 or both");
      }
      if (multicastTtl < 1 || multicastTtl > 255) {
        throw new IllegalArgumentException("multicastTtl must be 1..255: " + multicastTtl);
      }
      if (retransmissions < 0 || retransmissions > 5) {
        throw new IllegalArgumentException("retransmissions must be 0..5: " + retransmissions);
      }
      if (unicastRate < 1) {
        throw new IllegalArgumentException("unicastRate must be positive: " + unicastRate);
      }
      return new DiscoveryClient(this);
    }
  }
}
