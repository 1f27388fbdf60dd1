package dev.jonvif.hub;

import dev.jonvif.client.OnvifCamera;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Runs one {@link CameraSession} per stored camera and tells listeners about every change. */
final class Supervisor implements AutoCloseable, SessionContext.Listener {

  private final Map<String, CameraSession> sessions = new ConcurrentHashMap<>();
  private final List<SessionContext.Listener> listeners = new CopyOnWriteArrayList<>();
  private final SessionContext ctx;

  Supervisor(HubOptions options, java.util.random.RandomGenerator random) {
    this.ctx =
        new SessionContext(
            options, new Backoff(options.minBackoff(), options.maxBackoff(), random), this);
  }

  void addListener(SessionContext.Listener l) {
    listeners.add(l);
  }

  /** Starts supervising {@code r}. */
  void add(CameraRecord r) {
    add(r, null);
  }

  /**
   * Starts supervising {@code r}, using {@code validated} (may be null) as its first connection.
   */
  void add(CameraRecord r, Connection validated) {
    CameraSession s = new CameraSession(r, ctx);
    if (sessions.putIfAbsent(r.id(), s) == null) {
      changed(s.view());
      s.start(validated);
    } else if (validated != null) {
      validated.camera().close();
    }
  }

  /** Stops supervising camera {@code id}; whether it was supervised. */
  boolean remove(String id) {
    CameraSession s = sessions.remove(id);
    if (s != null) {
      s.stop();
    }
    return s != null;
  }

  Optional<CameraSession> session(String id) {
    return Optional.ofNullable(sessions.get(id));
  }

  /** The session of {@code id}, or 404. */
  CameraSession require(String id) {
    CameraSession s = sessions.get(id);
    if (s == null) {
      throw ApiError.unknownCamera(id);
    }
    return s;
  }

  List<CameraView> views() {
    List<CameraView> out = new ArrayList<>();
    for (CameraSession s : sessions.values()) {
      out.add(s.view());
    }
    out.sort(Comparator.comparing(CameraView::name).thenComparing(CameraView::id));
    return out;
  }

  List<CameraSession> sessions() {
    return List.copyOf(sessions.values());
  }

  @Override
  public void changed(CameraView view) {
    if (!sessions.containsKey(view.id())) {
      return;
    }
    for (SessionContext.Listener l : listeners) {
      l.changed(view);
    }
  }

  @Override
  public void connected(CameraSession session, OnvifCamera camera) {
    for (SessionContext.Listener l : listeners) {
      l.connected(session, camera);
    }
  }

  @Override
  public void disconnected(CameraSession session) {
    for (SessionContext.Listener l : listeners) {
      l.disconnected(session);
    }
  }

  @Override
  public void close() {
    List<Thread> stopping = new ArrayList<>();
    for (CameraSession s : sessions.values()) {
      stopping.add(Thread.ofVirtual().start(s::stop));
    }
    sessions.clear();
    for (Thread t : stopping) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
