package dev.jonvif.device.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Persona;
import dev.jonvif.device.media.MediaApi;
import dev.jonvif.device.media.MediaState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WS-BaseNotification (Subscribe, Notify push, Renew, Unsubscribe) over loopback. */
class BasicNotificationTest extends EventsTestSupport {

  private static final String BW = "http://docs.oasis-open.org/wsn/bw-2";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final NotifyPolicy FAST_RETRY =
      NotifyPolicy.DEFAULT
          .withMaxSubscriptions(2)
          .withQueueLimit(1000)
          .withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40));

  private final RecordingConsumer consumer = new RecordingConsumer();

  @BeforeEach
  void startServer() {
    start(new EventsModule(3, FAST_RETRY), Persona.generic("evcam"));
  }

  @AfterEach
  void stopConsumer() {
    consumer.close();
  }

  private void raise(String kind, boolean state) {
    events.simulate(camera, kind, Map.of("state", Boolean.toString(state)));
  }

  private static XmlElement consumerReference(String address, XmlElement... parameters) {
    XmlElement.Builder epr =
        XmlElement.builder(Namespaces.WSNT, "ConsumerReference")
            .child(Namespaces.WSA, "Address", address);
    if (parameters.length > 0) {
      epr.child(
          XmlElement.builder(Namespaces.WSA, "ReferenceParameters")
              .children(List.of(parameters))
              .build());
    }
    return epr.build();
  }

  private static XmlElement wsntFilter(String expression) {
    XmlElement tev = topicFilter(expression);
    return XmlElement.builder(Namespaces.WSNT, "Filter").children(tev.children()).build();
  }

  private Answer subscribe(XmlElement... children) {
    List<XmlElement> all = new ArrayList<>();
    all.add(consumerReference(consumer.address("/notify")));
    all.addAll(List.of(children));
    return call(service(), XmlElement.builder(Namespaces.WSNT, "Subscribe").children(all).build());
  }

  /** Subscribes; returns the subscription's address. */
  private String subscribed(XmlElement... children) {
    Answer a = subscribe(children);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.envelope().addressing().action())
        .isEqualTo(BW + "/NotificationProducer/SubscribeResponse");
    return a.body()
        .path(Namespaces.WSNT, "SubscriptionReference")
        .childText(Namespaces.WSA, "Address");
  }

  /** The tt:Message elements of the next Notify messages, until {@code count} arrived. */
  private List<XmlElement> received(int count) {
    List<XmlElement> out = new ArrayList<>();
    while (out.size() < count) {
      SoapEnvelope notify = consumer.next(WAIT);
      assertThat(notify).as("Notify %d of %d", out.size() + 1, count).isNotNull();
      for (XmlElement n : notify.bodyElement().children(Namespaces.WSNT, "NotificationMessage")) {
        out.add(n.path(Namespaces.WSNT, "Message").child(Namespaces.TT, "Message").orElseThrow());
      }
    }
    return out;
  }

  private static List<String> topics(SoapEnvelope notify) {
    return notify.bodyElement().children(Namespaces.WSNT, "NotificationMessage").stream()
        .map(n -> n.childText(Namespaces.WSNT, "Topic"))
        .toList();
  }

  @Test
  void EVENT_5_1_1_capabilitiesAdvertiseBasicNotificationAsConfigured() {
    XmlElement caps =
        call(service(), tev("GetServiceCapabilities"))
            .body()
            .childOrNull(Namespaces.TEV, "Capabilities");
    assertThat(caps.attribute("MaxNotificationProducers")).isEqualTo("2");
    assertThat(caps.attribute("WSSubscriptionPolicySupport")).isEqualTo("false");
  }

  @Test
  void EVENT_2_1_9_subscribeAnswersReferenceAndTimes() {
    Answer a = subscribe(XmlElement.of(Namespaces.WSNT, "InitialTerminationTime", "PT60S"));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.envelope().addressing().action())
        .isEqualTo(BW + "/NotificationProducer/SubscribeResponse");
    assertThat(a.body().childText(Namespaces.WSNT, "CurrentTime"))
        .isEqualTo("2026-01-01T00:00:00Z");
    assertThat(a.body().childText(Namespaces.WSNT, "TerminationTime"))
        .isEqualTo("2026-01-01T00:01:00Z");
    assertThat(subscribed())
        .startsWith(service() + "?subscription=")
        .isNotEqualTo(
            a.body()
                .path(Namespaces.WSNT, "SubscriptionReference")
                .childText(Namespaces.WSA, "Address"));
    assertThat(events.subscriptionCount(camera)).isEqualTo(2);
  }

  @Test
  void EVENT_2_1_17_notifyCarriesActionToAndReferenceParameters() {
    XmlElement param = XmlElement.of("urn:example:consumer", "Client", "c-42");
    call(
        service(),
        XmlElement.builder(Namespaces.WSNT, "Subscribe")
            .child(consumerReference(consumer.address("/notify/7"), param))
            .child(wsntFilter("tns1:VideoSource/MotionAlarm"))
            .build());
    SoapEnvelope notify = consumer.next(WAIT);
    assertThat(notify).isNotNull();
    assertThat(notify.addressing().action()).isEqualTo(BW + "/NotificationConsumer/Notify");
    assertThat(notify.addressing().to()).isEqualTo(consumer.address("/notify/7"));
    XmlElement echoed = notify.header("urn:example:consumer", "Client");
    assertThat(echoed.textTrim()).isEqualTo("c-42");
    assertThat(echoed.attribute(Namespaces.WSA, "IsReferenceParameter")).isEqualTo("true");
    XmlElement holder =
        notify.bodyElement().children(Namespaces.WSNT, "NotificationMessage").get(0);
    assertThat(
            holder
                .path(Namespaces.WSNT, "SubscriptionReference")
                .childText(Namespaces.WSA, "Address"))
        .startsWith(service() + "?subscription=");
    assertThat(topics(notify)).containsExactly("tns1:VideoSource/MotionAlarm");
  }

  @Test
  void EVENT_2_1_18_filteredMotionsArriveInOrderExactlyOnce() {
    subscribed(wsntFilter("tns1:VideoSource/MotionAlarm"));
    assertThat(received(1).get(0).attribute("PropertyOperation")).isEqualTo("Initialized");
    for (int i = 0; i < 10; i++) {
      raise("motion", i % 2 == 0);
    }
    List<XmlElement> got = received(10);
    assertThat(got)
        .extracting(m -> item(m, "Data", "State"))
        .containsExactly(
            "true", "false", "true", "false", "true", "false", "true", "false", "true", "false");
    assertThat(got).extracting(m -> m.attribute("PropertyOperation")).containsOnly("Changed");
    assertThat(consumer.next(Duration.ofMillis(200))).isNull();
  }

  @Test
  void EVENT_2_1_12_renewMovesTheTerminationTime() {
    String address = subscribed(XmlElement.of(Namespaces.WSNT, "InitialTerminationTime", "PT10S"));
    Answer renew =
        call(
            address,
            XmlElement.builder(Namespaces.WSNT, "Renew")
                .child(Namespaces.WSNT, "TerminationTime", "2026-01-01T00:05:00Z")
                .build());
    assertThat(renew.status()).as(renew.text()).isEqualTo(200);
    assertThat(renew.envelope().addressing().action())
        .isEqualTo(BW + "/SubscriptionManager/RenewResponse");
    assertThat(renew.body().childText(Namespaces.WSNT, "TerminationTime"))
        .isEqualTo("2026-01-01T00:05:00Z");
    clock.advance(Duration.ofMinutes(4));
    assertThat(events.subscriptionCount(camera)).isEqualTo(1);
  }

  @Test
  void EVENT_2_1_21_and_28_unsubscribeStopsDeliveryAndLaterRequestsFault() {
    String address = subscribed(wsntFilter("tns1:VideoSource/MotionAlarm"));
    received(1);
    Answer bye = call(address, XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build());
    assertThat(bye.status()).as(bye.text()).isEqualTo(200);
    assertThat(bye.envelope().addressing().action())
        .isEqualTo(BW + "/SubscriptionManager/UnsubscribeResponse");
    raise("motion", true);
    assertThat(consumer.next(Duration.ofMillis(300))).isNull();
    assertFault(
        call(
            address,
            XmlElement.builder(Namespaces.WSNT, "Renew")
                .child(Namespaces.WSNT, "TerminationTime", "PT60S")
                .build()),
        400,
        "ResourceUnknownFault");
  }

  @Test
  void EVENT_2_1_22_unsubscribingTwiceIsResourceUnknown() {
    String address = subscribed();
    call(address, XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build());
    assertFault(
        call(address, XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build()),
        400,
        "ResourceUnknownFault");
    assertThat(events.subscriptionCount(camera)).isZero();
  }

  @Test
  void EVENT_2_1_23_unknownTopicIsAnInvalidFilterFault() {
    assertFault(subscribe(wsntFilter("tns1:No/Such/Topic")), 400, "InvalidFilterFault");
  }

  @Test
  void EVENT_2_1_19_unsupportedMessageContentIsAnInvalidFilterFault() {
    XmlElement filter =
        XmlElement.builder(Namespaces.WSNT, "Filter")
            .child(
                XmlElement.builder(Namespaces.WSNT, "MessageContent")
                    .attribute(
                        "Dialect", "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter")
                    .text("boolean(//tt:Nonsense[")
                    .build())
            .build();
    assertFault(subscribe(filter), 400, "InvalidFilterFault");
  }

  @Test
  void EVENT_2_1_29_messageContentFilterSelectsBySimpleItem() {
    XmlElement filter =
        XmlElement.builder(Namespaces.WSNT, "Filter")
            .child(
                XmlElement.builder(Namespaces.WSNT, "MessageContent")
                    .attribute(
                        "Dialect", "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter")
                    .declareNamespace("tt", Namespaces.TT)
                    .text("boolean(//tt:SimpleItem[@Name=\"IsTamper\" and @Value=\"true\"])")
                    .build())
            .build();
    subscribed(filter);
    raise("tamper", false);
    raise("tamper", true);
    List<XmlElement> got = received(1);
    assertThat(item(got.get(0), "Data", "IsTamper")).isEqualTo("true");
  }

  @Test
  void EVENT_2_1_24_setSynchronizationPointResendsInitialized() {
    raise("motion", true);
    String address = subscribed(wsntFilter("tns1:VideoSource/MotionAlarm"));
    received(1);
    Answer sync = call(address, tev("SetSynchronizationPoint"));
    assertThat(sync.status()).as(sync.text()).isEqualTo(200);
    List<XmlElement> again = received(1);
    assertThat(again.get(0).attribute("PropertyOperation")).isEqualTo("Initialized");
    assertThat(item(again.get(0), "Data", "State")).isEqualTo("true");
  }

  @Test
  void EVENT_2_1_27_subtreeAndAlternativeFilter() {
    subscribed(wsntFilter("tns1:RuleEngine//.|tns1:Device/Trigger/Relay"));
    List<XmlElement> initial = received(5);
    assertThat(initial).hasSize(5);
    raise("motion", true);
    raise("relay", true);
    SoapEnvelope n = consumer.next(WAIT);
    assertThat(topics(n)).containsExactly("tns1:Device/Trigger/Relay");
  }

  @Test
  void EVENT_2_1_25_alternativeTopicsAreBothDelivered() {
    subscribed(wsntFilter("tns1:VideoSource/MotionAlarm|tns1:Device/Trigger/Relay"));
    received(2);
    raise("tamper", true);
    raise("motion", true);
    raise("relay", true);
    List<String> got = new ArrayList<>();
    while (got.size() < 2) {
      got.addAll(topics(consumer.next(WAIT)));
    }
    assertThat(got).containsExactly("tns1:VideoSource/MotionAlarm", "tns1:Device/Trigger/Relay");
  }

  @Test
  void EVENT_2_1_26_topicSubtreeSelectsItsDescendants() {
    subscribed(wsntFilter("tns1:RuleEngine//."));
    assertThat(received(4)).hasSize(4);
    raise("motion", true);
    raise("cell-motion", true);
    assertThat(topics(consumer.next(WAIT)))
        .containsExactly("tns1:RuleEngine/CellMotionDetector/Motion");
  }

  @Test
  void EVENT_4_1_8_topicPrefixesAreResolvedNotCompared() {
    XmlElement filter =
        XmlElement.builder(Namespaces.WSNT, "Filter")
            .child(
                XmlElement.builder(Namespaces.WSNT, "TopicExpression")
                    .attribute(
                        "Dialect", "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet")
                    .declareNamespace("camtopics", Namespaces.TNS1)
                    .text("camtopics:VideoSource/MotionAlarm")
                    .build())
            .build();
    subscribed(filter);
    assertThat(topics(consumer.next(WAIT))).containsExactly("tns1:VideoSource/MotionAlarm");
  }

  /** Subscribe requests written by hand, each binding the namespaces in another legal way. */
  @Test
  void EVENT_4_1_6_7_9_10_subscribeIsReadWhateverThePrefixes() {
    String wsnt = Namespaces.WSNT;
    String wsa = Namespaces.WSA;
    String address = consumer.address("/ns");
    List<String> bodies =
        List.of(
            // 4-1-6: a default namespace declared on each element
            "<Subscribe xmlns='"
                + wsnt
                + "'><ConsumerReference xmlns='"
                + wsnt
                + "'>"
                + "<Address xmlns='"
                + wsa
                + "'>"
                + address
                + "</Address></ConsumerReference>"
                + "<InitialTerminationTime xmlns='"
                + wsnt
                + "'>PT60S</InitialTerminationTime>"
                + "</Subscribe>",
            // 4-1-7: a default namespace declared once on the parent
            "<Subscribe xmlns='"
                + wsnt
                + "'><ConsumerReference>"
                + "<Address xmlns='"
                + wsa
                + "'>"
                + address
                + "</Address></ConsumerReference>"
                + "<InitialTerminationTime>PT60S</InitialTerminationTime></Subscribe>",
            // 4-1-9: different prefixes for the same namespace
            "<a:Subscribe xmlns:a='"
                + wsnt
                + "'><b:ConsumerReference xmlns:b='"
                + wsnt
                + "'>"
                + "<c:Address xmlns:c='"
                + wsa
                + "'>"
                + address
                + "</c:Address>"
                + "</b:ConsumerReference><d:InitialTerminationTime xmlns:d='"
                + wsnt
                + "'>"
                + "PT60S</d:InitialTerminationTime></a:Subscribe>",
            // 4-1-10: the same prefix bound to different namespaces
            "<x:Subscribe xmlns:x='"
                + wsnt
                + "'><x:ConsumerReference>"
                + "<x:Address xmlns:x='"
                + wsa
                + "'>"
                + address
                + "</x:Address>"
                + "</x:ConsumerReference><x:InitialTerminationTime>PT60S</x:InitialTerminationTime>"
                + "</x:Subscribe>");
    for (String body : bodies) {
      Answer a = callRaw(service(), body);
      assertThat(a.status()).as(body + "\n" + a.text()).isEqualTo(200);
      assertThat(a.body().childText(Namespaces.WSNT, "TerminationTime"))
          .isEqualTo("2026-01-01T00:01:00Z");
      String subscription =
          a.body()
              .path(Namespaces.WSNT, "SubscriptionReference")
              .childText(Namespaces.WSA, "Address");
      call(subscription, XmlElement.builder(Namespaces.WSNT, "Unsubscribe").build());
    }
    assertThat(events.subscriptionCount(camera)).isZero();
  }

  @Test
  void configurationChangesArePushed() {
    subscribed(wsntFilter("tns1:Media//."));
    MediaState.of(camera).createProfile(MediaApi.MEDIA1, "extra", "extra_1", List.of());
    SoapEnvelope n = consumer.next(WAIT);
    assertThat(topics(n)).containsExactly("tns1:Media/ProfileChanged");
  }

  @Test
  void subscriptionEndsWhenTheCameraClockPassesItsTermination() {
    subscribed(
        wsntFilter("tns1:VideoSource/MotionAlarm"),
        XmlElement.of(Namespaces.WSNT, "InitialTerminationTime", "PT30S"));
    received(1);
    clock.advance(Duration.ofSeconds(31));
    raise("motion", true);
    assertThat(consumer.next(Duration.ofMillis(300))).isNull();
    assertThat(events.subscriptionCount(camera)).isZero();
  }

  @Test
  void deadConsumerIsRetriedWithBackOffThenDropped() throws InterruptedException {
    consumer.answer(503);
    subscribed(wsntFilter("tns1:VideoSource/MotionAlarm"));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (events.subscriptionCount(camera) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(events.subscriptionCount(camera)).isZero();
    assertThat(consumer.posts()).isEqualTo(FAST_RETRY.attempts());
  }

  @Test
  void stalledConsumerKeepsOnlyTheNewestQueueLimitMessages() throws InterruptedException {
    stopServer();
    start(new EventsModule(3, FAST_RETRY.withQueueLimit(5)), Persona.generic("evcam"));
    consumer.hold();
    subscribed(wsntFilter("tns1:VideoSource/MotionAlarm"));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (consumer.posts() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    for (int i = 1; i <= 20; i++) {
      raise("motion", i % 2 == 1);
    }
    consumer.release();
    assertThat(received(1).get(0).attribute("PropertyOperation")).isEqualTo("Initialized");
    List<XmlElement> kept = received(5);
    assertThat(kept)
        .extracting(m -> item(m, "Data", "State"))
        .containsExactly("false", "true", "false", "true", "false");
    assertThat(consumer.next(Duration.ofMillis(200))).isNull();
  }

  @Test
  void maxSubscriptionsReachedIsSubscribeCreationFailed() {
    subscribed();
    subscribed();
    assertFault(subscribe(), 500, "SubscribeCreationFailedFault");
    assertThat(call(service(), tev("CreatePullPointSubscription")).status()).isEqualTo(200);
  }

  @Test
  void consumerMustBeAnHttpUrl() {
    Answer a =
        call(
            service(),
            XmlElement.builder(Namespaces.WSNT, "Subscribe")
                .child(consumerReference("file:///etc/passwd"))
                .build());
    assertFault(a, 400, "SubscribeCreationFailedFault");
  }

  @Test
  void pullMessagesOnAPushSubscriptionIsNotSupported() {
    String address = subscribed();
    assertThat(pull(address, "PT0S", 5).envelope().fault().subcodes())
        .extracting(QName::getLocalPart)
        .contains("ActionNotSupported");
  }

  @Test
  void rebootDropsNotificationSubscriptions() {
    subscribed();
    camera.reboot(Duration.ZERO);
    while (!camera.isAvailable()) {
      Thread.onSpinWait();
    }
    assertThat(events.subscriptionCount(camera)).isZero();
  }
}
