package dev.jonvif.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.client.OnvifCamera;
import java.time.Duration;
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
      assertThat(fleet.toggleMotionTenTimes(name, got))
          .containsExactly(true, false, true, false, true, false, true, false, true, false);
      assertThat(s.creations()).isEqualTo(1);
    }
  }

  private static EventOptions.Builder quick() {
    return EventOptions.builder()
        .mode(EventMode.PULLPOINT)
        .pullTimeout(Duration.ofSeconds(2))
        .backoff(Duration.ofMillis(100), Duration.ofMillis(500));
  }

  @Test
  void eventsResumeAfterARebootWithoutDuplicatesOrLeakedSubscriptions() throws Exception {
    String name = fleet.name(1);
    EventFleet.Collector got = new EventFleet.Collector();
    try (OnvifCamera cam = fleet.camera(name)) {
      try (EventSubscription s =
          cam.events()
              .subscribe(
                  quick().topics(EventTopic.onvif("VideoSource/MotionAlarm")).build(), got)) {
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
        // The re-created subscription's Initialized "motion on" repeats what we had: dropped.
        assertThat(after.operation()).isEqualTo(PropertyOperation.CHANGED);
        assertThat(after.sensor().active()).contains(false);
        assertThat(got.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
      }
      assertThat(fleet.freePullPoints(cam)).isEqualTo(fleet.maxPullPoints);
    }
  }

  @Test
  void renewWorksAcrossAThreeHourCameraClockSkewAndAJumpBack() throws Exception {
    String name = fleet.name(0);
    assertThat(fleet.admin("PUT", "/cameras/" + name + "/clock?offset=PT3H")).isEqualTo(200);
    EventFleet.Collector got = new EventFleet.Collector();
    java.util.concurrent.atomic.AtomicInteger renewals =
        new java.util.concurrent.atomic.AtomicInteger();
    try (OnvifCamera cam = fleet.camera(name)) {
      cam.connect();
      dev.jonvif.client.SoapTransport counting =
          (uri, request, action) -> {
            if (action.endsWith("RenewRequest")) {
              renewals.incrementAndGet();
            }
            return cam.transport().exchange(uri, request, action);
          };
      EventsClient events =
          new EventsClient(
              counting,
              cam.endpoint(dev.jonvif.core.Namespaces.TEV).orElseThrow(),
              cam::rewrite,
              cam.clock(),
              cam::clockOffset);
      // A keep-alive shorter than pull timeout + margin: every poll is preceded by a Renew.
      try (EventSubscription s =
          events.subscribe(
              quick()
                  .pullTimeout(Duration.ofSeconds(1))
                  .initialTermination(Duration.ofSeconds(10))
                  .topics(EventTopic.onvif("VideoSource/MotionAlarm"))
                  .build(),
              got)) {
        got.next(e -> true);
        assertThat(EventFleet.eventually(() -> renewals.get() >= 3)).isTrue();
        fleet.raise(name, "motion", true);
        assertThat(got.next(e -> true).sensor().active()).contains(true);
        // The camera's clock jumps back three hours under a live subscription.
        assertThat(fleet.admin("PUT", "/cameras/" + name + "/clock?offset=PT0S")).isEqualTo(200);
        int before = renewals.get();
        assertThat(EventFleet.eventually(() -> renewals.get() >= before + 3)).isTrue();
        fleet.raise(name, "motion", false);
        assertThat(got.next(e -> e.operation() == PropertyOperation.CHANGED).sensor().active())
            .contains(false);
        assertThat(s.creations()).isEqualTo(1);
      }
    } finally {
      fleet.admin("PUT", "/cameras/" + name + "/clock?offset=PT0S");
    }
  }

  @Test
  void maxPullPointsExhaustedThenFreedLetsTheSubscriptionIn() throws Exception {
    String name = fleet.name(0);
    EventFleet.Collector got = new EventFleet.Collector();
    try (OnvifCamera cam = fleet.camera(name)) {
      List<java.net.URI> taken = fleet.takeAllPullPoints(cam);
      assertThat(taken).hasSize(fleet.maxPullPoints);
      try (EventSubscription s =
          cam.events()
              .subscribe(
                  quick().topics(EventTopic.onvif("VideoSource/MotionAlarm")).build(), got)) {
        assertThat(EventFleet.eventually(() -> s.lastFailure().isPresent())).isTrue();
        assertThat(s.lastFailure().orElseThrow())
            .isInstanceOfSatisfying(
                dev.jonvif.core.SoapFaultException.class,
                f -> assertThat(f.hasSubcode("SubscribeCreationFailedFault")).isTrue());
        assertThat(s.state()).isNotEqualTo(SubscriptionState.ACTIVE);
        fleet.release(cam, taken.get(0));
        assertThat(s.awaitActive(EventFleet.WAIT)).isTrue();
        fleet.raise(name, "motion", true);
        assertThat(got.next(e -> e.operation() == PropertyOperation.CHANGED).sensor().active())
            .contains(true);
      }
      taken.subList(1, taken.size()).forEach(u -> fleet.release(cam, u));
      assertThat(fleet.freePullPoints(cam)).isEqualTo(fleet.maxPullPoints);
    } finally {
      fleet.raise(name, "motion", false);
    }
  }

  @Test
  void topicAndContentFiltersSelectWhatTheyShould() throws Exception {
    String name = fleet.name(0);
    EventFleet.Collector ruleEngine = new EventFleet.Collector();
    EventFleet.Collector relay = new EventFleet.Collector();
    try (OnvifCamera cam = fleet.camera(name);
        EventSubscription a =
            cam.events().subscribe(quick().topicFilter("tns1:RuleEngine//.").build(), ruleEngine);
        EventSubscription b =
            cam.events()
                .subscribe(
                    quick()
                        .topicFilter("tns1:Device/Trigger//.")
                        .messageContentFilter(EventOptions.itemEquals("RelayToken", "Relay_1"))
                        .build(),
                    relay)) {
      assertThat(a.awaitActive(EventFleet.WAIT)).isTrue();
      assertThat(b.awaitActive(EventFleet.WAIT)).isTrue();
      for (String kind : List.of("motion", "tamper", "sound", "cell-motion", "relay", "dark")) {
        fleet.raise(name, kind, true);
      }
      List<SensorKind> changed = new ArrayList<>();
      while (changed.size() < 2) {
        OnvifEvent e = ruleEngine.next(x -> true);
        assertThat(e.topic().isWithin(EventTopic.onvif("RuleEngine"))).isTrue();
        if (e.operation() == PropertyOperation.CHANGED) {
          changed.add(e.kind());
        }
      }
      assertThat(changed).containsExactly(SensorKind.TAMPER, SensorKind.CELL_MOTION);
      OnvifEvent r = relay.next(e -> e.operation() == PropertyOperation.CHANGED);
      assertThat(r.kind()).isEqualTo(SensorKind.RELAY);
      assertThat(r.sensor().active()).contains(true);
      assertThat(relay.events).allMatch(e -> e.kind() == SensorKind.RELAY);
      assertThat(ruleEngine.events.poll(300, TimeUnit.MILLISECONDS)).isNull();
    } finally {
      for (String kind : List.of("motion", "tamper", "sound", "cell-motion", "relay", "dark")) {
        fleet.raise(name, kind, false);
      }
    }
  }
}
