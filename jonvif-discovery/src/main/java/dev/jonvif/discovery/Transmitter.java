package dev.jonvif.discovery;

import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Sends responder messages now or after a delay, with SOAP-over-UDP retransmissions: the same bytes
 * again after a random 50-250 ms, the gap doubling for further repeats (at most 500 ms).
 */
final class Transmitter {

  private static final System.Logger LOG = System.getLogger(Transmitter.class.getName());
  private static final Duration UDP_UPPER_DELAY = Duration.ofMillis(500);

  private final ScheduledExecutorService scheduler;
  private final RandomGenerator random;
  private final int retransmissions;
  private final BooleanSupplier closed;

  Transmitter(
      ScheduledExecutorService scheduler,
      RandomGenerator random,
      int retransmissions,
      BooleanSupplier closed) {
    this.scheduler = scheduler;
    this.random = random;
    this.retransmissions = retransmissions;
    this.closed = closed;
  }

  /**
   * Sends the message {@code build} makes, after {@code delay} (at once, on this thread, when
   * zero). The message is built when it goes out, so AppSequence numbers follow send order.
   */
  void send(ResponderEndpoint ep, InetSocketAddress to, Duration delay, Supplier<byte[]> build) {
    if (delay.isZero()) {
      sendAndRepeat(ep, to, build);
    } else {
      schedule(() -> sendAndRepeat(ep, to, build), delay);
    }
  }

  /** A uniformly random delay in [0, max]. */
  Duration randomDelay(Duration max) {
    return Duration.ofNanos(nextLong(max.toNanos() + 1));
  }

  private void sendAndRepeat(ResponderEndpoint ep, InetSocketAddress to, Supplier<byte[]> build) {
    if (closed.getAsBoolean()) {
      return;
    }
    byte[] bytes = build.get();
    ep.send(bytes, to);
    long min = WsDiscovery.UDP_MIN_DELAY.toNanos();
    long gap = min + nextLong(WsDiscovery.UDP_MAX_DELAY.toNanos() - min + 1);
    long at = 0;
    for (int i = 0; i < retransmissions; i++) {
      at += gap;
      schedule(
          () -> {
            if (!closed.getAsBoolean()) {
              ep.send(bytes, to);
            }
          },
          Duration.ofNanos(at));
      gap = Math.min(gap * 2, UDP_UPPER_DELAY.toNanos());
    }
  }

  private long nextLong(long bound) {
    synchronized (random) {
      return random.nextLong(bound);
    }
  }

  private void schedule(Runnable task, Duration delay) {
    try {
      scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      LOG.log(Level.DEBUG, "scheduler shut down; message not sent");
    }
  }
}
