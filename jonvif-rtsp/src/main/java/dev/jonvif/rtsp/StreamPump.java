package dev.jonvif.rtsp;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Feeds one {@link StreamHub} on a virtual thread while it is wanted: renders and encodes frames at
 * the stream's rate (or reads an {@link EncodedSource}), re-reading the spec from the catalog each
 * frame so a changed size or rate applies at once. A change of encoding or source kind, or the
 * stream's removal, ends every viewer of the stream.
 */
final class StreamPump {

  private static final Logger LOG = Logger.getLogger(StreamPump.class.getName());

  /** Starts a pump for a hub. */
  @FunctionalInterface
  interface Starter {
    void start(StreamHub hub);
  }

  private final StreamHub hub;
  private final StreamCatalog catalog;
  private final Clock clock;
  private final Consumer<StreamHub> onEnd;

  StreamPump(StreamHub hub, StreamCatalog catalog, Clock clock, Consumer<StreamHub> onEnd) {
    this.hub = hub;
    this.catalog = catalog;
    this.clock = clock;
    this.onEnd = onEnd;
  }

  void run() {
    try {
      if (hub.spec().source() instanceof EncodedSource) {
        runEncoded();
      } else {
        runRendered();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception | LinkageError e) {
      LOG.log(Level.WARNING, "stream " + hub.camera + "/" + hub.profile + " failed", e);
    } finally {
      hub.closed();
      onEnd.accept(hub);
    }
  }

  /** The current spec if it can continue this stream (same encoding and source kind). */
  private Optional<StreamSpec> current() {
    Optional<StreamSpec> s = catalog.lookup(hub.camera, hub.profile);
    StreamSpec old = hub.spec();
    if (s.isEmpty()
        || s.get().encoding() != old.encoding()
        || s.get().source() instanceof EncodedSource != old.source() instanceof EncodedSource) {
      return Optional.empty();
    }
    return s;
  }

  private void runRendered() throws Exception {
    FrameEncoder encoder = null;
    StreamSpec format = null;
    long sinceKey = 0;
    long next = System.nanoTime();
    try {
      while (!hub.idle()) {
        Optional<StreamSpec> looked = current();
        if (looked.isEmpty()) {
          return;
        }
        StreamSpec s = looked.get();
        if (!s.sameFormat(format)) {
          if (encoder != null) {
            encoder.close();
          }
          encoder = FrameEncoder.create(s);
          format = s;
          sinceKey = 0;
        }
        hub.spec(s);
        Instant t = clock.instant();
        FrameRenderer renderer = (FrameRenderer) s.source();
        BufferedImage image =
            Images.sized(renderer.render(t, s.width(), s.height()), s.width(), s.height());
        boolean key = hub.takeKeyRequest() || sinceKey % s.gopLength() == 0;
        sinceKey = key ? 1 : sinceKey + 1;
        encoder.encode(image, t, key, hub::publish);
        long period = (long) (1_000_000_000L / s.frameRate());
        next += period;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        } else if (wait < -period) {
          next = System.nanoTime();
        }
      }
    } finally {
      if (encoder != null) {
        encoder.close();
      }
    }
  }

  private void runEncoded() throws Exception {
    StreamSpec s = hub.spec();
    EncodedStream stream = ((EncodedSource) s.source()).open(s);
    try {
      while (!hub.idle()) {
        if (hub.takeKeyRequest()) {
          stream.requestKeyFrame();
        }
        AccessUnit au = stream.next();
        if (au == null) {
          return;
        }
        Optional<StreamSpec> looked = current();
        if (looked.isEmpty()) {
          return;
        }
        if (!looked.get().sameFormat(s)) {
          stream.close();
          s = looked.get();
          hub.spec(s);
          stream = ((EncodedSource) s.source()).open(s);
          continue;
        }
        hub.publish(au);
      }
    } finally {
      stream.close();
    }
  }
}
