package dev.jonvif.device.events.internal;

import dev.jonvif.device.events.EventBus;
import dev.jonvif.device.events.EventMessage;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * What every subscription of the event service shares, pull point or Basic Notification: an id (its
 * address's query parameter), a filter, a termination time by the camera's clock, and a
 * registration with the camera's bus. Subclasses decide what happens to the messages.
 */
abstract sealed class EventSubscription permits PullPoint, PushSubscription {

  private final String id;
  private final Predicate<EventMessage> filter;
  final ReentrantLock lock = new ReentrantLock();
  private Instant terminationTime;
  private boolean closed;
  private EventBus.Subscription busSubscription;

  EventSubscription(String id, Predicate<EventMessage> filter, Instant terminationTime) {
    this.id = id;
    this.filter = filter;
    this.terminationTime = terminationTime;
  }

  /** Registers with {@code bus}: the current property states first, then every new message. */
  void attach(EventBus bus) {
    busSubscription = bus.subscribe(filter, this::offer, true);
  }

  String id() {
    return id;
  }

  Predicate<EventMessage> filter() {
    return filter;
  }

  /** Takes one message from the bus (called under the bus's lock: queue it, return quickly). */
  abstract void offer(EventMessage m);

  /**
   * Called under {@link #lock} when the subscription closes: drop queued messages, wake waiters.
   */
  abstract void closed();

  Instant terminationTime() {
    lock.lock();
    try {
      return terminationTime;
    } finally {
      lock.unlock();
    }
  }

  /** Moves the termination time to {@code next} (Renew). */
  void renew(Instant next) {
    lock.lock();
    try {
      terminationTime = next;
    } finally {
      lock.unlock();
    }
  }

  /** Moves the termination time to {@code next} unless it is already later; returns it. */
  Instant extendTo(Instant next) {
    lock.lock();
    try {
      if (next.isAfter(terminationTime)) {
        terminationTime = next;
      }
      return terminationTime;
    } finally {
      lock.unlock();
    }
  }

  boolean expiredAt(Instant now) {
    return !terminationTime().isAfter(now);
  }

  /** Stops delivery; idempotent. */
  void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      closed();
    } finally {
      lock.unlock();
    }
    if (busSubscription != null) {
      busSubscription.close();
    }
  }

  boolean isClosed() {
    lock.lock();
    try {
      return closed;
    } finally {
      lock.unlock();
    }
  }

  /** Whether closed, for subclasses already holding {@link #lock}. */
  boolean closedLocked() {
    return closed;
  }
}
