package dev.jonvif.device.events.internal;

import dev.jonvif.core.soap.EndpointReference;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.events.EventMessage;
import dev.jonvif.device.events.NotifyPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One Basic Notification subscription: a bounded queue fed by the bus and one virtual thread that
 * pushes its messages, in order, to the consumer as {@code wsnt:Notify} POSTs. A failed POST is
 * retried with doubling back-off; when every attempt failed the consumer is taken for gone and the
 * subscription ends (a client renewing it then gets ResourceUnknown and subscribes again). The
 * thread also ends the subscription once the camera's clock passes its termination time.
 */
final class PushSubscription extends EventSubscription {

  /** How often an idle delivery thread looks at the camera's clock for expiry (real time). */
  static final Duration EXPIRY_CHECK = Duration.ofSeconds(1);

  private static final System.Logger LOG = System.getLogger(PushSubscription.class.getName());

  private final EndpointReference consumer;
  private final String address;
  private final NotifyPolicy policy;
  private final Clock clock;
  private final Consumer<PushSubscription> ended;
  private final Condition arrived = lock.newCondition();
  private final Deque<EventMessage> queue = new ArrayDeque<>();
  private long dropped;
  private Thread delivery;

  /**
   * @param address this subscription's manager address (sent as each message's
   *     SubscriptionReference)
   * @param ended told when the subscription ends by itself (expiry, consumer gone)
   */
  PushSubscription(
      String id,
      Predicate<EventMessage> filter,
      Instant terminationTime,
      EndpointReference consumer,
      String address,
      NotifyPolicy policy,
      Clock clock,
      Consumer<PushSubscription> ended) {
    super(id, filter, terminationTime);
    this.consumer = consumer;
    this.address = address;
    this.policy = policy;
    this.clock = clock;
    this.ended = ended;
  }

  /** Starts the delivery thread. */
  void start() {
    delivery = Thread.ofVirtual().name("jonvif-notify-" + id()).start(this::run);
  }

  EndpointReference consumer() {
    return consumer;
  }

  /** Messages dropped because the queue was full (a slow or dead consumer). */
  long dropped() {
    lock.lock();
    try {
      return dropped;
    } finally {
      lock.unlock();
    }
  }

  @Override
  void offer(EventMessage m) {
    lock.lock();
    try {
      if (closedLocked()) {
        return;
      }
      if (queue.size() >= policy.queueLimit()) {
        queue.removeFirst();
        dropped++;
      }
      queue.addLast(m);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  void closed() {
    queue.clear();
    arrived.signalAll();
    if (delivery != null && delivery != Thread.currentThread()) {
      delivery.interrupt();
    }
  }

  private void run() {
    try {
      while (true) {
        List<EventMessage> batch = nextBatch();
        if (batch == null) {
          return;
        }
        if (!deliver(batch)) {
          LOG.log(
              System.Logger.Level.INFO,
              "subscription {0}: consumer {1} did not answer {2} attempts, ending it",
              id(),
              consumer.address(),
              policy.attempts());
          ended.accept(this);
          return;
        }
      }
    } catch (InterruptedException e) {
      // closed: Unsubscribe, expiry or reboot
    }
  }

  /** Waits for messages; {@code null} when the subscription closed or expired. */
  private List<EventMessage> nextBatch() throws InterruptedException {
    lock.lock();
    try {
      while (queue.isEmpty() && !closedLocked()) {
        if (expiredAt(clock.instant())) {
          break;
        }
        arrived.await(EXPIRY_CHECK.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (closedLocked()) {
        return null;
      }
      if (expiredAt(clock.instant())) {
        queue.clear();
      } else {
        List<EventMessage> out = new ArrayList<>(Math.min(queue.size(), policy.batchLimit()));
        while (out.size() < policy.batchLimit() && !queue.isEmpty()) {
          out.add(queue.removeFirst());
        }
        return out;
      }
    } finally {
      lock.unlock();
    }
    ended.accept(this);
    return null;
  }

  /** Sends one batch, retrying with back-off; false when every attempt failed. */
  private boolean deliver(List<EventMessage> batch) throws InterruptedException {
    List<XmlElement> messages = new ArrayList<>(batch.size());
    for (EventMessage m : batch) {
      messages.add(EventXml.notification(m, address));
    }
    for (int attempt = 1; ; attempt++) {
      if (NotifySender.send(consumer, messages, policy.requestTimeout())) {
        return true;
      }
      if (attempt >= policy.attempts() || isClosed()) {
        return isClosed();
      }
      Thread.sleep(policy.backoff(attempt));
    }
  }
}
