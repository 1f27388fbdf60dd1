package dev.jonvif.device.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.events.internal.SimulatedEvents;
import dev.jonvif.device.media.MediaApi;
import dev.jonvif.device.media.MediaState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real-time pull-point interface end to end over loopback. */
class PullPointTest extends EventsTestSupport {

  private static final String TEV = "http://www.onvif.org/ver10/events/wsdl";

  @BeforeEach
  void startServer() {
    start(3);
  }

  private void motion(boolean state) {
    SimulatedEvents.raise(events.bus(camera), "motion", Map.of("state", Boolean.toString(state)));
  }

  @Test
  void EVENT_5_1_1_capabilitiesAdvertiseWhatIsImplemented() {
    Answer a = call(service(), tev("GetServiceCapabilities"));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.envelope().addressing().action())
        .isEqualTo(TEV + "/EventPortType/GetServiceCapabilitiesResponse");
    XmlElement caps = a.body().childOrNull(Namespaces.TEV, "Capabilities");
    assertThat(caps.attribute("MaxPullPoints")).isEqualTo("3");
    assertThat(caps.attribute("MaxNotificationProducers")).isEqualTo("10");
    assertThat(caps.attribute("WSPullPointSupport")).isEqualTo("true");
  }

  @Test
  void EVENT_5_1_2_getServicesAndServiceCapabilitiesAgree() {
    Answer services =
        call(
            base + "/onvif/device_service",
            XmlElement.builder(Namespaces.TDS, "GetServices")
                .child(Namespaces.TDS, "IncludeCapability", "true")
                .build());
    assertThat(services.status()).as(services.text()).isEqualTo(200);
    XmlElement events =
        services.body().children(Namespaces.TDS, "Service").stream()
            .filter(s -> TEV.equals(s.childText(Namespaces.TDS, "Namespace")))
            .findFirst()
            .orElseThrow();
    assertThat(events.childText(Namespaces.TDS, "XAddr")).isEqualTo(service());
    XmlElement advertised = events.path(Namespaces.TDS, "Capabilities").firstChild();
    assertThat(advertised.name())
        .isEqualTo(new javax.xml.namespace.QName(Namespaces.TEV, "Capabilities"));
    XmlElement direct =
        call(service(), tev("GetServiceCapabilities"))
            .body()
            .childOrNull(Namespaces.TEV, "Capabilities");
    assertThat(advertised.attributes()).isEqualTo(direct.attributes());
  }

  @Test
  void EVENT_1_1_2_eventPropertiesDescribeTopics() {
    Answer a = call(service(), tev("GetEventProperties"));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.body().children(Namespaces.WSNT, "TopicExpressionDialect"))
        .extracting(XmlElement::textTrim)
        .contains("http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet");
    XmlElement motion =
        a.body()
            .path(Namespaces.WSTOP, "TopicSet")
            .path(Namespaces.TNS1, "VideoSource", "MotionAlarm");
    assertThat(motion).isNotNull();
    XmlElement description = motion.childOrNull(Namespaces.TT, "MessageDescription");
    assertThat(description.attribute("IsProperty")).isEqualTo("true");
    assertThat(description.path(Namespaces.TT, "Data", "SimpleItemDescription").attribute("Name"))
        .isEqualTo("State");
  }

  @Test
  void EVENT_3_1_15_and_16_initializedThenTenMotionsInOrderExactlyOnce() {
    motion(false);
    String address = createPullPoint(topicFilter("tns1:VideoSource/MotionAlarm"));
    List<XmlElement> first = messages(pull(address, "PT1S", 10));
    assertThat(first).hasSize(1);
    assertThat(first.get(0).attribute("PropertyOperation")).isEqualTo("Initialized");
    assertThat(item(first.get(0), "Data", "State")).isEqualTo("false");
    for (int i = 0; i < 10; i++) {
      motion(i % 2 == 0);
    }
    List<String> states = new ArrayList<>();
    while (states.size() < 10) {
      List<XmlElement> got = messages(pull(address, "PT1S", 3));
      assertThat(got).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      for (XmlElement m : got) {
        assertThat(m.attribute("PropertyOperation")).isEqualTo("Changed");
        states.add(item(m, "Data", "State"));
      }
    }
    assertThat(states)
        .containsExactly(
            "true", "false", "true", "false", "true", "false", "true", "false", "true", "false");
    assertThat(messages(pull(address, "PT0S", 10))).isEmpty();
  }

  @Test
  void EVENT_3_1_32_longPollReturnsWhenAnEventIsPublished() throws Exception {
    String address = createPullPoint(topicFilter("tns1:Device/Trigger/Relay"));
    assertThat(messages(pull(address, "PT0S", 10))).hasSize(1);
    CompletableFuture<Answer> poll = CompletableFuture.supplyAsync(() -> pull(address, "PT50S", 5));
    while (!poll.isDone()) {
      SimulatedEvents.raise(events.bus(camera), "relay", Map.of("state", "true"));
      Thread.sleep(50);
    }
    List<XmlElement> got = messages(poll.get());
    assertThat(got).isNotEmpty();
    assertThat(item(got.get(0), "Data", "LogicalState")).isEqualTo("active");
  }

  @Test
  void EVENT_3_1_24_timeoutAnswersEmptyAndKeepsAlive() {
    String address =
        createPullPoint(
            topicFilter("tns1:Device/HardwareFailure/StorageFailure"),
            XmlElement.of(Namespaces.TEV, "InitialTerminationTime", "PT10S"));
    assertThat(messages(pull(address, "PT0S", 10))).hasSize(1);
    clock.advance(Duration.ofSeconds(8));
    Answer a = pull(address, "PT0.2S", 5);
    assertThat(messages(a)).isEmpty();
    clock.advance(Duration.ofSeconds(8));
    assertThat(messages(pull(address, "PT0S", 5))).isEmpty();
  }

  @Test
  void EVENT_3_1_9_terminationIsAtLeastCurrentPlusInitial() {
    Answer a =
        call(
            service(),
            tev(
                "CreatePullPointSubscription",
                XmlElement.of(Namespaces.TEV, "InitialTerminationTime", "PT10S")));
    assertThat(a.body().childText(Namespaces.WSNT, "CurrentTime"))
        .isEqualTo("2026-01-01T00:00:00Z");
    assertThat(a.body().childText(Namespaces.WSNT, "TerminationTime"))
        .isEqualTo("2026-01-01T00:00:10Z");
  }

  @Test
  void EVENT_3_1_32_sixtySecondTimeoutAndMessageLimitAreHonoured() {
    String address = createPullPoint(topicFilter("tns1:VideoSource/MotionAlarm"));
    motion(true);
    motion(false);
    Answer a = pull(address, "PT60S", 2);
    assertThat(messages(a)).hasSize(2);
    java.time.Instant current =
        dev.jonvif.core.types.XsDateTime.parse(a.body().childText(Namespaces.TEV, "CurrentTime"));
    java.time.Instant termination =
        dev.jonvif.core.types.XsDateTime.parse(
            a.body().childText(Namespaces.TEV, "TerminationTime"));
    assertThat(termination).isAfter(current);
    assertThat(messages(pull(address, "PT60S", 1))).hasSize(1);
  }

  @Test
  void EVENT_3_1_17_unsupportedMessageContentIsAnInvalidFilterFault() {
    XmlElement filter =
        XmlElement.builder(Namespaces.TEV, "Filter")
            .child(
                XmlElement.builder(Namespaces.WSNT, "MessageContent")
                    .attribute(
                        "Dialect", "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter")
                    .text("boolean(//tt:Nonsense[")
                    .build())
            .build();
    assertFault(
        call(service(), tev("CreatePullPointSubscription", filter)), 400, "InvalidFilterFault");
  }

  @Test
  void EVENT_3_1_35_subtreeOrTopicInOneExpression() {
    String address =
        createPullPoint(topicFilter("tns1:RuleEngine//.|tns1:VideoSource/MotionAlarm"));
    assertThat(topics(pull(address, "PT0S", 100))).hasSize(5);
    SimulatedEvents.raise(events.bus(camera), "relay", Map.of("state", "true"));
    motion(true);
    SimulatedEvents.raise(events.bus(camera), "tamper", Map.of());
    assertThat(topics(pull(address, "PT0S", 100)))
        .containsExactly("tns1:VideoSource/MotionAlarm", "tns1:RuleEngine/TamperDetector/Tamper");
  }

  @Test
  void outOfRangeTimeoutAndMessageLimitAreFaults() {
    String address = createPullPoint();
    assertFault(pull(address, "PT10M", 5), 400, "InvalidArgVal");
    assertFault(pull(address, "PT1S", 0), 400, "InvalidArgVal");
  }

  @Test
  void EVENT_3_1_12_19_36_renewExtendsAndUnsubscribeEndsTheSubscription() {
    String address =
        createPullPoint(XmlElement.of(Namespaces.TEV, "InitialTerminationTime", "PT10S"));
    Answer renew =
        call(
            address,
            XmlElement.builder(Namespaces.WSNT, "Renew")
                .child(Namespaces.WSNT, "TerminationTime", "PT120S")
                .build());
    assertThat(renew.status()).as(renew.text()).isEqualTo(200);
    assertThat(renew.envelope().addressing().action())
        .isEqualTo("http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/RenewResponse");
    assertThat(renew.body().childText(Namespaces.WSNT, "TerminationTime"))
        .isEqualTo("2026-01-01T00:02:00Z");
    clock.advance(Duration.ofSeconds(60));
    assertThat(messages(pull(address, "PT0S", 5))).hasSize(5);
    Answer bye = call(address, XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build());
    assertThat(bye.status()).as(bye.text()).isEqualTo(200);
    assertThat(bye.envelope().addressing().action())
        .isEqualTo("http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/UnsubscribeResponse");
    assertFault(pull(address, "PT0S", 5), 400, "ResourceUnknownFault");
    assertFault(
        call(address, XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build()),
        400,
        "ResourceUnknownFault");
  }

  @Test
  void EVENT_3_1_20_subscriptionExpiresByTheCameraClock() {
    String address =
        createPullPoint(XmlElement.of(Namespaces.TEV, "InitialTerminationTime", "PT30S"));
    clock.advance(Duration.ofSeconds(31));
    assertFault(pull(address, "PT0S", 5), 400, "ResourceUnknownFault");
  }

  @Test
  void EVENT_3_1_37_maxPullPointsExhaustionAndRecovery() {
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      addresses.add(createPullPoint());
    }
    assertThat(addresses).doesNotHaveDuplicates();
    assertFault(
        call(service(), tev("CreatePullPointSubscription")), 500, "SubscribeCreationFailedFault");
    call(addresses.get(0), XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build());
    assertThat(createPullPoint()).isNotIn(addresses);
    clock.advance(Duration.ofMinutes(2));
    for (int i = 0; i < 3; i++) {
      createPullPoint();
    }
  }

  @Test
  void EVENT_3_1_33_and_34_topicFiltersSelectAlternativesAndSubtrees() {
    String ruleEngine = createPullPoint(topicFilter("tns1:RuleEngine//."));
    String alternatives =
        createPullPoint(topicFilter("tns1:VideoSource/MotionAlarm|tns1:Device/Trigger/Relay"));
    assertThat(topics(pull(ruleEngine, "PT0S", 100)))
        .containsExactlyInAnyOrder(
            "tns1:RuleEngine/CellMotionDetector/Motion",
            "tns1:RuleEngine/MotionRegionDetector/Motion",
            "tns1:RuleEngine/FieldDetector/ObjectsInside",
            "tns1:RuleEngine/TamperDetector/Tamper");
    assertThat(topics(pull(alternatives, "PT0S", 100)))
        .containsExactlyInAnyOrder("tns1:VideoSource/MotionAlarm", "tns1:Device/Trigger/Relay");
    SimulatedEvents.raise(events.bus(camera), "cell-motion", Map.of());
    SimulatedEvents.raise(events.bus(camera), "motion", Map.of());
    SimulatedEvents.raise(events.bus(camera), "tamper", Map.of());
    SimulatedEvents.raise(events.bus(camera), "relay", Map.of("state", "true"));
    Answer a = pull(ruleEngine, "PT0S", 10);
    assertThat(messages(a)).hasSize(2);
    assertThat(topicOf(a, 0)).isEqualTo("tns1:RuleEngine/CellMotionDetector/Motion");
    assertThat(topicOf(a, 1)).isEqualTo("tns1:RuleEngine/TamperDetector/Tamper");
    Answer b = pull(alternatives, "PT0S", 10);
    assertThat(messages(b)).hasSize(2);
    assertThat(topicOf(b, 0)).isEqualTo("tns1:VideoSource/MotionAlarm");
    assertThat(topicOf(b, 1)).isEqualTo("tns1:Device/Trigger/Relay");
  }

  @Test
  void EVENT_3_1_22_unknownTopicIsAnInvalidFilterFault() {
    assertFault(
        call(service(), tev("CreatePullPointSubscription", topicFilter("tns1:No/Such/Topic"))),
        400,
        "InvalidFilterFault");
  }

  @Test
  void EVENT_3_1_38_messageContentFilterSelectsBySimpleItem() {
    XmlElement filter =
        XmlElement.builder(Namespaces.TEV, "Filter")
            .child(
                XmlElement.builder(Namespaces.WSNT, "MessageContent")
                    .attribute(
                        "Dialect", "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter")
                    .declareNamespace("tt", Namespaces.TT)
                    .text("boolean(//tt:SimpleItem[@Name=\"State\" and @Value=\"true\"])")
                    .build())
            .build();
    String address = createPullPoint(filter);
    assertThat(messages(pull(address, "PT0S", 100))).isEmpty();
    motion(false);
    motion(true);
    List<XmlElement> got = messages(pull(address, "PT0S", 10));
    assertThat(got).hasSize(1);
    assertThat(item(got.get(0), "Data", "State")).isEqualTo("true");
  }

  @Test
  void EVENT_3_1_25_setSynchronizationPointResendsInitialized() {
    motion(true);
    String address = createPullPoint(topicFilter("tns1:VideoSource/MotionAlarm"));
    assertThat(messages(pull(address, "PT0S", 10))).hasSize(1);
    Answer sync = call(address, tev("SetSynchronizationPoint"));
    assertThat(sync.status()).as(sync.text()).isEqualTo(200);
    assertThat(sync.envelope().addressing().action())
        .isEqualTo(TEV + "/PullPointSubscription/SetSynchronizationPointResponse");
    List<XmlElement> again = messages(pull(address, "PT0S", 10));
    assertThat(again).hasSize(1);
    assertThat(again.get(0).attribute("PropertyOperation")).isEqualTo("Initialized");
    assertThat(item(again.get(0), "Data", "State")).isEqualTo("true");
  }

  @Test
  void mediaProfileChangesArePublished() {
    String address = createPullPoint(topicFilter("tns1:Media//."));
    MediaState.of(camera).createProfile(MediaApi.MEDIA1, "extra", "extra_1", List.of());
    MediaState.of(camera).deleteProfile(MediaApi.MEDIA1, "extra_1");
    Answer a = pull(address, "PT0S", 10);
    List<XmlElement> got = messages(a);
    assertThat(got).hasSize(2);
    assertThat(topicOf(a, 0)).isEqualTo("tns1:Media/ProfileChanged");
    assertThat(item(got.get(1), "Source", "Token")).isEqualTo("extra_1");
    assertThat(got.get(0).attribute("PropertyOperation")).isNull();
  }

  @Test
  void mediaConfigurationChangesArePublishedWithTokenAndType() {
    String address = createPullPoint(topicFilter("tns1:Media/ConfigurationChanged"));
    MediaState media = MediaState.of(camera);
    var source = media.model().videoSourceConfigurations().get(0);
    media.setVideoSourceConfiguration(source);
    Answer a = pull(address, "PT0S", 10);
    List<XmlElement> got = messages(a);
    assertThat(got).hasSize(1);
    assertThat(topicOf(a, 0)).isEqualTo("tns1:Media/ConfigurationChanged");
    assertThat(item(got.get(0), "Source", "Token")).isEqualTo(source.token());
    assertThat(item(got.get(0), "Source", "Type")).isEqualTo("VideoSource");
  }

  @Test
  void newSubscriptionsStartWithEveryPropertyInitialized() {
    Answer a = pull(createPullPoint(), "PT0S", 100);
    List<XmlElement> got = messages(a);
    // 15 simulated kinds (less the I/O ones this camera lacks) and 4 operating times.
    assertThat(got).hasSize(19);
    assertThat(got).extracting(m -> m.attribute("PropertyOperation")).containsOnly("Initialized");
  }

  private static List<String> topics(Answer a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < messages(a).size(); i++) {
      out.add(topicOf(a, i));
    }
    return out;
  }

  @Test
  void rebootDropsSubscriptionsAndReportsLastReboot() {
    String address = createPullPoint();
    camera.reboot(Duration.ZERO);
    while (!camera.isAvailable()) {
      Thread.onSpinWait();
    }
    assertFault(pull(address, "PT0S", 5), 400, "ResourceUnknownFault");
    String after = createPullPoint(topicFilter("tns1:Monitoring/OperatingTime/LastReboot"));
    List<XmlElement> reboot = messages(pull(after, "PT0S", 5));
    assertThat(reboot).hasSize(1);
    assertThat(item(reboot.get(0), "Data", "Status")).isEqualTo("2026-01-01T00:00:00Z");
  }
}
