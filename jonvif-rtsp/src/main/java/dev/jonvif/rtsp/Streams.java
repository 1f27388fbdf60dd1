package dev.jonvif.rtsp;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The running streams of the server, one {@link StreamHub} per (camera, profile). */
final class Streams {

  private record Key(String camera, String profile) {}

  private final Map<Key, StreamHub> hubs = new ConcurrentHashMap<>();
  private final StreamCatalog catalog;
  private final Clock clock;
  private final int maxPayload;
  private final Consumer<Viewer> endViewer;

  /**
   * @param endViewer ends the session of a viewer whose stream stopped under it
   */
  Streams(StreamCatalog catalog, Clock clock, int maxPayload, Consumer<Viewer> endViewer) {
    this.catalog = catalog;
    this.clock = clock;
    this.maxPayload = maxPayload;
    this.endViewer = endViewer;
  }

  StreamCatalog catalog() {
    return catalog;
  }

  /** The largest RTP payload. */
  int maxPayload() {
    return maxPayload;
  }

  /** The running hub of a stream, or a new one for {@code spec}. */
  StreamHub hub(String camera, String profile, StreamSpec spec) {
    Key key = new Key(camera, profile);
    return hubs.compute(
        key,
        (k, old) ->
            old != null && !old.isClosed() && old.spec().encoding() == spec.encoding()
                ? old
                : new StreamHub(camera, profile, spec, clock, maxPayload));
  }

  Optional<StreamHub> running(String camera, String profile) {
    return Optional.ofNullable(hubs.get(new Key(camera, profile)));
  }

  /** Keeps the stream running for {@code linger} (a DESCRIBE expects a PLAY soon). */
  StreamHub warm(String camera, String profile, StreamSpec spec, Duration linger) {
    while (true) {
      StreamHub hub = hub(camera, profile, spec);
      if (hub.warm(linger, this::startPump)) {
        return hub;
      }
    }
  }

  /** Adds a viewer to the stream, starting it if needed; returns the hub it joined. */
  boolean attach(StreamHub hub, Viewer viewer) {
    return hub.attach(viewer, this::startPump);
  }

  int runningCount() {
    return hubs.size();
  }

  private void startPump(StreamHub hub) {
    StreamPump pump = new StreamPump(hub, catalog, clock, this::ended);
    // A platform thread: rendering and encoding are CPU-bound, and a virtual thread would hold
    // its carrier and starve the connections' virtual threads.
    Thread.ofPlatform()
        .daemon()
        .name("rtsp-stream-" + hub.camera + "/" + hub.profile)
        .start(pump::run);
  }

  private void ended(StreamHub hub) {
    hubs.remove(new Key(hub.camera, hub.profile), hub);
    for (Viewer v : hub.viewers()) {
      endViewer.accept(v);
    }
  }

  /** Stops every stream at its next frame (server shutdown). */
  void closeAll() {
    for (StreamHub hub : hubs.values()) {
      hub.closed();
    }
  }

  /** Asks the running stream, if any, for a key frame before its next regular one. */
  void forceKeyFrame(String camera, String profile) {
    running(camera, profile).ifPresent(StreamHub::requestKeyFrame);
  }
}
