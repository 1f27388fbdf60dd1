package dev.jonvif.device.events.internal;

import dev.jonvif.device.events.EventBus;
import dev.jonvif.device.events.EventMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * One pull-point subscription: a bounded queue fed by the bus, a termination time by the camera's
 * clock, and long polls that wait (virtual threads) until a message arrives or their timeout ends.
 */
final class PullPoint {

  /** Oldest messages are dropped beyond this many undelivered ones. */
  static final int QUEUE_LIMIT = 1000;

  private final String id;
  private final Predicate<EventMessage> filter;
  private final Duration keepAlive;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final Deque<EventMessage> queue = new ArrayDeque<>();
  private Instant terminationTime;
  private boolean closed;
  private EventBus.Subscription busSubscription;

  PullPoint(
      String id, Predicate<EventMessage> filter, Duration keepAlive, Instant terminationTime) {
    this.id = id;
    this.filter = filter;
    this.keepAlive = keepAlive;
    this.terminationTime = terminationTime;
  }

  void attach(EventBus bus) {
    busSubscription = bus.subscribe(filter, this::offer, true);
  }

  String id() {
    return id;
  }

  Predicate<EventMessage> filter() {
    return filter;
  }

  void offer(EventMessage m) {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      if (queue.size() >= QUEUE_LIMIT) {
        queue.removeFirst();
      }
      queue.addLast(m);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Takes up to {@code limit} messages, waiting up to {@code timeout} (real time) for the first.
   * Returns {@code null} when the subscription was closed meanwhile.
   */
  List<EventMessage> pull(int limit, Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (queue.isEmpty() && !closed && nanos > 0) {
        nanos = arrived.awaitNanos(nanos);
      }
      if (closed) {
        return null;
      }
      List<EventMessage> out = new ArrayList<>(Math.min(limit, queue.size()));
      while (out.size() < limit && !queue.isEmpty()) {
        out.add(queue.removeFirst());
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** Pull activity keeps the subscription alive: termination moves to now + keep-alive. */
  Instant keepAlive(Instant now) {
    lock.lock();
    try {
      Instant next = now.plus(keepAlive);
      if (next.isAfter(terminationTime)) {
        terminationTime = next;
      }
      return terminationTime;
    } finally {
      lock.unlock();
    }
  }

  Instant terminationTime() {
    lock.lock();
    try {
      return terminationTime;
    } finally {
      lock.unlock();
    }
  }

  void renew(Instant newTermination) {
    lock.lock();
    try {
      terminationTime = newTermination;
    } finally {
      lock.unlock();
    }
  }

  boolean expiredAt(Instant now) {
    return !terminationTime().isAfter(now);
  }

  /** Stops delivery and wakes waiting polls. */
  void close() {
    lock.lock();
    try {
      closed = true;
      queue.clear();
      arrived.signalAll();
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
}
