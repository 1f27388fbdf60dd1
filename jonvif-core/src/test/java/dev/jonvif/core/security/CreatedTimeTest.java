package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreatedTimeTest {

  @ParameterizedTest
  @CsvSource({
    "2026-01-15T10:20:30.123Z, 2026-01-15T10:20:30.123Z",
    "2010-09-16T07:50:45Z, 2010-09-16T07:50:45Z",
    "2026-01-15T11:20:30.5+01:00, 2026-01-15T10:20:30.5Z",
    "2026-01-15T05:50:30-04:30, 2026-01-15T10:20:30Z",
    "2026-01-15T10:20:30.123456789123Z, 2026-01-15T10:20:30.123456789Z",
    "2026-01-15T10:20:30, 2026-01-15T10:20:30Z",
    "2024-02-29T23:59:59.999Z, 2024-02-29T23:59:59.999Z",
  })
  void readsCommonForms(String text, String expected) {
    assertThat(CreatedTime.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2024-08-17-12:30:45Z", // Hikvision's broken date form (peer survey)
        "2026-02-30T10:20:30Z",
        "2026-13-01T10:20:30Z",
        "2026-01-15T25:20:30Z",
        "2026-01-15T10:20:30Zjunk",
        "2026-01-15T10:20:30+01:00:00:00",
        "2026-01-15 10:20:30Z",
      })
  void rejectsOthers(String text) {
    assertThat(CreatedTime.parse(text)).isNull();
  }

  @Property(tries = 500)
  void agreesWithTheJdkOnFormattedInstants(
      @ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long millis) {
    Instant instant = Instant.ofEpochMilli(millis);

    assertThat(CreatedTime.parse(UsernameToken.formatCreated(instant))).isEqualTo(instant);
    String withOffset =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx")
            .format(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(-7)));
    assertThat(CreatedTime.parse(withOffset)).isEqualTo(instant);
  }
}
