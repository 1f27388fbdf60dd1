package dev.jonvif.hub;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.core.model.MediaProfile;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One camera under supervision, on its own virtual thread: connect (clock, services, device
 * information, profiles), then check health every {@link HubOptions#healthInterval()}; on any
 * failure show why, and reconnect after a {@link Backoff} delay.
 */
final class CameraSession {

  private static final int RECENT_ERRORS = 20;

  private final SessionContext ctx;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final Deque<String> recentErrors = new ArrayDeque<>();
  private volatile CameraRecord record;
  private volatile CameraView view;
  private volatile OnvifCamera camera;
  private volatile List<MediaProfile> profiles = List.of();
  private volatile boolean running = true;
  private volatile boolean reconnectRequested;
  private volatile Connection adopted;
  private Thread thread;

  CameraSession(CameraRecord record, SessionContext ctx) {
    this.record = record;
    this.ctx = ctx;
    this.view = CameraView.connecting(record, ctx.now());
  }

  /** Starts the session; {@code validated} (may be null) is used instead of a first connect. */
  void start(Connection validated) {
    if (validated != null) {
      this.adopted = validated;
      try {
        connect(); // no network: shows the camera online before the caller answers
      } catch (RuntimeException e) {
        failed(Failure.of(e));
      }
    }
    thread = Thread.ofVirtual().name("jonvif-hub-camera-" + record.id()).start(this::run);
  }

  CameraRecord record() {
    return record;
  }

  CameraView view() {
    return view;
  }

  List<MediaProfile> profiles() {
    return profiles;
  }

  List<String> recentErrors() {
    synchronized (recentErrors) {
      return List.copyOf(recentErrors);
    }
  }

  /** The connected camera, for API calls; 409 when it is not usable now. */
  OnvifCamera camera() {
    OnvifCamera c = camera;
    CameraStatus s = CameraStatus.valueOf(view.status().toUpperCase(java.util.Locale.ROOT));
    if (c == null || !s.usable()) {
      throw new ApiError(
          409,
          "camera_unavailable",
          "camera " + record.id() + " is " + view.status() + " now; try again when it is online");
    }
    return c;
  }

  /** The connected camera, if any, whatever its status. */
  Optional<OnvifCamera> connected() {
    return Optional.ofNullable(camera);
  }

  /** A new name: shown at once, no reconnect. */
  void renamed(CameraRecord r) {
    this.record = r;
    publish(view.withName(r.name(), ctx.now()));
  }

  /** New credentials: reconnect with them now. */
  void credentialsChanged(CameraRecord r) {
    this.record = r;
    reconnectRequested = true;
    signal();
  }

  /** Records the clock offset measured by the caller (after a time sync). */
  void clockMeasured(Duration offset) {
    CameraStatus s = statusFor(offset);
    publish(
        view.withClockOffset(offset.toMillis(), ctx.now())
            .withStatus(s, view.lastError(), ctx.now()));
  }

  /** Checks health now instead of at the next interval. */
  void signal() {
    lock.lock();
    try {
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void stop() {
    running = false;
    Connection a = adopted;
    if (a != null) {
      a.camera().close();
    }
    signal();
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    closeCamera();
  }

  private void run() {
    int attempt = 0;
    while (running) {
      try {
        if (camera == null) {
          connect();
        }
        attempt = 0;
        monitor();
      } catch (RuntimeException e) {
        if (!running) {
          break;
        }
        Failure f = Failure.of(e);
        failed(f);
        closeCamera();
        if (!sleep(ctx.backoff().delay(attempt++))) {
          break;
        }
      }
    }
  }

  private void connect() {
    CameraRecord r = record;
    reconnectRequested = false;
    Connection conn = adopted;
    adopted = null;
    if (conn == null) {
      conn = Connection.open(r, ctx.options());
    }
    OnvifCamera c = conn.camera();
    try {
      DeviceInformation info = conn.info();
      Map<String, URI> eps = c.endpoints();
      Duration offset = c.clockOffset().orElse(null);
      this.profiles = conn.profiles();
      this.camera = c;
      publish(
          new CameraView(
              r.id(),
              r.name(),
              r.address(),
              (offset == null ? CameraStatus.ONLINE : statusFor(offset)).wire(),
              info.manufacturer(),
              info.model(),
              info.firmwareVersion(),
              info.serialNumber(),
              offset == null ? null : offset.toMillis(),
              c.authMethod().label(),
              new CameraView.Capabilities(
                  eps.containsKey(Namespaces.TPTZ),
                  eps.containsKey(Namespaces.TIMG),
                  eps.containsKey(Namespaces.TMD),
                  eps.containsKey(Namespaces.TEV),
                  eps.containsKey(Namespaces.TR2)),
              null,
              ctx.now()));
      ctx.listener().connected(this, c);
    } catch (RuntimeException e) {
      closeCamera();
      c.close();
      throw e;
    }
  }

  /** Returns when a health check fails (by throwing), or on stop / reconnect request. */
  private void monitor() {
    while (running) {
      if (!sleep(ctx.options().healthInterval()) || reconnectRequested) {
        if (reconnectRequested) {
          closeCamera();
        }
        return;
      }
      OnvifCamera c = camera;
      if (c == null) {
        return;
      }
      Optional<Duration> offset = c.device().systemDateAndTime().clockOffset(ctx.now());
      CameraView v = view;
      CameraStatus s = offset.map(this::statusFor).orElse(CameraStatus.ONLINE);
      if (s == CameraStatus.ONLINE
          && (v.status().equals(CameraStatus.EVENTS_LOST.wire())
              || v.status().equals(CameraStatus.STREAM_BROKEN.wire()))) {
        s = CameraStatus.valueOf(v.status().toUpperCase(java.util.Locale.ROOT)); // until recovered
      }
      Long ms = offset.map(Duration::toMillis).orElse(v.clockOffsetMs());
      if (!s.wire().equals(v.status()) || !java.util.Objects.equals(ms, v.clockOffsetMs())) {
        publish(v.withClockOffset(ms, ctx.now()).withStatus(s, v.lastError(), ctx.now()));
      }
    }
  }

  /** Records a stream check: a failed one marks the camera {@code stream_broken}. */
  void streamChecked(boolean ok, String detail) {
    CameraView v = view;
    if (!ok && v.status().equals(CameraStatus.ONLINE.wire())) {
      remember("stream_broken: " + detail);
      publish(
          v.withStatus(CameraStatus.STREAM_BROKEN, "stream check failed: " + detail, ctx.now()));
    } else if (ok && v.status().equals(CameraStatus.STREAM_BROKEN.wire())) {
      publish(v.withStatus(CameraStatus.ONLINE, null, ctx.now()));
    }
  }

  /** Marks event delivery lost or restored (from the events pump). */
  void eventsHealthy(boolean healthy, String error) {
    CameraView v = view;
    if (!healthy && v.status().equals(CameraStatus.ONLINE.wire())) {
      remember(error);
      publish(v.withStatus(CameraStatus.EVENTS_LOST, error, ctx.now()));
    } else if (healthy && v.status().equals(CameraStatus.EVENTS_LOST.wire())) {
      publish(v.withStatus(CameraStatus.ONLINE, null, ctx.now()));
    }
  }

  private CameraStatus statusFor(Duration offset) {
    return offset.abs().compareTo(ctx.options().clockSkewLimit()) > 0
        ? CameraStatus.CLOCK_SKEW
        : CameraStatus.ONLINE;
  }

  private void failed(Failure f) {
    remember(f.code() + ": " + f.message());
    publish(view.withStatus(f.status(), f.message(), ctx.now()));
  }

  private void remember(String error) {
    synchronized (recentErrors) {
      if (recentErrors.size() == RECENT_ERRORS) {
        recentErrors.removeFirst();
      }
      recentErrors.addLast(ctx.now() + " " + error);
    }
  }

  private void publish(CameraView v) {
    CameraRecord r = record;
    CameraView named = v.name().equals(r.name()) ? v : v.withName(r.name(), v.updatedAt());
    this.view = named;
    ctx.listener().changed(named);
  }

  private void closeCamera() {
    OnvifCamera c = camera;
    camera = null;
    if (c != null) {
      ctx.listener().disconnected(this);
      c.close();
    }
  }

  /** Waits {@code d} or until signalled; false when stopping. */
  private boolean sleep(Duration d) {
    lock.lock();
    try {
      if (running && !reconnectRequested) {
        wake.await(d.toNanos(), TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      return false;
    } finally {
      lock.unlock();
    }
    return running;
  }

  Instant updatedAt() {
    return view.updatedAt();
  }
}
