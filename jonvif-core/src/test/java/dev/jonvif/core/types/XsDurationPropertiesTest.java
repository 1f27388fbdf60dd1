package dev.jonvif.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.jonvif.core.MalformedMessageException;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class XsDurationPropertiesTest {

  @Property
  void formatIsStableThroughParse(@ForAll("durations") Duration d) {
    String text = XsDuration.format(d);
    assertThat(XsDuration.format(XsDuration.parse(text))).isEqualTo(text);
  }

  @Property
  void parseInvertsFormat(@ForAll("durations") Duration d) {
    assertThat(XsDuration.parse(XsDuration.format(d))).isEqualTo(d);
  }

  @Property
  void randomTextOnlyEverRaisesMalformedMessage(@ForAll("durationLike") String text) {
    assertThatCode(
            () -> {
              try {
                XsDuration.parseLenient(text);
              } catch (MalformedMessageException expected) {
                // the one failure allowed
              }
            })
        .doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<Duration> durations() {
    Arbitrary<Long> seconds =
        Arbitraries.oneOf(
            Arbitraries.longs(),
            Arbitraries.longs().between(-1_000_000, 1_000_000),
            Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, 86_400L, -1L));
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 999_999_999),
            Arbitraries.of(0, 500_000_000, 1, 999_999_999));
    return Combinators.combine(seconds, nanos).as(Duration::ofSeconds);
  }

  @Provide
  Arbitrary<String> durationLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("PTYMDHS-.0123456789ptymdhs +").ofMaxLength(30));
  }
}
