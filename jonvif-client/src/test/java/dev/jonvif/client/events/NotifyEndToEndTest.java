package dev.jonvif.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.client.OnvifCamera;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Basic Notification mode and AUTO against loopback virtual cameras. */
class NotifyEndToEndTest {

  static EventFleet fleet;

  @BeforeAll
  static void start() {
    fleet = new EventFleet(2, 3);
  }

  @AfterAll
  static void stop() {
    fleet.close();
  }

  private static EventOptions.Builder pushed() {
    return EventOptions.builder()
        .mode(EventMode.NOTIFY)
        .topics(EventTopic.onvif("VideoSource/MotionAlarm"))
        .backoff(Duration.ofMillis(100), Duration.ofMillis(500));
  }

  @Test
  void tenMotionTogglesArriveInOrderExactlyOnceByNotify() throws Exception {
    String name = fleet.name(0);
    EventFleet.Collector got = new EventFleet.Collector();
    try (OnvifCamera cam = fleet.camera(name)) {
      try (EventSubscription s = cam.events().subscribe(pushed().build(), got)) {
        assertThat(s.mode()).isEqualTo(EventMode.NOTIFY);
        assertThat(s.awaitActive(EventFleet.WAIT)).isTrue();
        assertThat(got.next(e -> true).operation()).isEqualTo(PropertyOperation.INITIALIZED);
        assertThat(fleet.toggleMotionTenTimes(name, got))
            .containsExactly(true, false, true, false, true, false, true, false, true, false);
        assertThat(fleet.subscriptions(name)).isEqualTo(1);
      }
      assertThat(fleet.subscriptions(name)).isZero();
    }
  }

  @Test
  void notifyResumesAfterARebootWithoutDuplicates() throws Exception {
    String name = fleet.name(1);
    EventFleet.Collector got = new EventFleet.Collector();
    try (OnvifCamera cam = fleet.camera(name)) {
      // A short keep-alive: the Renew that finds the subscription gone comes soon after the reboot.
      try (EventSubscription s =
          cam.events().subscribe(pushed().initialTermination(Duration.ofSeconds(6)).build(), got)) {
        assertThat(got.next(e -> true).operation()).isEqualTo(PropertyOperation.INITIALIZED);
        fleet.raise(name, "motion", true);
        assertThat(got.next(e -> true).sensor().active()).contains(true);
        assertThat(fleet.admin("POST", "/cameras/" + name + "/reboot")).isEqualTo(202);
        assertThat(
                EventFleet.eventually(
                    () -> s.creations() >= 2 && s.state() == SubscriptionState.ACTIVE))
            .isTrue();
        fleet.raise(name, "motion", false);
        OnvifEvent after = got.next(e -> true);
        // The new subscription's Initialized burst may be taken before or after the change: either
        // way the state arrives once, as Changed or as a (different) Initialized value.
        assertThat(after.operation())
            .isIn(PropertyOperation.CHANGED, PropertyOperation.INITIALIZED);
        assertThat(after.sensor().active()).contains(false);
        assertThat(got.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(fleet.subscriptions(name)).isEqualTo(1);
      }
      assertThat(fleet.subscriptions(name)).isZero();
    }
  }

  @Test
  void autoPicksPullPointWhenTheCameraSupportsIt() throws Exception {
    String name = fleet.name(0);
    try (OnvifCamera cam = fleet.camera(name);
        EventSubscription s =
            cam.events().subscribe(EventOptions.defaults(), new EventFleet.Collector())) {
      assertThat(s.mode()).isEqualTo(EventMode.PULLPOINT);
      assertThat(s.awaitActive(EventFleet.WAIT)).isTrue();
      assertThat(cam.events().capabilities().basicNotificationSupport()).isTrue();
    }
  }
}
