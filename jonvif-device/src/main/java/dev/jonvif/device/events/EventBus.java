package dev.jonvif.device.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A camera's event bus: what its sensors, rules and configuration report, delivered to the event
 * service's subscriptions in publication order. Property events keep their state per (topic,
 * source, key), so a new subscription (or SetSynchronizationPoint) first gets {@code Initialized}
 * messages for every current state.
 *
 * <p>An embedding device gets its camera's bus from {@link EventsModule#bus} and publishes to it
 * from any thread; UtcTime comes from the camera's clock.
 */
public final class EventBus {

  private record PropertyKey(
      EventTopic topic, Map<String, String> source, Map<String, String> key) {}

  /** A registered receiver; {@link #close()} stops delivery. */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<PropertyKey, EventMessage> properties = new LinkedHashMap<>();
  private final List<Receiver> receivers = new CopyOnWriteArrayList<>();

  private record Receiver(Predicate<EventMessage> filter, Consumer<EventMessage> sink) {}

  /** A bus stamping messages with {@code clock} (the camera's). */
  public EventBus(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sets a property's state: {@code Initialized} the first time a (topic, source, key) is seen,
   * {@code Changed} after that.
   */
  public EventMessage setProperty(
      EventTopic topic,
      Map<String, String> source,
      Map<String, String> key,
      Map<String, String> data) {
    lock.lock();
    try {
      PropertyKey k =
          new PropertyKey(topic, Map.copyOf(source), key == null ? Map.of() : Map.copyOf(key));
      PropertyOperation op =
          properties.containsKey(k) ? PropertyOperation.CHANGED : PropertyOperation.INITIALIZED;
      EventMessage m = new EventMessage(topic, clock.instant(), op, source, key, data);
      properties.put(k, m);
      deliver(m);
      return m;
    } finally {
      lock.unlock();
    }
  }

  /** Sets a property's state (without Key items). */
  public EventMessage setProperty(
      EventTopic topic, Map<String, String> source, Map<String, String> data) {
    return setProperty(topic, source, Map.of(), data);
  }

  /** Removes a property, publishing {@code Deleted}; false when it had no state. */
  public boolean deleteProperty(
      EventTopic topic, Map<String, String> source, Map<String, String> key) {
    lock.lock();
    try {
      EventMessage last =
          properties.remove(
              new PropertyKey(topic, Map.copyOf(source), key == null ? Map.of() : Map.copyOf(key)));
      if (last == null) {
        return false;
      }
      deliver(last.as(PropertyOperation.DELETED, clock.instant()));
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Publishes a plain (non-property) event. */
  public EventMessage publish(
      EventTopic topic, Map<String, String> source, Map<String, String> data) {
    lock.lock();
    try {
      EventMessage m = new EventMessage(topic, clock.instant(), null, source, Map.of(), data);
      deliver(m);
      return m;
    } finally {
      lock.unlock();
    }
  }

  /** The current state of every property, as {@code Initialized} messages stamped now. */
  public List<EventMessage> currentProperties() {
    lock.lock();
    try {
      List<EventMessage> out = new ArrayList<>(properties.size());
      for (EventMessage m : properties.values()) {
        out.add(m.as(PropertyOperation.INITIALIZED, clock.instant()));
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Registers {@code sink} for the messages {@code filter} accepts. With {@code initialize}, the
   * current property states are delivered first, before anything published later. {@code sink} runs
   * under the bus's lock and must return quickly (queue the message).
   */
  public Subscription subscribe(
      Predicate<EventMessage> filter, Consumer<EventMessage> sink, boolean initialize) {
    Receiver r = new Receiver(filter, sink);
    lock.lock();
    try {
      if (initialize) {
        synchronize(filter, sink);
      }
      receivers.add(r);
    } finally {
      lock.unlock();
    }
    return () -> receivers.remove(r);
  }

  /** Delivers the current property states to {@code sink} (a synchronization point). */
  public void synchronize(Predicate<EventMessage> filter, Consumer<EventMessage> sink) {
    lock.lock();
    try {
      for (EventMessage m : currentProperties()) {
        if (filter.test(m)) {
          sink.accept(m);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void deliver(EventMessage m) {
    for (Receiver r : receivers) {
      if (r.filter().test(m)) {
        r.sink().accept(m);
      }
    }
  }
}
