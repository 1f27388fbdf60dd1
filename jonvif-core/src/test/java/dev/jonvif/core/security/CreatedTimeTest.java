package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.types.XsDateTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
    "2026-01-15T24:00:00Z, 2026-01-16T00:00:00Z",
  })
  void readsTheSchemaForms(String text, String expected) {
    assertThat(CreatedTime.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2024-08-17-12:30:45Z", // Hikvision's date form (peer survey); fine from a camera, not here
        "2026-02-30T10:20:30Z",
        "2026-13-01T10:20:30Z",
        "2026-01-15T25:20:30Z",
        "2026-01-15T10:20:30.Z",
        "2026-01-15T10:20:30Zjunk",
        "2026-01-15T10:20:30+14:30",
        "2026-01-15T10:20:30+01:00:00",
        "2026-01-15 10:20:30Z",
      })
  void rejectsEverythingElse(String text) {
    assertThat(CreatedTime.parse(text)).isNull();
  }

  @Property(tries = 500)
  void readsFormattedInstants(@ForAll @LongRange(min = 0, max = 4_102_444_800_000L) long millis) {
    Instant instant = Instant.ofEpochMilli(millis);
    String withOffset =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxxx")
            .format(OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(-7)));

    assertThat(CreatedTime.parse(UsernameToken.formatCreated(instant))).isEqualTo(instant);
    assertThat(CreatedTime.parse(withOffset)).isEqualTo(instant);
  }

  /** Date-like text: mostly valid fields with their edges, other separators, or noise. */
  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> date =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32))
            .as((y, m, d) -> "%04d-%02d-%02d".formatted(y, m, d));
    Arbitrary<String> time =
        Combinators.combine(
                Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60))
            .as((h, m, s) -> "%02d:%02d:%02d".formatted(h, m, s));
    Arbitrary<String> zone =
        Arbitraries.oneOf(
            Arbitraries.of("", "Z", "z", "Zx", ":", "+14:00", "+14:01", "-00:00", "+1:00"),
            Combinators.combine(
                    Arbitraries.of("+", "-"),
                    Arbitraries.integers().between(0, 15),
                    Arbitraries.integers().between(0, 60))
                .as((sign, h, m) -> "%s%02d:%02d".formatted(sign, h, m)));
    Arbitrary<String> usual =
        Combinators.combine(
                date,
                Arbitraries.of("T", "T", "T", "t", " ", "-"),
                time,
                Arbitraries.of("", "", ".", ".5", ".123", ".123456789123", ",5"),
                zone)
            .as((d, sep, t, fraction, z) -> d + sep + t + fraction + z);
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-:T.Z+ ").ofMaxLength(32);
    return Arbitraries.oneOf(usual, usual, usual, noise);
  }

  @Property(tries = 2000)
  void agreesWithXsDateTime(@ForAll("dateLike") String text) {
    Instant expected;
    try {
      expected = XsDateTime.parse(text);
    } catch (MalformedMessageException e) {
      expected = null;
    }

    assertThat(CreatedTime.parse(text)).isEqualTo(expected);
  }
}
