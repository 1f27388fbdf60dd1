package dev.jonvif.device.events.internal;

import dev.jonvif.core.soap.EndpointReference;
import dev.jonvif.device.events.EventBus;
import dev.jonvif.device.events.EventMessage;
import dev.jonvif.device.events.NotifyPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The event side of one camera: its bus and its subscriptions (pull points and Basic Notification
 * pushes), each known by an id unique for the camera's lifetime. Expired pull points are removed
 * lazily, whenever the table is used (no timer); a push subscription's own delivery thread ends it
 * when it expires.
 */
public final class CameraEvents {

  private final Clock clock;
  private final EventBus bus;
  private final int maxPullPoints;
  private final NotifyPolicy notifyPolicy;
  private final Map<String, EventSubscription> subscriptions = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  public CameraEvents(Clock clock, int maxPullPoints, NotifyPolicy notifyPolicy) {
    this.clock = clock;
    this.bus = new EventBus(clock);
    this.maxPullPoints = maxPullPoints;
    this.notifyPolicy = notifyPolicy;
  }

  public EventBus bus() {
    return bus;
  }

  int maxPullPoints() {
    return maxPullPoints;
  }

  NotifyPolicy notifyPolicy() {
    return notifyPolicy;
  }

  Instant now() {
    return clock.instant();
  }

  /** A new pull point, or {@code null} when {@link #maxPullPoints} are in use. */
  PullPoint createPullPoint(
      Predicate<EventMessage> filter, Duration keepAlive, Instant termination) {
    PullPoint p;
    synchronized (subscriptions) {
      purgeExpired();
      if (count(PullPoint.class) >= maxPullPoints) {
        return null;
      }
      p = new PullPoint(nextId(), filter, keepAlive, termination);
      subscriptions.put(p.id(), p);
    }
    p.attach(bus);
    return p;
  }

  /**
   * A new push subscription delivering to {@code consumer}, or {@code null} when the policy's
   * maximum is in use.
   *
   * @param address the subscription's address for an id
   */
  PushSubscription createPush(
      Predicate<EventMessage> filter,
      Instant termination,
      EndpointReference consumer,
      Function<String, String> address) {
    PushSubscription s;
    synchronized (subscriptions) {
      purgeExpired();
      if (count(PushSubscription.class) >= notifyPolicy.maxSubscriptions()) {
        return null;
      }
      String id = nextId();
      s =
          new PushSubscription(
              id,
              filter,
              termination,
              consumer,
              address.apply(id),
              notifyPolicy,
              clock,
              ended -> remove(ended.id()));
      subscriptions.put(id, s);
    }
    s.attach(bus);
    s.start();
    return s;
  }

  /** The live subscription {@code id}, or {@code null} (unknown, unsubscribed or expired). */
  EventSubscription find(String id) {
    synchronized (subscriptions) {
      purgeExpired();
      return id == null ? null : subscriptions.get(id);
    }
  }

  /** Removes and closes subscription {@code id}; false when it did not exist. */
  boolean remove(String id) {
    EventSubscription s;
    synchronized (subscriptions) {
      purgeExpired();
      s = subscriptions.remove(id);
    }
    if (s != null) {
      s.close();
    }
    return s != null;
  }

  /** Drops every subscription (the camera reboots). */
  public void dropAll() {
    List<EventSubscription> all;
    synchronized (subscriptions) {
      all = new ArrayList<>(subscriptions.values());
      subscriptions.clear();
    }
    all.forEach(EventSubscription::close);
  }

  /** How many pull points are live. */
  public int pullPointCount() {
    synchronized (subscriptions) {
      purgeExpired();
      return count(PullPoint.class);
    }
  }

  /** How many Basic Notification subscriptions are live. */
  public int pushSubscriptionCount() {
    synchronized (subscriptions) {
      purgeExpired();
      return count(PushSubscription.class);
    }
  }

  private String nextId() {
    return Long.toString(ids.incrementAndGet());
  }

  private int count(Class<? extends EventSubscription> type) {
    int n = 0;
    for (EventSubscription s : subscriptions.values()) {
      if (type.isInstance(s)) {
        n++;
      }
    }
    return n;
  }

  private void purgeExpired() {
    Instant now = clock.instant();
    for (Iterator<EventSubscription> it = subscriptions.values().iterator(); it.hasNext(); ) {
      EventSubscription s = it.next();
      if (s.expiredAt(now)) {
        it.remove();
        s.close();
      }
    }
  }
}
