package dev.jonvif.core.types;

import dev.jonvif.core.MalformedMessageException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code xs:duration} to and from {@link Duration}: {@code PT60S}, {@code PT1M30S}, {@code P1D},
 * {@code PT0.5S}, {@code -PT5S}, {@code P1DT2H}.
 *
 * <p>{@link #parse(String)} follows the schema's grammar: upper-case designators, a fraction only
 * on seconds, at least one component. A {@link Duration} is exact, but years and months have no
 * fixed length, so {@code parse} accepts them only when zero (as in {@code P0Y0M0DT0H0M10S}) and
 * rejects {@code P1M} with a clear error. {@link #parseLenient(String)} also accepts lower-case
 * designators ({@code pt60s}) and maps a year to 365 days and a month to 30 days. Digits beyond
 * nanoseconds are dropped (truncated towards zero).
 *
 * <p>{@link #format(Duration)} writes the schema's canonical form: days, then hours (0 to 23),
 * minutes and seconds, each only when not zero, and the fraction of a second without trailing
 * zeros: {@code P1DT2H} (not {@code PT26H}), {@code PT1M30S}, {@code PT0.5S}, and {@code PT0S} for
 * zero. Years and months are never written.
 *
 * @see <a href="https://www.w3.org/TR/xmlschema11-2/#duration">XML Schema 1.1 Part 2, §3.3.6</a>
 */
public final class XsDuration {

  /** Days in a year for {@link #parseLenient(String)}. */
  public static final int LENIENT_DAYS_PER_YEAR = 365;

  /** Days in a month for {@link #parseLenient(String)}. */
  public static final int LENIENT_DAYS_PER_MONTH = 30;

  private static final Pattern LEXICAL =
      Pattern.compile(
          "(?<sign>-)?P(?:(?<y>\\d+)Y)?(?:(?<mo>\\d+)M)?(?:(?<d>\\d+)D)?"
              + "(?<t>T(?:(?<h>\\d+)H)?(?:(?<mi>\\d+)M)?(?:(?<s>\\d+(?:\\.\\d*)?|\\.\\d+)S)?)?");

  private static final int MAX_INPUT_CHARS = 256;

  private XsDuration() {}

  /**
   * Parses an {@code xs:duration}. Surrounding white space is ignored.
   *
   * @throws MalformedMessageException when {@code text} is not a duration, has non-zero years or
   *     months, or is too large for a {@link Duration}
   */
  public static Duration parse(String text) {
    return parse(text, false);
  }

  /**
   * Parses an {@code xs:duration} as {@link #parse(String)} does, but also accepts lower-case
   * designators and non-zero years and months ({@value #LENIENT_DAYS_PER_YEAR} and {@value
   * #LENIENT_DAYS_PER_MONTH} days).
   *
   * @throws MalformedMessageException when {@code text} is still not a duration
   */
  public static Duration parseLenient(String text) {
    return parse(text, true);
  }

  private static Duration parse(String text, boolean lenient) {
    if (text == null) {
      throw new MalformedMessageException("missing xs:duration");
    }
    String s = text.strip();
    if (s.length() > MAX_INPUT_CHARS) {
      throw invalid(text, "too long");
    }
    Matcher m = LEXICAL.matcher(lenient ? Ascii.upperCase(s) : s);
    if (!m.matches()) {
      throw invalid(text, null);
    }
    String y = m.group("y");
    String mo = m.group("mo");
    String d = m.group("d");
    String h = m.group("h");
    String mi = m.group("mi");
    String sec = m.group("s");
    if (y == null && mo == null && d == null && m.group("t") == null) {
      throw invalid(text, "no component");
    }
    if (m.group("t") != null && h == null && mi == null && sec == null) {
      throw invalid(text, "'T' without hours, minutes or seconds");
    }
    BigDecimal years = number(y);
    BigDecimal months = number(mo);
    if (!lenient && (years.signum() != 0 || months.signum() != 0)) {
      throw invalid(text, "years and months have no fixed length; use days");
    }
    BigDecimal days =
        years
            .multiply(BigDecimal.valueOf(LENIENT_DAYS_PER_YEAR))
            .add(months.multiply(BigDecimal.valueOf(LENIENT_DAYS_PER_MONTH)))
            .add(number(d));
    BigDecimal seconds =
        days.multiply(BigDecimal.valueOf(86_400))
            .add(number(h).multiply(BigDecimal.valueOf(3_600)))
            .add(number(mi).multiply(BigDecimal.valueOf(60)))
            .add(number(sec))
            .setScale(9, RoundingMode.DOWN);
    if (m.group("sign") != null) {
      seconds = seconds.negate();
    }
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    try {
      return Duration.ofSeconds(
          whole.longValueExact(), seconds.subtract(whole).movePointRight(9).intValueExact());
    } catch (ArithmeticException e) {
      throw invalid(text, "out of range");
    }
  }

  /** The value of a component's digits, 0 when absent; "1." and ".5" are allowed for seconds. */
  private static BigDecimal number(String digits) {
    if (digits == null) {
      return BigDecimal.ZERO;
    }
    return new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
  }

  private static MalformedMessageException invalid(String text, String why) {
    return new MalformedMessageException(
        "not an xs:duration: " + Snippet.quoted(text) + (why == null ? "" : " (" + why + ")"));
  }

  /**
   * Writes {@code d} in the canonical form described above, e.g. {@code P1DT2H} or {@code PT0S}.
   */
  public static String format(Duration d) {
    if (d.isZero()) {
      return "PT0S";
    }
    StringBuilder sb = new StringBuilder(24);
    if (d.isNegative()) {
      sb.append('-');
    }
    // Work on the magnitude as seconds and nanoseconds; Duration.abs() overflows for MIN only.
    long secs = d.getSeconds();
    int nanos = d.getNano();
    if (d.isNegative()) {
      secs = nanos == 0 ? -secs : -secs - 1;
      nanos = nanos == 0 ? 0 : 1_000_000_000 - nanos;
    }
    // For Duration.MIN the magnitude is 2^63, which only fits as an unsigned long.
    long days = Long.divideUnsigned(secs, 86_400L);
    long rest = Long.remainderUnsigned(secs, 86_400L);
    long hours = rest / 3_600;
    long minutes = rest % 3_600 / 60;
    long seconds = rest % 60;
    sb.append('P');
    if (days != 0) {
      sb.append(Long.toUnsignedString(days)).append('D');
    }
    if (hours != 0 || minutes != 0 || seconds != 0 || nanos != 0) {
      sb.append('T');
      if (hours != 0) {
        sb.append(hours).append('H');
      }
      if (minutes != 0) {
        sb.append(minutes).append('M');
      }
      if (seconds != 0 || nanos != 0) {
        sb.append(seconds);
        if (nanos != 0) {
          String frac = String.format(Locale.ROOT, "%09d", nanos);
          int end = frac.length();
          while (frac.charAt(end - 1) == '0') {
            end--;
          }
          sb.append('.').append(frac, 0, end);
        }
        sb.append('S');
      }
    }
    return sb.toString();
  }
}
