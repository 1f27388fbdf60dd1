package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TEV;
import static dev.jonvif.core.Namespaces.TT;
import static dev.jonvif.core.Namespaces.WSA;
import static dev.jonvif.core.Namespaces.WSNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DEVICE-9-1-x: the monitoring events the camera advertises in GetEventProperties arrive through a
 * pull point, as Initialized on subscription and as Changed when the thing they report happens.
 */
class MonitoringEventsTest extends DeviceTestSupport {

  private static final String DIALECT =
      "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet";

  @BeforeEach
  void startCamera() {
    start(
        FullCamera.persona("mon1"),
        FullCamera.builder(),
        java.time.Clock.systemUTC(),
        StateStorage.inMemory());
  }

  private SoapClient.Answer call(String url, XmlElement body) {
    SoapEnvelope env =
        SoapEnvelope.of(body)
            .withHeader(token(ADMIN, ADMIN_PASSWORD))
            .withAddressing(
                new Addressing(null, "urn:uuid:" + UUID.randomUUID(), url, null, null), WSA);
    return post(url.substring(base.length()), env);
  }

  /** Subscribes with a topic filter; returns the pull point's address. */
  private String subscribe(String topic) {
    XmlElement filter =
        XmlElement.builder(TEV, "Filter")
            .child(
                XmlElement.builder(WSNT, "TopicExpression")
                    .attribute("Dialect", DIALECT)
                    .declareNamespace("tns1", dev.jonvif.core.Namespaces.TNS1)
                    .text(topic)
                    .build())
            .build();
    XmlElement r =
        ok(
            call(
                base + "/onvif/events_service",
                XmlElement.builder(TEV, "CreatePullPointSubscription").child(filter).build()));
    return r.path(TEV, "SubscriptionReference").childText(WSA, "Address");
  }

  /** Pulls until {@code count} messages arrived (or 5 s passed); returns their tt:Message. */
  private List<XmlElement> pull(String address, int count) {
    List<XmlElement> out = new ArrayList<>();
    for (int i = 0; i < 5 && out.size() < count; i++) {
      XmlElement r =
          ok(
              call(
                  address,
                  XmlElement.builder(TEV, "PullMessages")
                      .child(TEV, "Timeout", "PT1S")
                      .child(TEV, "MessageLimit", "10")
                      .build()));
      for (XmlElement n : r.children(WSNT, "NotificationMessage")) {
        out.add(n.path(WSNT, "Message").child(TT, "Message").orElseThrow());
      }
    }
    return out;
  }

  private void unsubscribe(String address) {
    ok(call(address, XmlElement.builder(WSNT, "Unsubscribe").build()));
  }

  private List<String> advertisedTopics() {
    XmlElement r =
        ok(call(base + "/onvif/events_service", XmlElement.of(TEV, "GetEventProperties", "")));
    List<String> out = new ArrayList<>();
    XmlElement set = r.childOrNull(dev.jonvif.core.Namespaces.WSTOP, "TopicSet");
    collect(set, "", out);
    return out;
  }

  private static void collect(XmlElement node, String path, List<String> out) {
    for (XmlElement c : node.children()) {
      String p = path.isEmpty() ? c.localName() : path + "/" + c.localName();
      if ("true".equals(c.attribute(dev.jonvif.core.Namespaces.WSTOP, "topic"))) {
        out.add(p);
      }
      collect(c, p, out);
    }
  }

  private static String status(XmlElement message) {
    for (XmlElement s : message.path(TT, "Data").children(TT, "SimpleItem")) {
      return s.attribute("Value");
    }
    return null;
  }

  private void initializedOnSubscription(String topic) {
    assertThat(advertisedTopics()).contains(topic);
    String address = subscribe("tns1:" + topic);
    List<XmlElement> got = pull(address, 1);
    assertThat(got).isNotEmpty();
    assertThat(got.get(0).attribute("PropertyOperation")).isEqualTo("Initialized");
    assertThat(status(got.get(0))).isNotBlank();
    unsubscribe(address);
  }

  @Test
  void DEVICE_9_1_1_processorUsage() {
    initializedOnSubscription("Monitoring/ProcessorUsage");
  }

  @Test
  void DEVICE_9_1_2_lastResetAndItsChangeOnFactoryDefault() {
    initializedOnSubscription("Monitoring/OperatingTime/LastReset");
    String address = subscribe("tns1:Monitoring/OperatingTime/LastReset");
    pull(address, 1);
    camera.factoryDefault(false);
    List<XmlElement> got = pull(address, 1);
    assertThat(got).extracting(m -> m.attribute("PropertyOperation")).contains("Changed");
  }

  @Test
  void DEVICE_9_1_4_lastReboot() {
    initializedOnSubscription("Monitoring/OperatingTime/LastReboot");
  }

  @Test
  void DEVICE_9_1_5_6_and_7_lastClockSynchronizationChangesWhenTheClockIsSet() {
    initializedOnSubscription("Monitoring/OperatingTime/LastClockSynchronization");
    String address = subscribe("tns1:Monitoring/OperatingTime/LastClockSynchronization");
    String before = status(pull(address, 1).get(0));
    // A jump of a minute: far enough to see, near enough not to expire the subscription.
    java.time.ZonedDateTime t =
        camera
            .clock()
            .instant()
            .plusSeconds(60)
            .atZone(java.time.ZoneOffset.UTC)
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    ok(
        admin(
            tds(
                "SetSystemDateAndTime",
                el(TDS, "DateTimeType", "Manual"),
                el(TDS, "DaylightSavings", false),
                XmlElement.builder(TDS, "UTCDateTime")
                    .child(
                        XmlElement.builder(TT, "Time")
                            .child(TT, "Hour", t.getHour())
                            .child(TT, "Minute", t.getMinute())
                            .child(TT, "Second", t.getSecond())
                            .build())
                    .child(
                        XmlElement.builder(TT, "Date")
                            .child(TT, "Year", t.getYear())
                            .child(TT, "Month", t.getMonthValue())
                            .child(TT, "Day", t.getDayOfMonth())
                            .build())
                    .build())));
    List<XmlElement> got = pull(address, 1);
    assertThat(got).hasSize(1);
    assertThat(got.get(0).attribute("PropertyOperation")).isEqualTo("Changed");
    assertThat(status(got.get(0))).isNotEqualTo(before);
    // DEVICE-9-1-7: an NTP synchronisation is a clock synchronisation too.
    ok(
        admin(
            tds(
                "SetNTP",
                el(TDS, "FromDHCP", false),
                XmlElement.builder(TDS, "NTPManual")
                    .child(TT, "Type", "IPv4")
                    .child(TT, "IPv4Address", "10.1.1.1")
                    .build())));
    ok(
        admin(
            tds(
                "SetSystemDateAndTime",
                el(TDS, "DateTimeType", "NTP"),
                el(TDS, "DaylightSavings", false))));
    assertThat(pull(address, 1))
        .extracting(m -> m.attribute("PropertyOperation"))
        .contains("Changed");
    unsubscribe(address);
  }

  @Test
  void DEVICE_9_1_8_lastBackup() {
    initializedOnSubscription("Monitoring/OperatingTime/LastBackup");
  }

  @Test
  void DEVICE_9_1_11_storageFailure() {
    initializedOnSubscription("Device/HardwareFailure/StorageFailure");
  }

  @Test
  void DEVICE_9_1_9_10_and_12_hardwareFailuresTheCameraCannotHaveAreNotAdvertised() {
    assertThat(advertisedTopics())
        .doesNotContain(
            "Device/HardwareFailure/FanFailure",
            "Device/HardwareFailure/PowerSupplyFailure",
            "Device/HardwareFailure/TemperatureCritical");
  }
}
