package dev.jonvif.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it: {@link #advance(Duration)} (also
 * backwards, for clocks that jump) or {@link #set(Instant)}. Thread-safe; clocks made by {@link
 * #withZone(ZoneId)} share the same time.
 */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock reading {@code start}, in UTC. */
  public MutableClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** A clock reading {@code start}, e.g. {@code "2030-01-01T00:00:00Z"}, in UTC. */
  public static MutableClock at(String isoInstant) {
    return new MutableClock(Instant.parse(isoInstant));
  }

  /** Moves the time by {@code amount} (negative moves it back); returns the new time. */
  public Instant advance(Duration amount) {
    return now.updateAndGet(t -> t.plus(amount));
  }

  /** Sets the time. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of this clock in another zone; moving either moves both. */
  @Override
  public MutableClock withZone(ZoneId newZone) {
    return new MutableClock(now, newZone);
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
