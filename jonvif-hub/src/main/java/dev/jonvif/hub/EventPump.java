package dev.jonvif.hub;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.events.EventMode;
import dev.jonvif.client.events.EventOptions;
import dev.jonvif.client.events.EventSubscription;
import dev.jonvif.client.events.OnvifEvent;
import dev.jonvif.client.events.SensorKind;
import dev.jonvif.client.events.SensorReading;
import dev.jonvif.client.events.SubscriptionState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one event subscription per connected camera (the client's self-healing PullPoint), turns
 * each event into history, typed sensor state and live updates, and reports a lost subscription as
 * {@code events_lost}. History is written in batches by one writer thread.
 */
final class EventPump implements SessionContext.Listener, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(EventPump.class.getName());
  private static final int BATCH = 500;
  private static final Duration FLUSH_EVERY = Duration.ofMillis(200);

  private final EventStore store;
  private final Sensors sensors;
  private final Broadcaster broadcaster;
  private final HubOptions options;
  private final Map<String, EventSubscription> subscriptions = new ConcurrentHashMap<>();
  private final BlockingQueue<HubEvent> pending = new LinkedBlockingQueue<>(100_000);
  private final Thread writer;
  private volatile boolean running = true;

  EventPump(EventStore store, Sensors sensors, Broadcaster broadcaster, HubOptions options) {
    this.store = store;
    this.sensors = sensors;
    this.broadcaster = broadcaster;
    this.options = options;
    this.writer = Thread.ofVirtual().name("jonvif-hub-event-writer").start(this::writeLoop);
  }

  @Override
  public void changed(CameraView view) {}

  @Override
  public void connected(CameraSession session, OnvifCamera camera) {
    if (!session.view().capabilities().events()) {
      return;
    }
    String id = session.record().id();
    EventOptions eo =
        EventOptions.builder()
            .mode(EventMode.PULLPOINT)
            .onStateChange(s -> stateChanged(session, s))
            .build();
    try {
      EventSubscription sub = camera.events().subscribe(eo, e -> accept(id, e));
      EventSubscription old = subscriptions.put(id, sub);
      if (old != null) {
        old.close();
      }
    } catch (RuntimeException e) {
      session.eventsHealthy(false, "cannot subscribe to events: " + Failure.of(e).message());
    }
  }

  @Override
  public void disconnected(CameraSession session) {
    EventSubscription s = subscriptions.remove(session.record().id());
    if (s != null) {
      s.close();
    }
  }

  /** Stops the subscription and forgets the sensors of a removed camera. */
  void removed(String cameraId) {
    EventSubscription s = subscriptions.remove(cameraId);
    if (s != null) {
      s.close();
    }
    sensors.forget(cameraId);
  }

  private void stateChanged(CameraSession session, SubscriptionState s) {
    switch (s) {
      case ACTIVE -> session.eventsHealthy(true, null);
      case RECOVERING -> {
        EventSubscription sub = subscriptions.get(session.record().id());
        String why =
            sub == null
                ? "event subscription lost"
                : sub.lastFailure()
                    .map(f -> "event subscription lost: " + Failure.of(f).message())
                    .orElse("event subscription lost");
        session.eventsHealthy(false, why);
      }
      default -> {}
    }
  }

  private void accept(String cameraId, OnvifEvent e) {
    SensorReading r = e.sensor();
    String kind = kindName(r.kind());
    HubEvent h =
        new HubEvent(
            cameraId,
            e.time().orElse(options.clock().instant()),
            e.topic().expression(),
            kind,
            r.sourceId(),
            e.data(),
            e.operation() == null ? "" : capitalized(e.operation().name()));
    if (!pending.offer(h)) {
      LOG.log(System.Logger.Level.WARNING, "event history queue full; dropped an event");
    }
    broadcaster.publish("event", h);
    if (r.kind() != SensorKind.UNKNOWN) {
      Sensors.SensorState s =
          new Sensors.SensorState(
              kind, h.source(), r.active().orElse(null), r.value(), h.topic(), h.time());
      if (sensors.update(cameraId, s)) {
        broadcaster.publish("sensor", new SensorUpdate(cameraId, s));
      }
    }
  }

  /** The SSE {@code sensor} payload. */
  record SensorUpdate(
      String cameraId,
      String kind,
      String source,
      Boolean state,
      String value,
      java.time.Instant changedAt) {
    SensorUpdate(String cameraId, Sensors.SensorState s) {
      this(cameraId, s.kind(), s.source(), s.state(), s.value(), s.changedAt());
    }
  }

  /** The API's kind name: {@code motion} (cell motion too), {@code digital_input}, ... */
  static String kindName(SensorKind k) {
    return switch (k) {
      case CELL_MOTION, MOTION_REGION -> "motion";
      case UNKNOWN -> "other";
      default -> k.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String capitalized(String s) {
    return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }

  private void writeLoop() {
    List<HubEvent> batch = new ArrayList<>(BATCH);
    while (running || !pending.isEmpty()) {
      try {
        HubEvent first = pending.poll(FLUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        pending.drainTo(batch, BATCH - 1);
        store.add(batch);
      } catch (InterruptedException e) {
        running = false;
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "cannot store events: " + e.getMessage());
      } finally {
        batch.clear();
      }
    }
  }

  /** Unsubscribes everything and writes what is pending. */
  @Override
  public void close() {
    subscriptions.values().forEach(EventSubscription::close);
    subscriptions.clear();
    running = false;
    try {
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
