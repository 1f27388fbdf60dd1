package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.H264Payload;
import dev.jonvif.rtsp.wire.H265Payload;
import dev.jonvif.rtsp.wire.JpegFrame;
import dev.jonvif.rtsp.wire.JpegPayload;
import dev.jonvif.rtsp.wire.NalUnits;
import dev.jonvif.rtsp.wire.RtpPacket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The live state of one stream (camera, profile): its viewers, its RTP numbering (one SSRC and one
 * sequence shared by every viewer) and the parameter sets of its current format. Each access unit
 * is packetised once here and offered to every viewer. A {@link StreamPump} feeds it while it has
 * viewers, or for a short while after a DESCRIBE.
 */
final class StreamHub {

  /** The parameter sets (H.264: SPS, PPS; H.265: VPS, SPS, PPS) of one format. */
  record ParameterSets(VideoEncoding encoding, int width, int height, List<byte[]> units) {}

  static final int PAYLOAD_TYPE_DYNAMIC = 96;
  private static final SecureRandom RANDOM = new SecureRandom();

  final String camera;
  final String profile;
  private final Clock clock;
  private final int maxPayload;
  private final long ssrc = RANDOM.nextInt() & 0xffffffffL;
  private final RtpClock rtpClock;
  private final CopyOnWriteArrayList<Viewer> viewers = new CopyOnWriteArrayList<>();
  private long packetIndex = RANDOM.nextInt(0x8000);
  private volatile StreamSpec spec;
  private volatile ParameterSets parameterSets;
  private volatile boolean keyRequested;
  private long lingerUntil;
  private boolean closed;
  private boolean pumping;

  StreamHub(String camera, String profile, StreamSpec spec, Clock clock, int maxPayload) {
    this.camera = camera;
    this.profile = profile;
    this.spec = spec;
    this.clock = clock;
    this.maxPayload = maxPayload;
    this.rtpClock = RtpClock.startingAt(clock.instant());
  }

  long ssrc() {
    return ssrc;
  }

  StreamSpec spec() {
    return spec;
  }

  void spec(StreamSpec value) {
    spec = value;
  }

  int viewerCount() {
    return viewers.size();
  }

  /** The RTP timestamp (90 kHz) of an instant on this stream's clock. */
  long rtpTimestampAt(Instant t) {
    return rtpClock.timestampAt(t);
  }

  /** The index of the next packet this stream will send. */
  synchronized long nextPacketIndex() {
    return packetIndex;
  }

  /**
   * Adds a viewer; false when this hub has already shut down (use a new one). Asks for a key frame
   * so the newcomer starts quickly.
   */
  synchronized boolean attach(Viewer v, StreamPump.Starter starter) {
    if (closed) {
      return false;
    }
    viewers.add(v);
    keyRequested = true;
    ensurePump(starter);
    return true;
  }

  void detach(Viewer v) {
    if (viewers.remove(v)) {
      linger(Duration.ofSeconds(3));
    }
  }

  /** Keeps the stream running for {@code linger} even without viewers; false if shut down. */
  synchronized boolean warm(Duration linger, StreamPump.Starter starter) {
    if (closed) {
      return false;
    }
    linger(linger);
    ensurePump(starter);
    return true;
  }

  private synchronized void linger(Duration d) {
    lingerUntil = Math.max(lingerUntil, System.nanoTime() + d.toNanos());
  }

  private void ensurePump(StreamPump.Starter starter) {
    if (!pumping) {
      pumping = true;
      starter.start(this);
    }
  }

  /** Called by the pump: whether to stop now (no viewers, linger over). Closes the hub if so. */
  synchronized boolean idle() {
    if (closed) {
      return true;
    }
    if (viewers.isEmpty() && System.nanoTime() - lingerUntil > 0) {
      closed = true;
      return true;
    }
    return false;
  }

  /** Called by the pump when it ends for any reason: no one may attach any more. */
  synchronized void closed() {
    closed = true;
  }

  synchronized boolean isClosed() {
    return closed;
  }

  /** Takes (and clears) a pending key-frame request. */
  boolean takeKeyRequest() {
    boolean r = keyRequested;
    keyRequested = false;
    return r;
  }

  void requestKeyFrame() {
    keyRequested = true;
  }

  /** Every current viewer, for ending them when the stream ends. */
  List<Viewer> viewers() {
    return List.copyOf(viewers);
  }

  /**
   * The parameter sets of {@code format}'s encoding and size, waiting up to {@code timeout} for the
   * pump to produce a key frame in that format.
   */
  Optional<List<byte[]>> parameterSets(StreamSpec format, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (this) {
      while (true) {
        ParameterSets p = parameterSets;
        if (p != null
            && p.encoding() == format.encoding()
            && p.width() == format.width()
            && p.height() == format.height()) {
          return Optional.of(p.units());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || closed) {
          return Optional.empty();
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
  }

  /** Packetises one access unit and offers it to every viewer. */
  void publish(AccessUnit au) {
    StreamSpec s = spec;
    long ts = rtpTimestampAt(au.time());
    Frame frame;
    synchronized (this) {
      int seq = (int) (packetIndex & 0xffff);
      List<RtpPacket> packets =
          switch (s.encoding()) {
            case JPEG ->
                JpegPayload.packetize(JpegFrame.parse(au.data()), maxPayload, seq, ts, ssrc);
            case H264 -> {
              List<byte[]> nals = NalUnits.split(au.data());
              remember(s, nals, H264Payload::type, H264Payload.SPS, H264Payload.PPS);
              yield H264Payload.packetize(nals, PAYLOAD_TYPE_DYNAMIC, maxPayload, seq, ts, ssrc);
            }
            case H265 -> {
              List<byte[]> nals = NalUnits.split(au.data());
              remember(
                  s, nals, H265Payload::type, H265Payload.VPS, H265Payload.SPS, H265Payload.PPS);
              yield H265Payload.packetize(nals, PAYLOAD_TYPE_DYNAMIC, maxPayload, seq, ts, ssrc);
            }
          };
      List<byte[]> bytes = new ArrayList<>(packets.size());
      for (RtpPacket p : packets) {
        bytes.add(p.encode());
      }
      frame = Frame.of(bytes, packetIndex, ts, au.keyFrame());
      packetIndex += packets.size();
    }
    for (Viewer v : viewers) {
      v.offer(frame);
    }
  }

  /** Keeps the parameter sets (in {@code types} order) found in a unit, waking DESCRIBE waiters. */
  private void remember(
      StreamSpec s,
      List<byte[]> nals,
      java.util.function.ToIntFunction<byte[]> type,
      int... types) {
    List<byte[]> found = new ArrayList<>(types.length);
    for (int t : types) {
      for (byte[] nal : nals) {
        if (type.applyAsInt(nal) == t) {
          found.add(nal);
          break;
        }
      }
    }
    if (found.size() == types.length) {
      parameterSets = new ParameterSets(s.encoding(), s.width(), s.height(), List.copyOf(found));
      notifyAll();
    }
  }
}
