package dev.jonvif.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XsDurationTest {

  /** Expected values are written in java.time's own ISO-8601 syntax, an independent oracle. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PT60S              | PT60S",
        "PT1M30S            | PT1M30S",
        "P1D                | PT24H",
        "PT0.5S             | PT0.5S",
        "-PT5S              | PT-5S",
        "P1DT2H             | PT26H",
        "PT0S               | PT0S",
        "PT1M               | PT1M",
        "PT1H               | PT1H",
        "PT36H              | PT36H",
        "P2D                | PT48H",
        "PT0H5M0S           | PT5M",
        "PT0H0M1S           | PT1S",
        "PT0.1S             | PT0.1S",
        "PT3600000S         | PT1000H",
        "PT1093754.348S     | PT1093754.348S",
        "P0Y0M0DT0H0M10S    | PT10S",
        "P0D                | PT0S",
        "PT0.000000001S     | PT0.000000001S",
        "PT1.123456789S     | PT1.123456789S",
        "PT1.1234567899S    | PT1.123456789S",
        "-PT0.0000000005S   | PT0S",
        "-P1DT1.5S          | PT-24H-1.5S",
        "PT1.S              | PT1S",
        "PT.5S              | PT0.5S",
        "PT2147S            | PT35M47S",
      })
  void parsesSchemaDurations(String text, String expected) {
    assertThat(XsDuration.parse(text)).isEqualTo(Duration.parse(expected));
  }

  @Test
  void ignoresSurroundingWhiteSpace() {
    assertThat(XsDuration.parse(" \n\tPT5S \r\n")).isEqualTo(Duration.ofSeconds(5));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        " ",
        "P",
        "-P",
        "PT",
        "P1DT",
        "5S",
        "PT5",
        "PT-5S",
        "+PT5S",
        "--PT5S",
        "PT5S PT5S",
        "P1H",
        "P1S",
        "PTS",
        "PT1.5M",
        "P1.5D",
        "PT5M1H",
        "P1DT2H3M4S5",
        "pt5s",
        "PT5s",
        "P٣D",
        "PT1,5S",
        "60",
        "PT60SZ",
      })
  void rejectsWhatIsNotADuration(String text) {
    assertThatThrownBy(() -> XsDuration.parse(text))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageStartingWith("not an xs:duration: \"" + text.strip());
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> XsDuration.parse(null))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessage("missing xs:duration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1Y", "P1M", "P1Y2M3DT4H", "-P0Y1M"})
  void rejectsYearsAndMonthsWithAClearReason(String text) {
    assertThatThrownBy(() -> XsDuration.parse(text))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining(text)
        .hasMessageContaining("years and months have no fixed length");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PT9223372036854775808S",
        "P106751991167301D",
        "PT99999999999999999999999999999999999999H",
        "-PT9223372036854775809S"
      })
  void rejectsDurationsTooLargeForJava(String text) {
    assertThatThrownBy(() -> XsDuration.parse(text))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void acceptsTheLargestAndSmallestJavaDurations() {
    assertThat(XsDuration.parse("PT9223372036854775807.999999999S")).isEqualTo(maxDuration());
    assertThat(XsDuration.parse("-PT9223372036854775808S"))
        .isEqualTo(Duration.ofSeconds(Long.MIN_VALUE));
  }

  @Test
  void truncatesLongInputInTheMessage() {
    String text = "PT" + "1".repeat(300) + "X";
    assertThatThrownBy(() -> XsDuration.parse(text))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("PT" + "1".repeat(62) + "…")
        .hasMessageNotContaining("1".repeat(63));
  }

  @Test
  void hidesControlCharactersInTheMessage() {
    assertThatThrownBy(() -> XsDuration.parse("PT5S\u001b[31m"))
        .hasMessageContaining("\"PT5S?[31m\"");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pt60s               | PT60S",
        "p1dt2h              | PT26H",
        "-pt0.5s             | PT-0.5S",
        "P1Y                 | PT8760H",
        "P1M                 | PT720H",
        "p1y2m3dt4h5m6.5s    | PT10276H5M6.5S",
        "PT60S               | PT60S",
      })
  void lenientParsingAcceptsLowerCaseAndMapsYearsAndMonths(String text, String expected) {
    assertThat(XsDuration.parseLenient(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "garbage", "P", "60", "ptſ"})
  void lenientParsingStillRejectsGarbage(String text) {
    assertThatThrownBy(() -> XsDuration.parseLenient(text))
        .isInstanceOf(MalformedMessageException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PT0S              | PT0S",
        "PT60S             | PT1M",
        "PT90S             | PT1M30S",
        "PT0.5S            | PT0.5S",
        "PT26H             | P1DT2H",
        "PT24H             | P1D",
        "PT-5S             | -PT5S",
        "PT-0.5S           | -PT0.5S",
        "PT-1.5S           | -PT1.5S",
        "PT1H              | PT1H",
        "PT1H0.001S        | PT1H0.001S",
        "PT0.000000001S    | PT0.000000001S",
        "PT0.12S           | PT0.12S",
        "PT49H1M           | P2DT1H1M",
        "PT-24H-0.000000001S | -P1DT0.000000001S",
      })
  void formatsInCanonicalMinimalForm(String iso, String expected) {
    assertThat(XsDuration.format(Duration.parse(iso))).isEqualTo(expected);
  }

  @Test
  void formatsTheExtremes() {
    assertThat(XsDuration.format(maxDuration())).isEqualTo("P106751991167300DT15H30M7.999999999S");
    assertThat(XsDuration.format(Duration.ofSeconds(Long.MIN_VALUE)))
        .isEqualTo("-P106751991167300DT15H30M8S");
  }

  private static Duration maxDuration() {
    return Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);
  }
}
