package dev.jonvif.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuthFailuresTest {

  private final ClockState clock =
      new ClockState(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void skewIsDescribedInHoursAndMinutes() {
    clock.measured(Duration.ofMinutes(179).plusSeconds(10));
    assertThat(AuthFailures.describeSkew(clock))
        .isEqualTo("camera clock is 2 h 59 min ahead of this machine");
  }

  @Test
  void aCameraIn1970SaysWhatItReads() {
    clock.measured(Duration.between(Instant.parse("2026-01-01T00:00:00Z"), Instant.EPOCH));
    assertThat(AuthFailures.describeSkew(clock))
        .isEqualTo(
            "camera clock is 20454 days behind this machine (it reads 1970-01-01T00:00:00Z)");
  }

  @Test
  void unknownClock() {
    assertThat(AuthFailures.describeSkew(clock)).isEqualTo("the camera's clock could not be read");
    assertThat(AuthFailures.formatDuration(Duration.ofSeconds(65))).isEqualTo("1 min 5 s");
  }
}
