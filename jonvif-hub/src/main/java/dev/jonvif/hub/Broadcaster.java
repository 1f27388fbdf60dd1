package dev.jonvif.hub;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fans live updates out to every SSE client. Each client has a bounded queue; a client too slow to
 * keep up loses its oldest updates rather than slowing the hub down.
 */
final class Broadcaster {

  /** One update: the SSE event name and its JSON data. */
  record Update(String event, Object data) {}

  /** One subscriber's queue. */
  static final class Subscription implements AutoCloseable {
    private final BlockingQueue<Update> queue = new ArrayBlockingQueue<>(1024);
    private final Broadcaster owner;

    private Subscription(Broadcaster owner) {
      this.owner = owner;
    }

    BlockingQueue<Update> queue() {
      return queue;
    }

    void offer(Update u) {
      while (!queue.offer(u)) {
        queue.poll();
      }
    }

    @Override
    public void close() {
      owner.subscribers.remove(this);
    }
  }

  private final Set<Subscription> subscribers = ConcurrentHashMap.newKeySet();

  Subscription subscribe() {
    Subscription s = new Subscription(this);
    subscribers.add(s);
    return s;
  }

  void publish(String event, Object data) {
    Update u = new Update(event, data);
    for (Subscription s : subscribers) {
      s.offer(u);
    }
  }

  int subscriberCount() {
    return subscribers.size();
  }
}
