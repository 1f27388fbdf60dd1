package dev.jonvif.device.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.device.Persona;
import dev.jonvif.device.StateStorage;
import dev.jonvif.device.User;
import dev.jonvif.device.UserLevel;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.testkit.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityScheduleTest {

  private final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");

  @Test
  void parsesKindsPeriodsAndDurations() {
    ActivitySchedule s =
        ActivitySchedule.parse("motion:30s/5s, digital-input:2m/PT10S,sound:1h/500ms");
    assertThat(s.activities())
        .containsExactly(
            new ActivitySchedule.Activity("motion", Duration.ofSeconds(30), Duration.ofSeconds(5)),
            new ActivitySchedule.Activity(
                "digital-input", Duration.ofMinutes(2), Duration.ofSeconds(10)),
            new ActivitySchedule.Activity("sound", Duration.ofHours(1), Duration.ofMillis(500)));
    assertThat(ActivitySchedule.defaults().activities()).isNotEmpty();
  }

  @Test
  void badSpecsAreRefusedWithTheirPart() {
    assertThatThrownBy(() -> ActivitySchedule.parse("motion-30s"))
        .hasMessageContaining("motion-30s");
    assertThatThrownBy(() -> ActivitySchedule.parse("motion:30x/5s")).hasMessageContaining("30x");
    assertThatThrownBy(() -> ActivitySchedule.parse("motion:5s/5s"))
        .hasMessageContaining("shorter than the period");
  }

  @Test
  void activityIsOnForItsDurationEveryPeriod() {
    ActivitySchedule.Activity a =
        new ActivitySchedule.Activity("motion", Duration.ofSeconds(30), Duration.ofSeconds(5));
    assertThat(a.activeAt(Duration.ZERO)).isTrue();
    assertThat(a.activeAt(Duration.ofMillis(4999))).isTrue();
    assertThat(a.activeAt(Duration.ofSeconds(5))).isFalse();
    assertThat(a.activeAt(Duration.ofSeconds(31))).isTrue();
    assertThat(a.activeAt(Duration.ofSeconds(-1))).isFalse();
  }

  @Test
  void runnerRaisesAnEventOnEveryStateChangeStaggeredPerCamera() {
    EventsModule events = new EventsModule();
    VirtualCamera first = camera("a");
    VirtualCamera second = camera("b");
    List<String> seen = new ArrayList<>();
    for (VirtualCamera c : List.of(first, second)) {
      events
          .bus(c)
          .subscribe(
              m -> m.topic().equals(EventTopic.MOTION_ALARM),
              m -> seen.add(c.name() + "=" + m.item("State")),
              false);
    }
    ActivityRunner runner =
        new ActivityRunner(
            events, List.of(first, second), ActivitySchedule.parse("motion:30s/5s"), clock);
    runner.tick(clock.instant());
    assertThat(seen).containsExactly("a=true");
    clock.advance(Duration.ofSeconds(1));
    runner.tick(clock.instant());
    assertThat(seen).hasSize(1);
    clock.advance(Duration.ofSeconds(5));
    runner.tick(clock.instant());
    assertThat(seen).containsExactly("a=true", "a=false");
    clock.advance(Duration.ofSeconds(2));
    runner.tick(clock.instant());
    assertThat(seen).containsExactly("a=true", "a=false", "b=true");
  }

  @Test
  void unknownKindsAreRefusedBeforeStarting() {
    assertThatThrownBy(
            () ->
                new EventsModule()
                    .startActivity(List.of(), ActivitySchedule.parse("teleport:30s/5s"), clock))
        .hasMessageContaining("teleport");
  }

  private VirtualCamera camera(String name) {
    return VirtualCamera.create(
        Persona.generic(name),
        new User("admin", "adminpass1", UserLevel.ADMINISTRATOR, true),
        clock,
        StateStorage.inMemory());
  }
}
