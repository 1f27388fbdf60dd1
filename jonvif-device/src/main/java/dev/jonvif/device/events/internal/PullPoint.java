package dev.jonvif.device.events.internal;

import dev.jonvif.device.events.EventMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.function.Predicate;

/**
 * One pull-point subscription: a bounded queue fed by the bus, a termination time by the camera's
 * clock, and long polls that wait (virtual threads) until a message arrives or their timeout ends.
 */
final class PullPoint extends EventSubscription {

  /** Oldest messages are dropped beyond this many undelivered ones. */
  static final int QUEUE_LIMIT = 1000;

  private final Duration keepAlive;
  private final Condition arrived = lock.newCondition();
  private final Deque<EventMessage> queue = new ArrayDeque<>();

  PullPoint(
      String id, Predicate<EventMessage> filter, Duration keepAlive, Instant terminationTime) {
    super(id, filter, terminationTime);
    this.keepAlive = keepAlive;
  }

  @Override
  void offer(EventMessage m) {
    lock.lock();
    try {
      if (closedLocked()) {
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
      while (queue.isEmpty() && !closedLocked() && nanos > 0) {
        nanos = arrived.awaitNanos(nanos);
      }
      if (closedLocked()) {
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
    return extendTo(now.plus(keepAlive));
  }

  @Override
  void closed() {
    queue.clear();
    arrived.signalAll();
  }
}
