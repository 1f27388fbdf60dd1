package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.types.SystemDateTime;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeTest extends DeviceTestSupport {

  private final MutableClock clock = MutableClock.at("2026-03-29T00:30:00Z");

  @BeforeEach
  void startCamera() {
    start(Persona.generic("cam1"), DeviceServer.builder(), clock, StateStorage.inMemory());
  }

  private SystemDateTime get() {
    return SystemDateTime.fromElement(
        ok(anonymous(tds("GetSystemDateAndTime"))).childOrNull(TDS, "SystemDateAndTime"));
  }

  private static XmlElement set(String type, String tz, XmlElement utc) {
    XmlElement.Builder b =
        XmlElement.builder(TDS, "SetSystemDateAndTime")
            .child(TDS, "DateTimeType", type)
            .child(TDS, "DaylightSavings", true);
    if (tz != null) {
      b.child(XmlElement.builder(TDS, "TimeZone").child(TT, "TZ", tz).build());
    }
    if (utc != null) {
      b.child(utc);
    }
    return b.build();
  }

  private static XmlElement utc(int y, int mo, int d, int h, int mi, int s) {
    return XmlElement.builder(TDS, "UTCDateTime")
        .child(
            XmlElement.builder(TT, "Time")
                .child(TT, "Hour", h)
                .child(TT, "Minute", mi)
                .child(TT, "Second", s)
                .build())
        .child(
            XmlElement.builder(TT, "Date")
                .child(TT, "Year", y)
                .child(TT, "Month", mo)
                .child(TT, "Day", d)
                .build())
        .build();
  }

  @Test
  void DEVICE_3_1_1_reportsTheSimulatedClock() {
    SystemDateTime t = get();
    assertThat(t.utcInstant().instant()).contains(Instant.parse("2026-03-29T00:30:00Z"));
    assertThat(t.timeZone()).isEqualTo("UTC0");
  }

  @Test
  void DEVICE_3_1_11_manualTimeSetsTheCameraClockAndTheZoneGivesLocalTime() {
    ok(admin(set("Manual", "CET-1CEST,M3.5.0,M10.5.0/3", utc(2026, 3, 29, 3, 0, 0))));
    SystemDateTime t = get();
    assertThat(t.utcInstant().instant()).contains(Instant.parse("2026-03-29T03:00:00Z"));
    // 03:00 UTC on the last Sunday of March is after the 01:00 UTC switch: CEST, UTC+2.
    assertThat(t.localDateTime().hour()).isEqualTo(5);
    assertThat(camera.clock().instant()).isEqualTo(Instant.parse("2026-03-29T03:00:00Z"));
    clock.advance(Duration.ofMinutes(10));
    assertThat(get().utcInstant().instant()).contains(Instant.parse("2026-03-29T03:10:00Z"));
  }

  @Test
  void DEVICE_3_1_4_invalidTimeZoneIsRefusedAndNothingChanges() {
    fault(
        admin(set("Manual", "INVALIDTIMEZONE", null)),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidTimeZone");
    assertThat(get().timeZone()).isEqualTo("UTC0");
  }

  @Test
  void DEVICE_3_1_5_invalidDateIsRefused() {
    fault(
        admin(set("Manual", null, utc(2026, 13, 40, 25, 61, 61))),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidDateTime");
  }

  @Test
  void DEVICE_2_1_11_12_and_DEVICE_3_1_12_ntpNeedsAServerThenSynchronisesTheClock() {
    camera.setClockOffset(Duration.ofHours(3));
    fault(admin(set("NTP", null, null)), 400, "Sender", "InvalidArgVal", "NtpServerUndefined");
    ok(
        admin(
            tds(
                "SetNTP",
                el(TDS, "FromDHCP", false),
                XmlElement.builder(TDS, "NTPManual")
                    .child(TT, "Type", "IPv4")
                    .child(TT, "IPv4Address", "10.1.1.1")
                    .build())));
    ok(admin(set("NTP", null, null)));
    assertThat(get().dateTimeType().wireValue()).isEqualTo("NTP");
    assertThat(camera.clock().instant()).isEqualTo(clock.instant());
    XmlElement ntp = ok(admin(tds("GetNTP"))).childOrNull(TDS, "NTPInformation");
    assertThat(ntp.path(TT, "NTPManual", "IPv4Address").textTrim()).isEqualTo("10.1.1.1");
  }

  @Test
  void DEVICE_2_1_14_ntpFromDhcpReportsNoManualServers() {
    ok(
        admin(
            tds(
                "SetNTP",
                el(TDS, "FromDHCP", false),
                XmlElement.builder(TDS, "NTPManual")
                    .child(TT, "Type", "IPv4")
                    .child(TT, "IPv4Address", "10.1.1.1")
                    .build())));
    ok(admin(tds("SetNTP", el(TDS, "FromDHCP", true))));
    XmlElement ntp = ok(admin(tds("GetNTP"))).childOrNull(TDS, "NTPInformation");
    assertThat(ntp.childText(TT, "FromDHCP")).isEqualTo("true");
    assertThat(ntp.childOrNull(TT, "NTPManual")).isNull();
  }

  @Test
  void DEVICE_2_1_15_invalidNtpAddressIsRefused() {
    fault(
        admin(
            tds(
                "SetNTP",
                el(TDS, "FromDHCP", false),
                XmlElement.builder(TDS, "NTPManual")
                    .child(TT, "Type", "IPv4")
                    .child(TT, "IPv4Address", "10.1.1")
                    .build())),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidIPv4Address");
  }

  @Test
  void setSystemDateAndTimeNeedsAnAdministrator() {
    camera.updateDevice(
        d ->
            d.withUsers(
                java.util.List.of(
                    d.users().get(0), new User("op", "oppass1", UserLevel.OPERATOR, false))));
    fault(as("op", "oppass1", set("Manual", null, null)), 400, "Sender", "NotAuthorized");
  }
}
