package dev.jonvif.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/** A camera's clock: a base clock shifted by an adjustable offset. Thread-safe. */
final class SimulatedClock extends Clock {

  private final Clock base;
  private volatile Duration offset;

  SimulatedClock(Clock base, Duration offset) {
    this.base = Objects.requireNonNull(base, "base");
    this.offset = Objects.requireNonNull(offset, "offset");
  }

  Duration offset() {
    return offset;
  }

  void setOffset(Duration value) {
    this.offset = Objects.requireNonNull(value, "offset");
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(base.withZone(zone), offset);
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset);
  }
}
