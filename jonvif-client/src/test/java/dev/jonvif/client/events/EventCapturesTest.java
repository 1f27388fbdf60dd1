package dev.jonvif.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.Capture;
import dev.jonvif.testkit.Captures;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Real event captures (PullMessagesResponse, GetEventPropertiesResponse) from the shared collection
 * read into events and catalogues; each assertion names the device it comes from.
 */
class EventCapturesTest {

  private static XmlElement body(String relativePath) {
    return SoapEnvelope.parse(Captures.bytes(relativePath)).bodyElement();
  }

  private static int count(byte[] bytes, String needle) {
    String s = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @TestFactory
  Stream<DynamicTest> everyPullMessagesCaptureYieldsOneEventPerNotification() {
    List<Capture> captures = Captures.byRootElement("PullMessagesResponse");
    assertThat(captures).hasSizeGreaterThanOrEqualTo(8);
    return captures.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.relativePath(),
                    () -> {
                      List<OnvifEvent> events =
                          EventMessages.fromNotifications(body(c.relativePath()));
                      assertThat(events).hasSize(count(c.bytes(), "NotificationMessage>") / 2);
                      for (OnvifEvent e : events) {
                        assertThat(e.topic().namespace()).isEqualTo(Namespaces.TNS1);
                        assertThat(e.topic().path()).doesNotContain(":").doesNotContain(" ");
                        assertThat(e.utcTime()).isAfter(Instant.parse("2017-01-01T00:00:00Z"));
                      }
                    }));
  }

  @Test
  void dvcMotionCaptureIsMotionAndCellMotionTurningOn() {
    // DVC DCN-BM2220LPR, captured by 2BAD/onvif: two Changed messages in one answer.
    List<OnvifEvent> events =
        EventMessages.fromNotifications(
            body("2BAD__onvif/fixtures/live/dvc/dcn-bm2220lpr/events.PullMessagesMotion.xml"));
    assertThat(events)
        .extracting(OnvifEvent::kind)
        .containsExactly(SensorKind.MOTION, SensorKind.CELL_MOTION);
    OnvifEvent motion = events.get(0);
    assertThat(motion.topic()).isEqualTo(EventTopic.onvif("VideoSource/MotionAlarm"));
    assertThat(motion.utcTime()).isEqualTo(Instant.parse("2026-10-01T04:14:37.113Z"));
    assertThat(motion.operation()).isEqualTo(PropertyOperation.CHANGED);
    assertThat(motion.source()).containsEntry("Source", "VideoSource_token_1");
    assertThat(motion.sensor().active()).contains(true);
    assertThat(events.get(1).source())
        .containsOnlyKeys(
            "VideoSourceConfigurationToken", "VideoAnalyticsConfigurationToken", "Rule");
    assertThat(events.get(1).sensor().item()).isEqualTo("IsMotion");
  }

  @Test
  void ezvizMotionEndTurnsMotionOff() {
    // EZVIZ DS-2DE2C400IG-W-W (Hikvision-made), 2BAD/onvif.
    List<OnvifEvent> events =
        EventMessages.fromNotifications(
            body(
                "2BAD__onvif/fixtures/live/ezviz/ds-2de2c400ig-w-w/events.PullMessagesMotionEnd.xml"));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).kind()).isEqualTo(SensorKind.MOTION);
    assertThat(events.get(0).sensor().active()).contains(false);
  }

  @Test
  void pelcoInitialStatesIncludeElementItemsAndMonitoringTopics() {
    // Pelco D6230L fw 2.9.0.4: Concrete dialect, topics with trailing white space, ElementItem.
    List<OnvifEvent> events =
        EventMessages.fromNotifications(
            body("hawkeye64__onvif-nvt/test/data/xml/pelco/events/PullMessages.Response.xml"));
    assertThat(events).hasSize(10).allMatch(e -> e.operation() == PropertyOperation.INITIALIZED);
    OnvifEvent cpu = events.get(0);
    assertThat(cpu.kind()).isEqualTo(SensorKind.PROCESSOR_USAGE);
    assertThat(cpu.sensor().value()).isEqualTo("0.44");
    OnvifEvent link = events.get(1);
    assertThat(link.topic().path()).isEqualTo("Monitoring/LinkStatus");
    assertThat(link.kind()).isEqualTo(SensorKind.UNKNOWN);
    assertThat(link.elementItems().get("Link").childTextLenient("Speed")).isEqualTo("100");
    assertThat(events).extracting(OnvifEvent::kind).contains(SensorKind.LAST_REBOOT);
  }

  @Test
  void hikvisionStyleInitialBurstCoversImagingAndMonitoringKinds() {
    // gBillal/ex_onvif fixture (Hikvision namespaces declared): eight Initialized properties.
    List<OnvifEvent> events =
        EventMessages.fromNotifications(body("gBillal__ex_onvif/test/fixtures/pull_messages.xml"));
    assertThat(events)
        .extracting(OnvifEvent::kind)
        .containsExactlyInAnyOrder(
            SensorKind.LAST_CLOCK_SYNCHRONIZATION,
            SensorKind.LAST_REBOOT,
            SensorKind.LAST_RESET,
            SensorKind.CELL_MOTION,
            SensorKind.FIELD_DETECTION,
            SensorKind.TAMPER,
            SensorKind.IMAGE_TOO_DARK,
            SensorKind.MOTION);
  }

  @TestFactory
  Stream<DynamicTest> everyEventPropertiesCaptureYieldsACatalogue() {
    List<Capture> captures = Captures.byRootElement("GetEventPropertiesResponse");
    assertThat(captures).hasSizeGreaterThanOrEqualTo(6);
    return captures.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.relativePath(),
                    () -> {
                      TopicCatalog cat = TopicCatalog.fromResponse(body(c.relativePath()));
                      assertThat(cat.topics()).isNotEmpty();
                      assertThat(cat.topics())
                          .allSatisfy(t -> assertThat(t.topic().path()).doesNotContain(":"));
                    }));
  }

  @Test
  void hikvisionCatalogueDescribesMotionAndVendorDiskTopics() {
    // Hikvision DS-2DF7276-AEL fw V5.1.6.
    TopicCatalog cat =
        TopicCatalog.fromResponse(
            body(
                "hawkeye64__onvif-nvt/test/data/xml/hikvision/events/GetEventProperties.Response.xml"));
    TopicDescription motion = cat.find(EventTopic.onvif("VideoSource/MotionAlarm")).orElseThrow();
    assertThat(motion.property()).isTrue();
    assertThat(motion.source()).containsOnlyKeys("Source");
    assertThat(motion.data()).containsOnlyKeys("State");
    assertThat(motion.kind()).isEqualTo(SensorKind.MOTION);
    assertThat(cat.find(EventTopic.onvif("Device/Trigger/AlarmIn")).orElseThrow().kind())
        .isEqualTo(SensorKind.DIGITAL_INPUT);
    assertThat(
            cat.find(EventTopic.onvif("Device/HardwareFailure/HardDiskError")).orElseThrow().kind())
        .isEqualTo(SensorKind.STORAGE_FAILURE);
    assertThat(cat.fixedTopicSet()).isTrue();
  }

  @Test
  void axisCatalogueKnowsVendorMotionAndStorage() {
    // Axis Q6045-E fw 5.55.1.2: tnsaxis roots and unqualified children of tns1 roots.
    TopicCatalog cat =
        TopicCatalog.fromResponse(
            body("hawkeye64__onvif-nvt/test/data/xml/axis/events/GetEventProperties.Response.xml"));
    EventTopic vmd = EventTopic.onvif("VideoAnalytics/MotionDetection");
    assertThat(cat.find(vmd).orElseThrow().kind()).isEqualTo(SensorKind.MOTION);
    assertThat(
            cat.find(new EventTopic(Namespaces.AXIS_TOPICS, "Storage/Disruption"))
                .orElseThrow()
                .kind())
        .isEqualTo(SensorKind.STORAGE_FAILURE);
    assertThat(cat.below(EventTopic.onvif("Device"))).hasSizeGreaterThan(5);
  }
}
