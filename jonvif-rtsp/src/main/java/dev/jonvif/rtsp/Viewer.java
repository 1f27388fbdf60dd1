package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.Rtcp;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One playing session's view of a stream: a bounded queue of shared frames and a virtual thread
 * that sends them. The stream never waits for a viewer: when the queue is full the frame is skipped
 * (and, for H.264/H.265, everything up to the next key frame); a viewer that has not taken a frame
 * for {@link #STALL_NANOS} is ended.
 */
final class Viewer {

  private static final Logger LOG = Logger.getLogger(Viewer.class.getName());

  /** Most frames queued per viewer. */
  static final int MAX_FRAMES = 16;

  /** Most bytes queued per viewer. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Interval between RTCP sender reports. */
  static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(5);

  private final MediaTransport transport;
  private final StreamHub hub;
  private final Clock clock;
  private final String cname;
  private final java.util.function.Consumer<Viewer> onStall;
  private final ArrayBlockingQueue<Frame> queue = new ArrayBlockingQueue<>(MAX_FRAMES);
  private final AtomicInteger queuedBytes = new AtomicInteger();
  private final long startIndex;
  private final long stallNanos;
  private volatile boolean needKey;
  private volatile boolean running = true;
  private volatile long overflowSince;
  private volatile int dropped;
  private long packets;
  private long octets;
  private long lastReport;

  Viewer(
      MediaTransport transport,
      StreamHub hub,
      long startIndex,
      Clock clock,
      Duration stallTimeout,
      String cname,
      java.util.function.Consumer<Viewer> onStall) {
    this.transport = transport;
    this.hub = hub;
    this.startIndex = startIndex;
    this.clock = clock;
    this.stallNanos = stallTimeout.toNanos();
    this.cname = cname;
    this.onStall = onStall;
    this.needKey = true;
  }

  StreamHub hub() {
    return hub;
  }

  /** The index of the first packet this viewer may send. */
  long startIndex() {
    return startIndex;
  }

  /** Frames skipped because this viewer fell behind. */
  int dropped() {
    return dropped;
  }

  void start() {
    Thread.ofVirtual().name("rtsp-viewer").start(this::send);
  }

  /** Offers a frame; never blocks. Called by the stream's thread. */
  void offer(Frame f) {
    if (!running || f.firstIndex() < startIndex) {
      return;
    }
    if (needKey) {
      if (!f.keyFrame()) {
        return;
      }
      needKey = false;
    }
    if (queuedBytes.get() + f.bytes() > MAX_BYTES || !queue.offer(f)) {
      dropped++;
      needKey = true;
      long now = System.nanoTime();
      if (overflowSince == 0) {
        overflowSince = now;
      } else if (now - overflowSince > stallNanos) {
        running = false;
        Thread.ofVirtual().start(() -> onStall.accept(this));
      }
      return;
    }
    queuedBytes.addAndGet(f.bytes());
    overflowSince = 0;
  }

  /** Stops sending (PAUSE, TEARDOWN); sends an RTCP goodbye when {@code bye}. */
  void stop(boolean bye) {
    running = false;
    hub.detach(this);
    if (bye) {
      try {
        transport.sendRtcp(Rtcp.goodbye(hub.ssrc(), cname));
      } catch (IOException e) {
        LOG.log(Level.FINE, "RTCP BYE not sent", e);
      }
    }
  }

  private void send() {
    lastReport = System.nanoTime() - REPORT_NANOS + TimeUnit.MILLISECONDS.toNanos(500);
    try {
      while (running) {
        Frame f = queue.poll(500, TimeUnit.MILLISECONDS);
        if (f != null) {
          queuedBytes.addAndGet(-f.bytes());
          transport.sendRtp(f.packets());
          packets += f.packets().size();
          octets += f.bytes() - 12L * f.packets().size();
        }
        if (running && packets > 0 && System.nanoTime() - lastReport >= REPORT_NANOS) {
          report();
        }
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "viewer send failed; ending it", e);
      if (running) {
        running = false;
        onStall.accept(this);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void report() throws IOException {
    lastReport = System.nanoTime();
    var now = clock.instant();
    transport.sendRtcp(
        Rtcp.senderReport(hub.ssrc(), now, hub.rtpTimestampAt(now), packets, octets, cname));
  }
}
