package dev.jonvif.discovery;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;

/**
 * How a {@link DiscoveryResponder} listens and answers. Build with {@link #builder()}; the defaults
 * follow WS-Discovery and ONVIF.
 *
 * @param networkInterface interface name ({@code eth0}) or address literal to pin the responder to,
 *     or {@code null} for every interface that is up and multicast-capable, plus loopback
 * @param ipv4 listen on 239.255.255.250
 * @param ipv6 listen on FF02::C where the interface has IPv6 (failures there are logged, not fatal)
 * @param port the UDP port, {@value WsDiscovery#PORT} by default; 0 picks a free one (tests)
 * @param maxReplyDelay answers to multicast Probes and Resolves wait a random time up to this
 *     (APP_MAX_DELAY, 500 ms); directed (unicast) ones are answered at once
 * @param retransmissions SOAP-over-UDP repeats of every message sent, after 50-250 ms (1)
 * @param multicastTtl TTL of multicast messages (1: the local link)
 * @param random source of the reply and retransmission delays (used under a lock)
 * @param scheduler runs delayed sends; {@code null} for one owned (and shut down) by the responder
 * @param clock gives the AppSequence InstanceId (seconds since the epoch at registration)
 */
public record ResponderOptions(
    String networkInterface,
    boolean ipv4,
    boolean ipv6,
    int port,
    Duration maxReplyDelay,
    int retransmissions,
    int multicastTtl,
    RandomGenerator random,
    ScheduledExecutorService scheduler,
    Clock clock) {

  public static final int DEFAULT_RETRANSMISSIONS = 1;
  public static final int DEFAULT_MULTICAST_TTL = 1;

  public ResponderOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (!ipv4 && !ipv6) {
      throw new IllegalArgumentException("enable IPv4, IPv6 or both");
    }
    Objects.requireNonNull(maxReplyDelay, "maxReplyDelay");
    if (maxReplyDelay.isNegative()) {
      throw new IllegalArgumentException("maxReplyDelay is negative");
    }
    if (retransmissions < 0 || retransmissions > 5) {
      throw new IllegalArgumentException("retransmissions must be 0..5: " + retransmissions);
    }
    if (multicastTtl < 1 || multicastTtl > 255) {
      throw new IllegalArgumentException("multicastTtl must be 1..255: " + multicastTtl);
    }
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(clock, "clock");
  }

  /** The defaults: every interface, IPv4 and IPv6, port 3702. */
  public static ResponderOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResponderOptions}. */
  public static final class Builder {
    private String networkInterface;
    private boolean ipv4 = true;
    private boolean ipv6 = true;
    private int port = WsDiscovery.PORT;
    private Duration maxReplyDelay = WsDiscovery.APP_MAX_DELAY;
    private int retransmissions = DEFAULT_RETRANSMISSIONS;
    private int multicastTtl = DEFAULT_MULTICAST_TTL;
    private RandomGenerator random = new SplittableRandom();
    private ScheduledExecutorService scheduler;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Pins the responder to one interface, by name ({@code eth0}) or address literal. */
    public Builder networkInterface(String nameOrAddress) {
      this.networkInterface = nameOrAddress;
      return this;
    }

    /**
     * Pins the responder to the loopback interface (tests, demos): nothing is sent through a real
     * network interface.
     */
    public Builder loopback() {
      this.networkInterface = loopbackName();
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

    public Builder port(int udpPort) {
      this.port = udpPort;
      return this;
    }

    public Builder maxReplyDelay(Duration delay) {
      this.maxReplyDelay = delay;
      return this;
    }

    public Builder retransmissions(int count) {
      this.retransmissions = count;
      return this;
    }

    public Builder multicastTtl(int ttl) {
      this.multicastTtl = ttl;
      return this;
    }

    public Builder random(RandomGenerator generator) {
      this.random = generator;
      return this;
    }

    public Builder scheduler(ScheduledExecutorService executor) {
      this.scheduler = executor;
      return this;
    }

    public Builder clock(Clock c) {
      this.clock = c;
      return this;
    }

    public ResponderOptions build() {
      return new ResponderOptions(
          networkInterface,
          ipv4,
          ipv6,
          port,
          maxReplyDelay,
          retransmissions,
          multicastTtl,
          random,
          scheduler,
          clock);
    }
  }

  /** The name of the loopback interface ({@code lo} on Linux, {@code lo0} on macOS). */
  static String loopbackName() {
    try {
      return NetworkInterface.networkInterfaces()
          .filter(
              n -> {
                try {
                  return n.isLoopback() && n.isUp();
                } catch (SocketException e) {
                  return false;
                }
              })
          .map(NetworkInterface::getName)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no loopback interface is up"));
    } catch (SocketException e) {
      throw new IllegalStateException("cannot list network interfaces", e);
    }
  }
}
