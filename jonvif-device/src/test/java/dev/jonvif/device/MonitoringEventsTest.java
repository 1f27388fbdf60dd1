package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TEV;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DEVICE-9-1-x: the monitoring events the camera advertises in GetEventProperties arrive through a
 * pull point, as Initialized on subscription and as Changed when the thing they report happens.
 */
class MonitoringEventsTest extends DeviceTestSupport {

  @BeforeEach
  void startCamera() {
    start(
        FullCamera.persona("mon1"),
        FullCamera.builder(),
        java.time.Clock.systemUTC(),
        StateStorage.inMemory());
  }

  private SoapClient.Answer call(String url, XmlElement body) {
    return PullPointProbe.call(this, url, body);
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
    PullPointProbe probe = new PullPointProbe(this, "tns1:" + topic);
    List<XmlElement> got = probe.pull(1);
    assertThat(got).isNotEmpty();
    assertThat(got.get(0).attribute("PropertyOperation")).isEqualTo("Initialized");
    assertThat(status(got.get(0))).isNotBlank();
    probe.unsubscribe();
  }

  @Test
  void DEVICE_9_1_1_processorUsage() {
    initializedOnSubscription("Monitoring/ProcessorUsage");
  }

  @Test
  void DEVICE_9_1_2_lastResetAndItsChangeOnFactoryDefault() {
    initializedOnSubscription("Monitoring/OperatingTime/LastReset");
    PullPointProbe probe = new PullPointProbe(this, "tns1:Monitoring/OperatingTime/LastReset");
    probe.pull(1);
    camera.factoryDefault(false);
    List<XmlElement> got = probe.pull(1);
    assertThat(got).extracting(m -> m.attribute("PropertyOperation")).contains("Changed");
  }

  @Test
  void DEVICE_9_1_4_lastReboot() {
    initializedOnSubscription("Monitoring/OperatingTime/LastReboot");
  }

  @Test
  void DEVICE_9_1_5_6_and_7_lastClockSynchronizationChangesWhenTheClockIsSet() {
    initializedOnSubscription("Monitoring/OperatingTime/LastClockSynchronization");
    PullPointProbe probe =
        new PullPointProbe(this, "tns1:Monitoring/OperatingTime/LastClockSynchronization");
    String before = status(probe.pull(1).get(0));
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
    List<XmlElement> got = probe.pull(1);
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
    assertThat(probe.pull(1)).extracting(m -> m.attribute("PropertyOperation")).contains("Changed");
    probe.unsubscribe();
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
