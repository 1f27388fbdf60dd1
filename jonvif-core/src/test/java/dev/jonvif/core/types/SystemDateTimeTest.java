package dev.jonvif.core.types;

import static dev.jonvif.core.types.OnvifDateTimeTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystemDateTimeTest {

  private static final SystemDateTime PARIS =
      new SystemDateTime(
          SetDateTimeType.NTP,
          false,
          "CET-1CEST,M3.5.0,M10.5.0/3",
          new OnvifDateTime(2026, 1, 15, 10, 20, 30),
          new OnvifDateTime(2026, 1, 15, 11, 20, 30));

  @Test
  void writesTheSchemaSequence() {
    String xml = XmlWriter.toXml(PARIS.toElement());
    assertThat(xml)
        .startsWith("<tds:SystemDateAndTime ")
        .contains(
            "<tt:DateTimeType>NTP</tt:DateTimeType><tt:DaylightSavings>false</tt:DaylightSavings>"
                + "<tt:TimeZone><tt:TZ>CET-1CEST,M3.5.0,M10.5.0/3</tt:TZ></tt:TimeZone>"
                + "<tt:UTCDateTime><tt:Time><tt:Hour>10</tt:Hour>")
        .contains("</tt:UTCDateTime><tt:LocalDateTime><tt:Time><tt:Hour>11</tt:Hour>");
  }

  @Test
  void roundTripsThroughXml() {
    assertThat(SystemDateTime.fromElement(parse(XmlWriter.toXml(PARIS.toElement()))))
        .isEqualTo(PARIS);
    SystemDateTime bare = new SystemDateTime(SetDateTimeType.MANUAL, true, null, null, null);
    XmlElement e = bare.toElement(Namespaces.TT, "SystemDateTime");
    assertThat(e.children())
        .extracting(XmlElement::localName)
        .containsExactly("DateTimeType", "DaylightSavings");
    assertThat(SystemDateTime.fromElement(parse(XmlWriter.toXml(e)))).isEqualTo(bare);
  }

  @Test
  void readsLenientlyWhateverThePrefixOrNamespace() {
    SystemDateTime s =
        SystemDateTime.fromElement(
            parse(
                """
                <d:SystemDateAndTime xmlns:d="http://www.onvif.org/ver10/device/wsdl"
                    xmlns:s="http://www.onvif.org/ver10/schema">
                  <s:DateTimeType> ntp </s:DateTimeType>
                  <d:DaylightSavings>TRUE</d:DaylightSavings>
                  <TimeZone><TZ> CST-8 </TZ></TimeZone>
                  <d:UTCDateTime>
                    <s:Date><s:Year>2024</s:Year><s:Month>2</s:Month><s:Day>20</s:Day></s:Date>
                    <s:Time><s:Hour>13</s:Hour><s:Minute>13</s:Minute><s:Second>1</s:Second></s:Time>
                  </d:UTCDateTime>
                  <s:Extension><s:Region>:America/Edmonton</s:Region></s:Extension>
                </d:SystemDateAndTime>"""));
    assertThat(s)
        .isEqualTo(
            new SystemDateTime(
                SetDateTimeType.NTP,
                true,
                "CST-8",
                new OnvifDateTime(2024, 2, 20, 13, 13, 1),
                null));
  }

  @ParameterizedTest(name = "DateTimeType \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Manual | MANUAL",
        "NTP | NTP",
        "ntp | NTP",
        "MANUAL | MANUAL",
        "GPS | MANUAL",
        "'' | MANUAL"
      })
  void unknownDateTimeTypesReadAsManual(String wire, SetDateTimeType expected) {
    SystemDateTime s =
        SystemDateTime.fromElement(
            XmlElement.builder(Namespaces.TDS, "SystemDateAndTime")
                .child(Namespaces.TT, "DateTimeType", wire)
                .build());
    assertThat(s.dateTimeType()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "DaylightSavings \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "true | true",
        "1 | true",
        " True | true",
        "false | false",
        "0 | false",
        "yes | false",
        "'' | false"
      })
  void readsDaylightSavingsAsXsBoolean(String wire, boolean expected) {
    SystemDateTime s =
        SystemDateTime.fromElement(
            XmlElement.builder(Namespaces.TDS, "SystemDateAndTime")
                .child(Namespaces.TT, "DaylightSavings", wire)
                .build());
    assertThat(s.daylightSavings()).isEqualTo(expected);
  }

  @Test
  void anEmptyElementReadsWithDefaults() {
    SystemDateTime s =
        SystemDateTime.fromElement(
            parse("<SystemDateAndTime><TimeZone><TZ>  </TZ></TimeZone></SystemDateAndTime>"));
    assertThat(s).isEqualTo(new SystemDateTime(SetDateTimeType.MANUAL, false, null, null, null));
    assertThat(s.utcInstant()).isEqualTo(new DateTimeValue.Unknown("", "no UTCDateTime"));
    assertThat(s.clockOffset(Instant.EPOCH)).isEmpty();
    assertThat(s.posixTimeZone()).isEmpty();
  }

  @ParameterizedTest(name = "device {0}, local {1} -> {2}")
  @CsvSource({
    "2026-01-15T10:20:30Z, 2026-01-15T10:20:00Z, PT30S",
    "2026-01-15T10:20:30Z, 2026-01-15T10:20:30.750Z, PT-0.75S",
    "2026-01-15T10:20:30Z, 2026-01-15T13:20:30Z, PT-3H",
    "1970-01-01T00:00:00Z, 2026-01-15T10:20:30Z, PT-491242H-20M-30S",
  })
  void clockOffsetIsDeviceMinusLocal(String device, String local, String expected) {
    SystemDateTime s =
        new SystemDateTime(
            SetDateTimeType.MANUAL, false, null, OnvifDateTime.ofUtc(Instant.parse(device)), null);
    Duration offset = s.clockOffset(Instant.parse(local)).orElseThrow();
    assertThat(offset).isEqualTo(Duration.parse(expected));
    assertThat(Instant.parse(local).plus(offset)).isEqualTo(Instant.parse(device));
  }

  @Test
  void clockOffsetUsesTheCarriedUtcTime() {
    SystemDateTime s =
        new SystemDateTime(
            SetDateTimeType.MANUAL, false, null, new OnvifDateTime(2026, 1, 15, 23, 59, 60), null);
    assertThat(s.clockOffset(Instant.parse("2026-01-16T00:00:00Z"))).contains(Duration.ZERO);
  }

  @Test
  void clockOffsetIsEmptyWhenTheUtcTimeIsBroken() {
    SystemDateTime s =
        new SystemDateTime(
            SetDateTimeType.MANUAL, false, null, new OnvifDateTime(0, 0, 0, 0, 0, 0), null);
    assertThat(s.utcInstant().isKnown()).isFalse();
    assertThat(s.clockOffset(Instant.EPOCH)).isEmpty();
  }

  @Test
  void exposesTheStandardOffsetOfThePosixTimeZone() {
    assertThat(PARIS.posixTimeZone().orElseThrow().standardOffset())
        .isEqualTo(ZoneOffset.ofHours(1));
  }

  @Test
  void requiresADateTimeType() {
    assertThatThrownBy(() -> new SystemDateTime(null, false, null, null, null))
        .isInstanceOf(NullPointerException.class);
  }
}
