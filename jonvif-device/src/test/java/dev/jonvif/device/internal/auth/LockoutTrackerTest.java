package dev.jonvif.device.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.device.SecurityPolicy;
import dev.jonvif.testkit.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutTrackerTest {

  private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
  private final LockoutTracker tracker = new LockoutTracker(SecurityPolicy.Lockout.DEFAULT, clock);

  @Test
  void delayGrowsAfterTheThirdFailureThenLocks() {
    assertThat(tracker.failure("10.0.0.1", "bob").delay()).isZero();
    assertThat(tracker.failure("10.0.0.1", "bob").delay()).isZero();
    assertThat(tracker.failure("10.0.0.1", "bob").delay()).isEqualTo(Duration.ofMillis(250));
    assertThat(tracker.failure("10.0.0.1", "bob").delay()).isEqualTo(Duration.ofMillis(500));
    assertThat(tracker.failure("10.0.0.1", "bob").delay()).isEqualTo(Duration.ofSeconds(1));
    for (int i = 6; i < 10; i++) {
      assertThat(tracker.failure("10.0.0.1", "bob").isLocked()).isFalse();
    }
    LockoutTracker.Verdict v = tracker.failure("10.0.0.1", "bob");
    assertThat(v.isLocked()).isTrue();
    assertThat(v.delay()).isEqualTo(Duration.ofSeconds(4));
    assertThat(tracker.lockedFor("10.0.0.1", "bob")).isEqualTo(Duration.ofSeconds(60));
    assertThat(tracker.lockedFor("10.0.0.1", "alice")).isZero();
    assertThat(tracker.lockedFor("10.0.0.2", "bob")).isZero();
  }

  @Test
  void oldFailuresAreForgotten() {
    tracker.failure("a", "u");
    tracker.failure("a", "u");
    clock.advance(Duration.ofMinutes(11));
    assertThat(tracker.failure("a", "u").delay()).isZero();
  }

  @Test
  void theTableIsBoundedByEvictingTheLeastRecentlyFailed() {
    tracker.failure("10.9.9.9", "first");
    tracker.failure("10.9.9.9", "first");
    for (int i = 0; i < LockoutTracker.MAX_ENTRIES; i++) {
      tracker.failure("10.0.0.1", "user" + i);
    }
    // "first" was evicted: its third failure counts as its first
    assertThat(tracker.failure("10.9.9.9", "first").delay()).isZero();
  }
}
