package dev.jonvif.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jonvif.core.MalformedMessageException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class XsDateTimePropertiesTest {

  private static final long YEAR_1 = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

  @Property(tries = 2_000)
  void lenientParsingNeverThrows(@ForAll("dateLike") String text) {
    DateTimeValue v = XsDateTime.parseLenient(text);
    assertThat(v).isNotNull();
    if (v instanceof DateTimeValue.Unknown u) {
      assertThat(u.text().length()).isLessThanOrEqualTo(Snippet.MAX_CHARS + 1);
    }
  }

  @Property
  void strictParsingOnlyEverRaisesMalformedMessage(@ForAll("dateLike") String text) {
    assertThatCode(
            () -> {
              try {
                XsDateTime.parse(text);
              } catch (MalformedMessageException expected) {
                // the one failure allowed
              }
            })
        .doesNotThrowAnyException();
  }

  @Property
  void bothParsersReadWhatFormatWrites(@ForAll("cameraEra") Instant t) {
    Instant millis = t.truncatedTo(ChronoUnit.MILLIS);
    assertThat(XsDateTime.parse(XsDateTime.format(t))).isEqualTo(millis);
    assertThat(XsDateTime.parseLenient(XsDateTime.format(t)).instant()).contains(millis);
    assertThat(XsDateTime.parseLenient(XsDateTime.formatWithMillis(t)).instant()).contains(millis);
  }

  @Provide
  Arbitrary<Instant> cameraEra() {
    return Arbitraries.longs()
        .between(YEAR_1, YEAR_10000 - 1)
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<String> dateLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().withChars("0123456789-:.,+ TtZzUCGM").ofMaxLength(40),
        Arbitraries.strings()
            .withChars("0123456789")
            .ofLength(2)
            .list()
            .ofSize(6)
            .map(
                p ->
                    "20" + p.get(0) + "-" + p.get(1) + "-" + p.get(2) + "T" + p.get(3) + ":"
                        + p.get(4) + ":" + p.get(5) + "Z"));
  }
}
