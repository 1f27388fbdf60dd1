package dev.jonvif.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnvifDateTimeTest {

  @ParameterizedTest(name = "{0}-{1}-{2} {3}:{4}:{5} -> {6}")
  @CsvSource({
    "2018, 2, 27, 23,  9, 59, 2018-02-27T23:09:59Z",
    "1970, 1,  1,  0,  0,  0, 1970-01-01T00:00:00Z",
    "2024, 2, 29, 12,  0,  0, 2024-02-29T12:00:00Z",
    // time of day past its range is carried
    "2026, 1, 15, 10, 20, 60, 2026-01-15T10:21:00Z",
    "2026, 1, 15, 10, 20, 61, 2026-01-15T10:21:01Z",
    "2026, 1, 15, 10, 60,  0, 2026-01-15T11:00:00Z",
    "2026, 1, 15, 24,  0,  0, 2026-01-16T00:00:00Z",
    "2026,12, 31, 23, 59, 60, 2027-01-01T00:00:00Z",
    "2026,12, 31, 24, 60, 61, 2027-01-01T01:01:01Z",
    "2024, 2, 28, 24,  0,  0, 2024-02-29T00:00:00Z",
  })
  void readsFieldsAsUtc(int y, int mo, int d, int h, int mi, int s, String expected) {
    OnvifDateTime t = new OnvifDateTime(y, mo, d, h, mi, s);
    assertThat(t.toInstant()).isEqualTo(DateTimeValue.of(Instant.parse(expected)));
    assertThat(t.toLocalDateTime())
        .contains(LocalDateTime.ofInstant(Instant.parse(expected), java.time.ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "{0}-{1}-{2} {3}:{4}:{5} -> {6}")
  @CsvSource(
      delimiter = '|',
      value = {
        "   0 |  0 |  0 |  0 |  0 |  0 | year 0 out of range",
        "2024 | 13 |  1 |  0 |  0 |  0 | month 13 out of range",
        "2024 |  0 |  1 |  0 |  0 |  0 | month 0 out of range",
        "2024 |  1 |  0 |  0 |  0 |  0 | day 0 out of range",
        "2023 |  2 | 29 |  0 |  0 |  0 | day 29 out of range",
        "2024 |  4 | 31 |  0 |  0 |  0 | day 31 out of range",
        "2024 |  1 |  1 | 25 |  0 |  0 | hour 25 out of range",
        "2024 |  1 |  1 |  0 | 61 |  0 | minute 61 out of range",
        "2024 |  1 |  1 |  0 |  0 | 62 | second 62 out of range",
        "2024 |  1 |  1 | -1 |  0 |  0 | hour -1 out of range",
        "10000|  1 |  1 |  0 |  0 |  0 | year 10000 out of range",
        "2147483647 | 2147483647 | 2147483647 | 2147483647 | 2147483647 | 2147483647"
            + " | year 2147483647 out of range",
      })
  void outOfRangeCalendarFieldsAreUnknown(
      int y, int mo, int d, int h, int mi, int s, String reason) {
    OnvifDateTime t = new OnvifDateTime(y, mo, d, h, mi, s);
    assertThat(t.toInstant()).isEqualTo(new DateTimeValue.Unknown(t.toString(), reason));
    assertThat(t.toLocalDateTime()).isEmpty();
  }

  @Test
  void largeTimeFieldsDoNotOverflow() {
    OnvifDateTime t = new OnvifDateTime(2024, 1, 1, Integer.MAX_VALUE, Integer.MAX_VALUE, 0);
    assertThat(t.toInstant().isKnown()).isFalse();
  }

  @Test
  void readsFromElementWhateverThePrefix() {
    OnvifDateTime t =
        OnvifDateTime.fromElement(
            parse(
                """
                <x:UTCDateTime xmlns:x="http://www.onvif.org/ver10/schema">
                  <x:Time><x:Hour>23</x:Hour><x:Minute>9</x:Minute><x:Second>59</x:Second></x:Time>
                  <x:Date><x:Year>2018</x:Year><x:Month>2</x:Month><x:Day>27</x:Day></x:Date>
                </x:UTCDateTime>"""));
    assertThat(t).isEqualTo(new OnvifDateTime(2018, 2, 27, 23, 9, 59));
  }

  @Test
  void readsDateBeforeTimeAndPaddedNumbers() {
    OnvifDateTime t =
        OnvifDateTime.fromElement(
            parse(
                """
                <tt:UTCDateTime xmlns:tt="http://www.onvif.org/ver10/schema">
                  <tt:Date><tt:Year> 2018 </tt:Year><tt:Month>02</tt:Month><tt:Day>
                  27</tt:Day></tt:Date>
                  <tt:Time><tt:Hour>+23</tt:Hour><tt:Minute>09</tt:Minute><tt:Second>59</tt:Second></tt:Time>
                </tt:UTCDateTime>"""));
    assertThat(t).isEqualTo(new OnvifDateTime(2018, 2, 27, 23, 9, 59));
  }

  @Test
  void readsChildrenInTheWrongNamespaceByLocalName() {
    OnvifDateTime t =
        OnvifDateTime.fromElement(
            parse(
                """
                <tds:UTCDateTime xmlns:tds="http://www.onvif.org/ver10/device/wsdl">
                  <tds:Time><Hour>1</Hour><Minute>2</Minute><Second>3</Second></tds:Time>
                  <tds:Date><Year>2020</Year><Month>4</Month><Day>5</Day></tds:Date>
                </tds:UTCDateTime>"""));
    assertThat(t).isEqualTo(new OnvifDateTime(2020, 4, 5, 1, 2, 3));
  }

  @Test
  void missingOrNonIntegerFieldsAreAbsentAndMakeTheValueUnknown() {
    OnvifDateTime t =
        OnvifDateTime.fromElement(
            parse(
                """
                <tt:UTCDateTime xmlns:tt="http://www.onvif.org/ver10/schema">
                  <tt:Date><tt:Year>2018</tt:Year><tt:Month>two</tt:Month><tt:Day>2.5</tt:Day></tt:Date>
                  <tt:Time><tt:Hour></tt:Hour><tt:Minute>99999999999</tt:Minute></tt:Time>
                </tt:UTCDateTime>"""));
    int absent = OnvifDateTime.ABSENT;
    assertThat(t).isEqualTo(new OnvifDateTime(2018, absent, absent, absent, absent, absent));
    assertThat(t.toInstant().isKnown()).isFalse();
  }

  @Test
  void anEmptyElementIsAllAbsent() {
    OnvifDateTime t = OnvifDateTime.fromElement(XmlElement.builder(Namespaces.TT, "X").build());
    assertThat(t).isEqualTo(new OnvifDateTime(-1, -1, -1, -1, -1, -1));
    assertThat(t.toInstant()).isInstanceOf(DateTimeValue.Unknown.class);
  }

  @Test
  void writesTimeThenDateInTheOnvifNamespaceAsTheSchemaOrdersThem() {
    XmlElement e =
        new OnvifDateTime(2026, 1, 15, 10, 20, 30).toElement(Namespaces.TT, "UTCDateTime");
    assertThat(XmlWriter.toXml(e))
        .isEqualTo(
            "<tt:UTCDateTime xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
                + "<tt:Time><tt:Hour>10</tt:Hour><tt:Minute>20</tt:Minute><tt:Second>30</tt:Second>"
                + "</tt:Time><tt:Date><tt:Year>2026</tt:Year><tt:Month>1</tt:Month>"
                + "<tt:Day>15</tt:Day></tt:Date></tt:UTCDateTime>");
  }

  @Test
  void roundTripsThroughXml() {
    OnvifDateTime t = new OnvifDateTime(2026, 12, 31, 23, 59, 60);
    XmlElement back = parse(XmlWriter.toXml(t.toElement(Namespaces.TDS, "UTCDateTime")));
    assertThat(OnvifDateTime.fromElement(back)).isEqualTo(t);
  }

  @Test
  void buildsFromInstantAndLocalDateTime() {
    assertThat(OnvifDateTime.ofUtc(Instant.parse("2026-01-15T10:20:30.999Z")))
        .isEqualTo(new OnvifDateTime(2026, 1, 15, 10, 20, 30));
    assertThat(OnvifDateTime.of(LocalDateTime.of(2026, 1, 15, 11, 20, 30)))
        .isEqualTo(new OnvifDateTime(2026, 1, 15, 11, 20, 30));
  }

  @Test
  void printsFieldsReadably() {
    assertThat(new OnvifDateTime(2024, 13, 1, 0, 0, 5)).hasToString("2024-13-01 00:00:05");
  }

  static XmlElement parse(String xml) {
    return XmlParser.parse(xml.getBytes(StandardCharsets.UTF_8));
  }
}
