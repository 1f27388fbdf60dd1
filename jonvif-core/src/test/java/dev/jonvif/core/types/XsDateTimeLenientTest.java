package dev.jonvif.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link XsDateTime#parseLenient(String)}: what cameras send. Broken forms as reported against peer
 * libraries (peer survey §5 item 9): minute 60+ and month 13 (home-assistant/core#124086, #107797),
 * {@code 2024-08-17-12:30:45Z} (home-assistant/core#97050), {@code 0000-00-00}
 * (slydiman/ha_custom_onvif#5).
 */
class XsDateTimeLenientTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what the schema allows
        "2026-01-15T10:20:30Z              | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30.123Z          | 2026-01-15T10:20:30.123Z",
        "2026-01-15T11:20:30+01:00         | 2026-01-15T10:20:30Z",
        "2026-12-31T24:00:00Z              | 2027-01-01T00:00:00Z",
        // offsets without colon, hours only, named UTC
        "2026-01-15T05:20:30-0500          | 2026-01-15T10:20:30Z",
        "2026-01-15T11:20:30+01            | 2026-01-15T10:20:30Z",
        "2026-01-15T11:20:30+1             | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30 UTC           | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30 GMT           | 2026-01-15T10:20:30Z",
        "2026-01-15T12:20:30GMT+02:00      | 2026-01-15T10:20:30Z",
        "2026-01-15T12:20:30 utc+2         | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30 Z             | 2026-01-15T10:20:30Z",
        "2026-01-16T04:20:30+18:00         | 2026-01-15T10:20:30Z",
        // no zone: UTC
        "2026-01-15T10:20:30               | 2026-01-15T10:20:30Z",
        "2026-01-15T10:20:30.5             | 2026-01-15T10:20:30.5Z",
        // fractions of any length, comma
        "2026-01-15T10:20:30.123456789123Z | 2026-01-15T10:20:30.123456789Z",
        "2026-01-15T10:20:30.1Z            | 2026-01-15T10:20:30.1Z",
        "2026-01-15T10:20:30,25Z           | 2026-01-15T10:20:30.25Z",
        // lower case, space, dash
        "2026-01-15t10:20:30z              | 2026-01-15T10:20:30Z",
        "2026-01-15 10:20:30Z              | 2026-01-15T10:20:30Z",
        "2026-01-15 10:20:30               | 2026-01-15T10:20:30Z",
        "2026-01-15  T 10:20:30Z           | 2026-01-15T10:20:30Z",
        "2024-08-17-12:30:45Z              | 2024-08-17T12:30:45Z",
        "2024-08-17-12:30:45               | 2024-08-17T12:30:45Z",
        "2024-08-17-12:30:45+02:00         | 2024-08-17T10:30:45Z",
        // one-digit fields, no seconds
        "2026-1-5T9:05:07Z                 | 2026-01-05T09:05:07Z",
        "2026-01-15T10:20Z                 | 2026-01-15T10:20:00Z",
        "2026-01-15 10:20                  | 2026-01-15T10:20:00Z",
        // out-of-range time of day, carried
        "2026-01-15T10:20:60Z              | 2026-01-15T10:21:00Z",
        "2026-01-15T10:20:61Z              | 2026-01-15T10:21:01Z",
        "2026-01-15T10:60:00Z              | 2026-01-15T11:00:00Z",
        "2026-01-15T10:60:60Z              | 2026-01-15T11:01:00Z",
        "2026-01-15T24:00:00Z              | 2026-01-16T00:00:00Z",
        "2026-12-31T24:00:00Z              | 2027-01-01T00:00:00Z",
        "2026-12-31T23:59:60Z              | 2027-01-01T00:00:00Z",
        "2026-12-31T24:60:60Z              | 2027-01-01T01:01:00Z",
        "2026-01-15T24:00:00+01:00         | 2026-01-15T23:00:00Z",
        // dates alone: their start
        "2024-08-17                        | 2024-08-17T00:00:00Z",
        "2024-08-17Z                       | 2024-08-17T00:00:00Z",
        "2024-08-17-05:00                  | 2024-08-17T05:00:00Z",
        "2024-08-17+02:00                  | 2024-08-16T22:00:00Z",
        // clocks reset to the epoch are times like any other
        "1970-01-01T00:00:00Z              | 1970-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z              | 0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z              | 9999-12-31T23:59:59Z",
      })
  void readsWhatCamerasSend(String text, String expected) {
    assertThat(XsDateTime.parseLenient(text))
        .isEqualTo(new DateTimeValue.Known(Instant.parse(expected)));
  }

  @Test
  void ignoresSurroundingWhiteSpace() {
    assertThat(XsDateTime.parseLenient("\n\t 2026-01-15T10:20:30Z \r\n").instant())
        .contains(Instant.parse("2026-01-15T10:20:30Z"));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "''                        | empty",
        "'   '                     | empty",
        "0000-00-00T00:00:00       | unset (0000-00-00)",
        "0000-00-00T00:00:00Z      | unset (0000-00-00)",
        "0000-00-00                | unset (0000-00-00)",
        "0000-00-00 00:00:00       | unset (0000-00-00)",
        "0000-01-01T00:00:00Z      | year 0 out of range",
        "2024-13-01T00:00:00Z      | month 13 out of range",
        "2024-00-10T00:00:00Z      | month 0 out of range",
        "2024-01-00T00:00:00Z      | day 0 out of range",
        "2023-02-29T00:00:00Z      | day 29 out of range",
        "2024-04-31                | day 31 out of range",
        "2024-01-01T25:00:00Z      | hour 25 out of range",
        "2024-01-01T10:61:00Z      | minute 61 out of range",
        "2024-01-01T10:00:62Z      | second 62 out of range",
        "2024-01-01T10:00:00+19:00 | time zone offset out of range",
        "2024-01-01T10:00:00+01:60 | time zone offset out of range",
        "garbage                   | not a date and time",
        "{{=new Date().toISOString()}} | not a date and time",
        "12024-01-01T00:00:00Z     | not a date and time",
        "-2024-01-01T00:00:00Z     | not a date and time",
        "2024-01-01T10:00:00ZZ     | not a date and time",
        "2024-01-01T10:00:00Z junk | not a date and time",
        "2024/01/01 10:00:00       | not a date and time",
        "1706000000                | not a date and time",
        "2024-01-01T10             | not a date and time",
        "２０２４-01-01T10:00:00Z   | not a date and time",
      })
  void yieldsUnknownInsteadOfFailing(String text, String reason) {
    DateTimeValue v = XsDateTime.parseLenient(text);
    assertThat(v).isInstanceOf(DateTimeValue.Unknown.class);
    assertThat(((DateTimeValue.Unknown) v).reason()).isEqualTo(reason);
    assertThat(((DateTimeValue.Unknown) v).text()).isEqualTo(text);
    assertThat(v.isKnown()).isFalse();
    assertThat(v.instant()).isEmpty();
  }

  @Test
  void absentIsUnknown() {
    assertThat(XsDateTime.parseLenient(null)).isEqualTo(new DateTimeValue.Unknown("", "absent"));
  }

  @ParameterizedTest
  @ValueSource(ints = {65, 100, 100_000})
  void longTextIsUnknownAndKeptShort(int length) {
    DateTimeValue.Unknown v = (DateTimeValue.Unknown) XsDateTime.parseLenient("2".repeat(length));
    assertThat(v.reason()).isEqualTo("too long");
    assertThat(v.text()).hasSize(65).endsWith("…");
  }

  @Test
  void unknownHidesControlCharacters() {
    DateTimeValue.Unknown v = (DateTimeValue.Unknown) XsDateTime.parseLenient("2024\u0000-01");
    assertThat(v.text()).isEqualTo("2024?-01");
  }

  @Test
  void orElseGivesTheFallbackOnlyWhenUnknown() {
    Instant fallback = Instant.EPOCH;
    assertThat(XsDateTime.parseLenient("0000-00-00").orElse(fallback)).isEqualTo(fallback);
    assertThat(XsDateTime.parseLenient("2026-01-15T10:20:30Z").orElse(fallback))
        .isEqualTo(Instant.parse("2026-01-15T10:20:30Z"));
  }
}
