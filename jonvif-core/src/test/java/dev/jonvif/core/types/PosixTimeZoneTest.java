package dev.jonvif.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PosixTimeZoneTest {

  /** TZ strings from onvif.xsd and from the GetSystemDateAndTime captures in ../shared. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "CET-1CEST,M3.5.0,M10.5.0/3                             | CET  | +01:00 | CEST",
        "CET-1CEST,M3.5.0/2,M10.5.0/3                           | CET  | +01:00 | CEST",
        "MST7MDT,M3.2.0,M11.1.0                                 | MST  | -07:00 | MDT",
        "CST+7:00:00DST01:00:00,M3.2.0/02:00:00,M11.1.0/02:00:00 | CST | -07:00 | DST",
        "CST7:00:00                                             | CST  | -07:00 | -",
        "EST+5:00:00EDT04:00:00,M3.5.0/01:00:00,M10.5.0/02:00:00 | EST | -05:00 | EDT",
        "CST-08:00                                              | CST  | +08:00 | -",
        "CST6CDT:                                               | CST  | -06:00 | CDT",
        "CST5CDT,M3.2.0/2,M11.1.0/2                             | CST  | -05:00 | CDT",
        "AST4ADT                                                | AST  | -04:00 | ADT",
        "BRT3                                                   | BRT  | -03:00 | -",
        "COT5                                                   | COT  | -05:00 | -",
        "MoroccoStandardTime0                                   | MoroccoStandardTime | Z | -",
        // POSIX reading; the sender (a happytimesoft simulator) probably meant UTC-5
        "UTC-5:00                                               | UTC  | +05:00 | -",
        "<+0330>-3:30                                           | +0330 | +03:30 | -",
        "IST-5:30                                               | IST  | +05:30 | -",
        "'  UTC0  '                                             | UTC  | Z | -",
      })
  void readsTheStandardOffset(String tz, String name, String offset, String dstName) {
    PosixTimeZone z = PosixTimeZone.parse(tz).orElseThrow();
    assertThat(z.standardName()).isEqualTo(name);
    assertThat(z.standardOffset()).isEqualTo(ZoneOffset.of(offset));
    assertThat(z.daylightName()).isEqualTo(dstName);
    assertThat(z.hasDaylightSaving()).isEqualTo(dstName != null);
    assertThat(z.text()).isEqualTo(tz.strip());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {"", ":America/Edmonton", "Europe/Paris", "CET", "C1", "-1", "XYZ19", "XYZ1:60"})
  void isEmptyWhenThereIsNoStandardPart(String tz) {
    assertThat(PosixTimeZone.parse(tz)).isEmpty();
  }
}
