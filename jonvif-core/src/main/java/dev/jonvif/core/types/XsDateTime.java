package dev.jonvif.core.types;

import dev.jonvif.core.MalformedMessageException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code xs:dateTime} to and from {@link Instant}. Callers choose how forgiving to be:
 *
 * <ul>
 *   <li>{@link #parse(String)} follows the schema and throws {@link MalformedMessageException} on
 *       anything else: for values jonvif itself or a conforming peer must get right.
 *   <li>{@link #parseLenient(String)} reads what real cameras send and never throws; what it cannot
 *       read is {@link DateTimeValue.Unknown}. Use it for times a device reports.
 * </ul>
 *
 * <p>A value without a time zone is taken as UTC by both parsers: ONVIF devices report UTC, and the
 * ones that leave out the zone do so by mistake. Digits of a fraction beyond nanoseconds are
 * dropped.
 *
 * <p>{@link #format(Instant)} always writes UTC with {@code Z}, milliseconds only when not zero:
 * {@code 2026-01-15T10:20:30Z}, {@code 2026-01-15T10:20:30.123Z}.
 *
 * @see <a href="https://www.w3.org/TR/xmlschema11-2/#dateTime">XML Schema 1.1 Part 2, §3.3.7</a>
 */
public final class XsDateTime {

  private static final Pattern LEXICAL =
      Pattern.compile(
          "(?<year>-?(?:[1-9]\\d{4,8}|\\d{4}))-(?<month>\\d{2})-(?<day>\\d{2})"
              + "T(?<hour>\\d{2}):(?<minute>\\d{2}):(?<second>\\d{2})(?:\\.(?<frac>\\d+))?"
              + "(?<zone>Z|[+-]\\d{2}:\\d{2})?");

  private static final int MAX_INPUT_CHARS = 128;

  private XsDateTime() {}

  /**
   * Parses an {@code xs:dateTime} exactly as the schema defines it, with {@code 24:00:00} meaning
   * the start of the next day. Surrounding white space is ignored; no zone means UTC.
   *
   * @throws MalformedMessageException for anything else, including vendor forms such as a space
   *     instead of {@code T}, second 60 or {@code 0000-00-00}
   */
  public static Instant parse(String text) {
    if (text == null) {
      throw new MalformedMessageException("missing xs:dateTime");
    }
    String s = text.strip();
    Matcher m = s.length() > MAX_INPUT_CHARS ? null : LEXICAL.matcher(s);
    if (m == null || !m.matches()) {
      throw invalid(text, null);
    }
    int year = Integer.parseInt(m.group("year"));
    int month = Integer.parseInt(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    int hour = Integer.parseInt(m.group("hour"));
    int minute = Integer.parseInt(m.group("minute"));
    int second = Integer.parseInt(m.group("second"));
    int nanos = fractionToNanos(m.group("frac"));
    if (month < 1 || month > 12) {
      throw invalid(text, "month out of range");
    }
    if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      throw invalid(text, "day out of range");
    }
    boolean endOfDay = hour == 24 && minute == 0 && second == 0 && nanos == 0;
    if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) {
      throw invalid(text, "time out of range");
    }
    ZoneOffset offset = ZoneOffset.UTC;
    String zone = m.group("zone");
    if (zone != null && !zone.equals("Z")) {
      int zh = Integer.parseInt(zone, 1, 3, 10);
      int zm = Integer.parseInt(zone, 4, 6, 10);
      if (zh > 14 || zm > 59 || (zh == 14 && zm > 0)) {
        throw invalid(text, "time zone out of range");
      }
      int sign = zone.charAt(0) == '-' ? -1 : 1;
      offset = ZoneOffset.ofHoursMinutes(sign * zh, sign * zm);
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      LocalDateTime local =
          endOfDay ? date.plusDays(1).atStartOfDay() : date.atTime(hour, minute, second, nanos);
      return local.toInstant(offset);
    } catch (DateTimeException e) {
      throw invalid(text, "out of range");
    }
  }

  /**
   * Reads a date and time the way cameras write them; never throws. Accepted beyond the schema:
   *
   * <ul>
   *   <li>lower-case {@code t} and {@code z}; a space, or a dash when seconds follow ({@code
   *       2024-08-17-12:30:45Z}), instead of {@code T}; one-digit fields; no seconds;
   *   <li>a fraction of any length, with {@code .} or {@code ,};
   *   <li>offsets {@code +01:00}, {@code -0500}, {@code +1}, {@code UTC}, {@code GMT+2};
   *   <li>a date alone ({@code 2024-08-17}, {@code 2024-08-17-05:00}): its start;
   *   <li>second 60 or 61, minute 60 and hour 24, carried into the next minute, hour or day.
   * </ul>
   *
   * <p>Unknown: {@code null}, empty, {@code 0000-00-00} with or without a time, years outside 1 to
   * 9999, month 0 or 13, a day the month does not have, offsets beyond ±18:00, anything else.
   */
  public static DateTimeValue parseLenient(String text) {
    return LenientDateTimeParser.parse(text);
  }

  /**
   * Writes {@code instant} in UTC with {@code Z}, with milliseconds (truncated) only when they are
   * not zero.
   *
   * @throws DateTimeException for instants beyond year ±999,999,999
   */
  public static String format(Instant instant) {
    return format(instant, false);
  }

  /** Writes {@code instant} in UTC with {@code Z} and always three digits of milliseconds. */
  public static String formatWithMillis(Instant instant) {
    return format(instant, true);
  }

  private static String format(Instant instant, boolean alwaysMillis) {
    LocalDateTime t =
        LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    StringBuilder sb = new StringBuilder(24);
    int year = t.getYear();
    if (year < 0) {
      sb.append('-');
    }
    pad(sb, Math.abs(year), 4);
    sb.append('-');
    pad(sb, t.getMonthValue(), 2);
    sb.append('-');
    pad(sb, t.getDayOfMonth(), 2);
    sb.append('T');
    pad(sb, t.getHour(), 2);
    sb.append(':');
    pad(sb, t.getMinute(), 2);
    sb.append(':');
    pad(sb, t.getSecond(), 2);
    int millis = t.getNano() / 1_000_000;
    if (alwaysMillis || millis != 0) {
      sb.append('.');
      pad(sb, millis, 3);
    }
    return sb.append('Z').toString();
  }

  private static void pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    sb.repeat('0', Math.max(0, width - digits.length())).append(digits);
  }

  /** Nanoseconds from the digits after the decimal point; digits past the ninth are dropped. */
  static int fractionToNanos(String digits) {
    if (digits == null || digits.isEmpty()) {
      return 0;
    }
    int nanos = 0;
    for (int i = 0; i < 9; i++) {
      nanos = nanos * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
    }
    return nanos;
  }

  private static MalformedMessageException invalid(String text, String why) {
    return new MalformedMessageException(
        "not an xs:dateTime: " + Snippet.quoted(text) + (why == null ? "" : " (" + why + ")"));
  }
}
