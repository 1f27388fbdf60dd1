package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MutableClockTest {

  @Test
  void standsStillUntilMoved() {
    MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");

    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(clock.instant());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void advancesForwardAndBack() {
    MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");

    assertThat(clock.advance(Duration.ofHours(3))).isEqualTo(Instant.parse("2030-01-01T03:00:00Z"));
    assertThat(clock.advance(Duration.ofMinutes(-90)))
        .isEqualTo(Instant.parse("2030-01-01T01:30:00Z"));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2030-01-01T01:30:00Z").toEpochMilli());
  }

  @Test
  void setJumpsAndZoneViewsShareTheTime() {
    MutableClock clock = new MutableClock(Instant.EPOCH);
    MutableClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.set(Instant.parse("2031-06-01T12:00:00Z"));

    assertThat(paris.instant()).isEqualTo(Instant.parse("2031-06-01T12:00:00Z"));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    paris.advance(Duration.ofSeconds(1));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2031-06-01T12:00:01Z"));
  }
}
