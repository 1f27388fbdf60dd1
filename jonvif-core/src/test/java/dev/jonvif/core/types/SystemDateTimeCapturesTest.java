package dev.jonvif.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every GetSystemDateAndTimeResponse among the real camera captures in ../shared. */
class SystemDateTimeCapturesTest {

  private static final String RESPONSE = "GetSystemDateAndTimeResponse";

  /** 16 responses in the capture set as copied (see shared/onvif-reference/MANIFEST.tsv). */
  private static final int KNOWN_RESPONSES = 16;

  @TestFactory
  Stream<DynamicTest> everyCaptureReadsWithoutException() throws IOException {
    Path captures = SharedCaptures.dir();
    List<Path> files = responses(captures);
    assertThat(files).hasSizeGreaterThanOrEqualTo(KNOWN_RESPONSES);
    return files.stream()
        .map(
            f ->
                dynamicTest(
                    captures.relativize(f).toString(),
                    () -> {
                      SystemDateTime s = read(f);
                      assertThat(s.utcInstant().isKnown()).isTrue();
                      assertThat(s.clockOffset(Instant.EPOCH)).isPresent();
                      XmlElement written = s.toElement();
                      assertThat(
                              SystemDateTime.fromElement(
                                  OnvifDateTimeTest.parse(XmlWriter.toXml(written))))
                          .isEqualTo(s);
                    }));
  }

  /** Axis Q6045-E PTZ, firmware 5.55.1.2 (hawkeye64/onvif-nvt test data). */
  @Test
  void axisQ6045() {
    SystemDateTime s =
        capture("hawkeye64__onvif-nvt/test/data/xml/axis/core/GetSystemDateAndTime.Response.xml");
    assertThat(s.dateTimeType()).isEqualTo(SetDateTimeType.MANUAL);
    assertThat(s.daylightSavings()).isTrue();
    assertThat(s.timeZone()).isEqualTo("MST7MDT,M3.2.0,M11.1.0");
    assertThat(s.posixTimeZone().orElseThrow().standardOffset()).isEqualTo(ZoneOffset.ofHours(-7));
    assertThat(s.utcDateTime()).isEqualTo(new OnvifDateTime(2018, 2, 27, 23, 9, 59));
    assertThat(s.utcInstant().instant()).contains(Instant.parse("2018-02-27T23:09:59Z"));
    assertThat(s.localDateTime().toLocalDateTime())
        .contains(LocalDateTime.parse("2018-02-27T16:09:59"));
    assertThat(s.clockOffset(Instant.parse("2018-02-27T23:10:00Z")))
        .contains(Duration.ofSeconds(-1));
  }

  /** Model IPG-8150PSS PTZ, "ONVIF_IPNC", firmware 1.3.0-20210203CN-PT (easy_onvif test data). */
  @Test
  void ipg8150pssEastOfGreenwich() {
    SystemDateTime s =
        capture(
            "faithoflifedev__easy_onvif_workspace/packages/easy_onvif/test/xml/IPG-8150PSS/"
                + "device_management/GetSystemDateAndTimeResponse.xml");
    assertThat(s.daylightSavings()).isFalse();
    assertThat(s.timeZone()).isEqualTo("CST-08:00");
    assertThat(s.posixTimeZone().orElseThrow().standardOffset()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(s.utcInstant().instant()).contains(Instant.parse("2024-02-20T13:13:01Z"));
    assertThat(s.localDateTime()).isEqualTo(new OnvifDateTime(2024, 2, 20, 21, 13, 1));
  }

  /** SUNBA 405 PTZ (XiongMai XM530), TZ with a stray colon, local date a day behind UTC. */
  @Test
  void sunba405LocalDateIsTheDayBefore() {
    SystemDateTime s =
        capture(
            "faithoflifedev__easy_onvif_workspace/packages/easy_onvif/test/xml/SUNBA.405/"
                + "device_management/GetSystemDateAndTimeResponse.xml");
    assertThat(s.daylightSavings()).isTrue();
    assertThat(s.timeZone()).isEqualTo("CST6CDT:");
    PosixTimeZone tz = s.posixTimeZone().orElseThrow();
    assertThat(tz.standardOffset()).isEqualTo(ZoneOffset.ofHours(-6));
    assertThat(tz.daylightName()).isEqualTo("CDT");
    assertThat(s.utcInstant().instant()).contains(Instant.parse("2025-04-27T01:27:42Z"));
    assertThat(s.localDateTime()).isEqualTo(new OnvifDateTime(2025, 4, 26, 19, 27, 42));
  }

  /** Happytimesoft ONVIF server simulator 2.4: NTP, no LocalDateTime. */
  @Test
  void happytimesoftWithoutLocalTime() {
    SystemDateTime s =
        capture(
            "faithoflifedev__easy_onvif_workspace/packages/easy_onvif/test/xml/happytimesoft/"
                + "device_management/GetSystemDateAndTimeResponse.xml");
    assertThat(s)
        .isEqualTo(
            new SystemDateTime(
                SetDateTimeType.NTP,
                false,
                "UTC-5:00",
                new OnvifDateTime(2023, 3, 2, 19, 24, 42),
                null));
  }

  /**
   * Pelco (hawkeye64/onvif-nvt test data): no LocalDateTime, a vendor Extension that is skipped.
   */
  @Test
  void pelcoWithExtensionOnly() {
    SystemDateTime s =
        capture("hawkeye64__onvif-nvt/test/data/xml/pelco/core/GetSystemDateAndTime.Response.xml");
    assertThat(s.localDateTime()).isNull();
    assertThat(s.utcInstant().instant()).contains(Instant.parse("2018-02-27T18:10:11Z"));
  }

  private static SystemDateTime capture(String relative) {
    return read(SharedCaptures.dir().resolve(relative));
  }

  private static SystemDateTime read(Path file) {
    XmlElement response = SharedCaptures.findByLocalName(SharedCaptures.parse(file), RESPONSE);
    assertThat(response).as("%s in %s", RESPONSE, file).isNotNull();
    XmlElement body = response.childLenient(Namespaces.TDS, "SystemDateAndTime");
    assertThat(body).as("SystemDateAndTime in %s", file).isNotNull();
    return SystemDateTime.fromElement(body);
  }

  private static List<Path> responses(Path captures) throws IOException {
    try (Stream<Path> all = Files.walk(captures)) {
      return all.filter(Files::isRegularFile)
          .filter(SystemDateTimeCapturesTest::mentionsResponse)
          .sorted()
          .toList();
    }
  }

  private static boolean mentionsResponse(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(RESPONSE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
