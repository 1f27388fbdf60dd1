package dev.jonvif.rtsp;

import dev.jonvif.core.xml.XmlWriter;
import dev.jonvif.rtsp.wire.MetadataPayload;
import dev.jonvif.rtsp.wire.Rtcp;
import dev.jonvif.rtsp.wire.RtpPacket;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one session's metadata track: while playing, a virtual thread asks the {@link
 * MetadataSource} for a document each interval and sends it as RTP (its own SSRC and sequence),
 * with an RTCP sender report every few seconds. Metadata is small and per session, so unlike video
 * nothing is shared between viewers.
 */
final class MetadataSender {

  private static final Logger LOG = Logger.getLogger(MetadataSender.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MediaTransport transport;
  private final MetadataTrack track;
  private final Clock clock;
  private final int maxPayload;
  private final String cname;
  private final long ssrc;
  private final RtpClock rtpClock;
  private int sequence = RANDOM.nextInt(0x8000);
  private long packets;
  private long octets;
  private Thread thread;

  MetadataSender(
      MediaTransport transport,
      MetadataTrack track,
      long ssrc,
      Clock clock,
      int maxPayload,
      String cname) {
    this.transport = transport;
    this.track = track;
    this.ssrc = ssrc;
    this.clock = clock;
    this.maxPayload = maxPayload;
    this.cname = cname;
    this.rtpClock = RtpClock.startingAt(clock.instant());
  }

  /** A random SSRC for a new sender. */
  static long newSsrc() {
    return RANDOM.nextInt() & 0xffffffffL;
  }

  /** The sequence number of the next packet. */
  synchronized int nextSequence() {
    return sequence;
  }

  /** The RTP timestamp (90 kHz) of an instant. */
  long rtpTimestampAt(Instant t) {
    return rtpClock.timestampAt(t);
  }

  /** Starts sending (PLAY); nothing when already sending. */
  synchronized void start() {
    if (thread == null) {
      thread = Thread.ofVirtual().name("rtsp-metadata").start(this::run);
    }
  }

  /** Stops sending (PAUSE, TEARDOWN); sends an RTCP goodbye when {@code bye}. */
  void stop(boolean bye) {
    Thread t;
    synchronized (this) {
      t = thread;
      thread = null;
    }
    if (t != null) {
      t.interrupt();
    }
    if (bye) {
      try {
        transport.sendRtcp(Rtcp.goodbye(ssrc, cname));
      } catch (IOException e) {
        LOG.log(Level.FINE, "RTCP BYE not sent", e);
      }
    }
  }

  private synchronized boolean running() {
    return thread == Thread.currentThread();
  }

  private void run() {
    long period = track.interval().toNanos();
    long next = System.nanoTime();
    long lastReport = next;
    try {
      while (running()) {
        sendDocument(clock.instant());
        if (System.nanoTime() - lastReport >= Viewer.REPORT_NANOS) {
          lastReport = System.nanoTime();
          Instant now = clock.instant();
          transport.sendRtcp(
              Rtcp.senderReport(ssrc, now, rtpTimestampAt(now), packets, octets, cname));
        }
        next += period;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        } else {
          next = System.nanoTime();
        }
      }
    } catch (InterruptedException e) {
      // stopped
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "metadata sending ended", e);
    }
  }

  private void sendDocument(Instant t) throws IOException {
    byte[] doc = XmlWriter.toBytes(track.source().document(t));
    List<byte[]> encoded;
    synchronized (this) {
      List<RtpPacket> ps =
          MetadataPayload.packetize(doc, maxPayload, sequence, rtpTimestampAt(t), ssrc);
      sequence = (sequence + ps.size()) & 0xffff;
      encoded = new ArrayList<>(ps.size());
      for (RtpPacket p : ps) {
        encoded.add(p.encode());
      }
    }
    transport.sendRtp(encoded);
    packets += encoded.size();
    octets += doc.length;
  }
}
