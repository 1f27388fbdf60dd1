package dev.jonvif.device.events.internal;

import dev.jonvif.device.events.EventBus;
import dev.jonvif.device.events.EventMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The event side of one camera: its bus and its pull points. Expired pull points are removed
 * lazily, whenever the table is used (no timer, no thread per subscription).
 */
public final class CameraEvents {

  private final Clock clock;
  private final EventBus bus;
  private final int maxPullPoints;
  private final Map<String, PullPoint> pullPoints = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  public CameraEvents(Clock clock, int maxPullPoints) {
    this.clock = clock;
    this.bus = new EventBus(clock);
    this.maxPullPoints = maxPullPoints;
  }

  public EventBus bus() {
    return bus;
  }

  int maxPullPoints() {
    return maxPullPoints;
  }

  Instant now() {
    return clock.instant();
  }

  /** A new pull point, or {@code null} when {@link #maxPullPoints} are in use. */
  PullPoint create(Predicate<EventMessage> filter, Duration keepAlive, Instant termination) {
    PullPoint p;
    synchronized (pullPoints) {
      purgeExpired();
      if (pullPoints.size() >= maxPullPoints) {
        return null;
      }
      p = new PullPoint(Long.toString(ids.incrementAndGet()), filter, keepAlive, termination);
      pullPoints.put(p.id(), p);
    }
    p.attach(bus);
    return p;
  }

  /** The live pull point {@code id}, or {@code null} (unknown, unsubscribed or expired). */
  PullPoint find(String id) {
    synchronized (pullPoints) {
      purgeExpired();
      return id == null ? null : pullPoints.get(id);
    }
  }

  /** Removes and closes pull point {@code id}; false when it did not exist. */
  boolean remove(String id) {
    PullPoint p;
    synchronized (pullPoints) {
      purgeExpired();
      p = pullPoints.remove(id);
    }
    if (p != null) {
      p.close();
    }
    return p != null;
  }

  /** Drops every subscription (the camera reboots). */
  public void dropAll() {
    synchronized (pullPoints) {
      pullPoints.values().forEach(PullPoint::close);
      pullPoints.clear();
    }
  }

  /** How many pull points are live. */
  public int pullPointCount() {
    synchronized (pullPoints) {
      purgeExpired();
      return pullPoints.size();
    }
  }

  private void purgeExpired() {
    Instant now = clock.instant();
    for (Iterator<PullPoint> it = pullPoints.values().iterator(); it.hasNext(); ) {
      PullPoint p = it.next();
      if (p.expiredAt(now)) {
        it.remove();
        p.close();
      }
    }
  }
}
