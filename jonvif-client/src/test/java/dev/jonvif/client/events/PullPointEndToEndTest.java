package dev.jonvif.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.client.OnvifCamera;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PullPoint manager against loopback virtual cameras driven through the admin API. */
class PullPointEndToEndTest {

  static EventFleet fleet;

  @BeforeAll
  static void start() {
    fleet = new EventFleet(2, 3);
  }

  @AfterAll
  static void stop() {
    fleet.close();
  }

  @Test
  void tenMotionTogglesArriveInOrderExactlyOnce() throws Exception {
    String name = fleet.name(0);
    EventFleet.Collector got = new EventFleet.Collector();
    try (OnvifCamera cam = fleet.camera(name);
        EventSubscription s =
            cam.events()
                .subscribe(
                    EventOptions.builder()
                        .mode(EventMode.PULLPOINT)
                        .topics(EventTopic.onvif("VideoSource/MotionAlarm"))
                        .build(),
                    got)) {
      assertThat(s.awaitActive(EventFleet.WAIT)).isTrue();
      OnvifEvent initial = got.next(e -> true);
      assertThat(initial.operation()).isEqualTo(PropertyOperation.INITIALIZED);
      assertThat(initial.kind()).isEqualTo(SensorKind.MOTION);
      for (int i = 0; i < 10; i++) {
        fleet.raise(name, "motion", i % 2 == 0);
      }
      List<Boolean> states = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        OnvifEvent e = got.next(x -> true);
        assertThat(e.operation()).isEqualTo(PropertyOperation.CHANGED);
        states.add(e.sensor().active().orElseThrow());
      }
      assertThat(states)
          .containsExactly(true, false, true, false, true, false, true, false, true, false);
      assertThat(got.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
      assertThat(s.creations()).isEqualTo(1);
    }
  }
}
