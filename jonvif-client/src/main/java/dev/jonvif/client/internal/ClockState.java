package dev.jonvif.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the client knows about one camera's clock: the offset (camera minus local), whether it has
 * been measured, and whether to apply it to WS-UsernameToken {@code Created}. Thread-safe.
 */
public final class ClockState {

  /** Offsets beyond this are reported as clock skew when authentication fails. */
  public static final Duration SKEW_TOLERANCE = Duration.ofSeconds(60);

  private final Clock clock;
  private volatile Duration offset = Duration.ZERO;
  private volatile boolean known;
  private volatile boolean compensate = true;

  public ClockState(Clock clock) {
    this.clock = clock;
  }

  public Clock clock() {
    return clock;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Records a measured offset. */
  public void measured(Duration cameraMinusLocal) {
    this.offset = cameraMinusLocal;
    this.known = true;
  }

  /** The measured offset, or empty when the camera's clock could not be read. */
  public Optional<Duration> offset() {
    return known ? Optional.of(offset) : Optional.empty();
  }

  /** The offset to add to local time for a UsernameToken's Created (zero when not applied). */
  public Duration effectiveOffset() {
    return compensate && known ? offset : Duration.ZERO;
  }

  public boolean compensating() {
    return compensate;
  }

  /**
   * Stops (or resumes) applying the offset: some cameras report local time as UTC in
   * GetSystemDateAndTime but check tokens against their true UTC clock.
   */
  public void compensate(boolean on) {
    this.compensate = on;
  }

  /** Whether the measured offset is beyond {@link #SKEW_TOLERANCE}. */
  public boolean skewed() {
    return known && offset.abs().compareTo(SKEW_TOLERANCE) > 0;
  }
}
