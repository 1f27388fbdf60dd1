package dev.jonvif.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict parsing and formatting; lenient parsing is in {@link XsDateTimeLenientTest}. */
class XsDateTimeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-01-15T10:20:30Z                 | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30.123Z             | 2026-01-15T10:20:30.123Z",
        "2026-01-15T10:20:30.5Z               | 2026-01-15T10:20:30.500Z",
        "2026-01-15T11:20:30+01:00            | 2026-01-15T10:20:30Z",
        "2026-01-15T05:20:30-05:00            | 2026-01-15T10:20:30Z",
        "2026-01-16T00:20:30+14:00            | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30+00:00            | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30-00:00            | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30                  | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30.123456789Z       | 2026-01-15T10:20:30.123456789Z",
        "2026-01-15T10:20:30.1234567891234Z   | 2026-01-15T10:20:30.123456789Z",
        "2026-12-31T24:00:00Z                 | 2027-01-01T00:00:00Z",
        "2026-12-31T24:00:00.000Z             | 2027-01-01T00:00:00Z",
        "2024-02-29T00:00:00Z                 | 2024-02-29T00:00:00Z",
        "1970-01-01T00:00:00Z                 | 1970-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z                 | 0001-01-01T00:00:00Z",
        "12026-01-01T00:00:00Z                | +12026-01-01T00:00:00Z",
      })
  void parsesSchemaDateTimes(String text, String expected) {
    assertThat(XsDateTime.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void ignoresSurroundingWhiteSpace() {
    assertThat(XsDateTime.parse("\n  2026-01-15T10:20:30Z\t"))
        .isEqualTo(Instant.parse("2026-01-15T10:20:30Z"));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "garbage",
        "2024-08-17-12:30:45Z",
        "2024-08-17 12:30:45Z",
        "2024-08-17t12:30:45z",
        "2024-08-17T12:30:45z",
        "2024-08-17T12:30:60Z",
        "2024-08-17T12:60:00Z",
        "2024-08-17T24:00:01Z",
        "2024-08-17T24:00:00.001Z",
        "2024-08-17T25:00:00Z",
        "2024-13-01T00:00:00Z",
        "2024-00-01T00:00:00Z",
        "2024-01-00T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "2024-04-31T00:00:00Z",
        "0000-00-00T00:00:00",
        "0000-00-00",
        "2024-08-17",
        "2024-08-17T12:30Z",
        "2024-8-7T12:30:45Z",
        "02024-01-01T00:00:00Z",
        "2024-08-17T12:30:45.Z",
        "2024-08-17T12:30:45+0100",
        "2024-08-17T12:30:45+01",
        "2024-08-17T12:30:45+15:00",
        "2024-08-17T12:30:45+14:30",
        "2024-08-17T12:30:45+01:60",
        "2024-08-17T12:30:45 Z",
        "2024-08-17T12:30:45UTC",
        "2024-08-17T12:30:45,5Z",
        "{{=new Date().toISOString()}}",
      })
  void rejectsWhatIsNotASchemaDateTime(String text) {
    assertThatThrownBy(() -> XsDateTime.parse(text))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageStartingWith("not an xs:dateTime: \"" + text);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> XsDateTime.parse(null))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessage("missing xs:dateTime");
  }

  @Test
  void namesTheFieldThatIsOutOfRange() {
    assertThatThrownBy(() -> XsDateTime.parse("2024-13-01T00:00:00Z"))
        .hasMessage("not an xs:dateTime: \"2024-13-01T00:00:00Z\" (month out of range)");
  }

  @Test
  void truncatesLongInputInTheMessage() {
    String text = "2024-08-17T12:30:45Z" + "x".repeat(500);
    assertThatThrownBy(() -> XsDateTime.parse(text))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("x".repeat(44) + "…\"")
        .hasMessageNotContaining("x".repeat(45));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-01-15T10:20:30Z            | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30.123Z        | 2026-01-15T10:20:30.123Z",
        "2026-01-15T10:20:30.100Z        | 2026-01-15T10:20:30.100Z",
        "2026-01-15T10:20:30.000999999Z  | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30.999999999Z  | 2026-01-15T10:20:30.999Z",
        "1970-01-01T00:00:00Z            | 1970-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z            | 0001-01-01T00:00:00Z",
        "+12026-01-01T00:00:00Z          | 12026-01-01T00:00:00Z",
        "-0001-01-01T00:00:00Z           | -0001-01-01T00:00:00Z",
      })
  void formatsInUtcWithOptionalMilliseconds(String instant, String expected) {
    assertThat(XsDateTime.format(Instant.parse(instant))).isEqualTo(expected);
  }

  @Test
  void formatsWithMillisecondsAlways() {
    assertThat(XsDateTime.formatWithMillis(Instant.parse("2026-01-15T10:20:30Z")))
        .isEqualTo("2026-01-15T10:20:30.000Z");
    assertThat(XsDateTime.formatWithMillis(Instant.parse("2026-01-15T10:20:30.123456Z")))
        .isEqualTo("2026-01-15T10:20:30.123Z");
  }

  @Test
  void strictParseReadsWhatFormatWrites() {
    Instant t = Instant.parse("2026-01-15T10:20:30.120Z");
    assertThat(XsDateTime.parse(XsDateTime.format(t))).isEqualTo(t);
    assertThat(XsDateTime.parse(XsDateTime.formatWithMillis(t))).isEqualTo(t);
  }
}
