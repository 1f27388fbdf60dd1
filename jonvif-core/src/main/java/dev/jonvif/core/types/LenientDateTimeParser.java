package dev.jonvif.core.types;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forgiving reader behind {@link XsDateTime#parseLenient(String)}. Works on the upper-cased
 * text, so {@code t}, {@code z} and {@code utc} need no cases of their own.
 */
final class LenientDateTimeParser {

  /** Longer input is no date a camera writes; refusing it early bounds the regex work. */
  private static final int MAX_INPUT_CHARS = 64;

  private static final String DATE = "(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})";

  private static final String ZONE =
      "\\s*(?<zone>Z|(?:UTC|GMT)?\\s*(?<sign>[+-])(?<zh>\\d{1,2})(?::?(?<zm>\\d{2}))?|UTC|GMT)?";

  private static final Pattern DATE_TIME =
      Pattern.compile(
          DATE
              + "(?<sep>\\s*T\\s*|\\s+|-)"
              + "(?<hour>\\d{1,2}):(?<minute>\\d{1,2})"
              + "(?::(?<second>\\d{1,2})(?:[.,](?<frac>\\d+))?)?"
              + ZONE);

  private static final Pattern DATE_ONLY = Pattern.compile(DATE + ZONE);

  private static final int MAX_OFFSET_SECONDS = 18 * 3_600;

  private LenientDateTimeParser() {}

  static DateTimeValue parse(String text) {
    if (text == null) {
      return DateTimeValue.unknown("", "absent");
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return DateTimeValue.unknown(text, "empty");
    }
    if (s.length() > MAX_INPUT_CHARS) {
      return DateTimeValue.unknown(text, "too long");
    }
    s = Ascii.upperCase(s);
    Matcher m = DATE_TIME.matcher(s);
    boolean hasTime = m.matches();
    // "2024-08-17-05:00" is a date with an offset, not a dash-separated time without seconds.
    if (hasTime && m.group("sep").equals("-") && m.group("second") == null) {
      hasTime = false;
    }
    if (!hasTime) {
      m = DATE_ONLY.matcher(s);
      if (!m.matches()) {
        return DateTimeValue.unknown(text, "not a date and time");
      }
    }
    int year = Integer.parseInt(m.group("year"));
    int month = Integer.parseInt(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    int hour = hasTime ? Integer.parseInt(m.group("hour")) : 0;
    int minute = hasTime ? Integer.parseInt(m.group("minute")) : 0;
    int second = hasTime && m.group("second") != null ? Integer.parseInt(m.group("second")) : 0;
    int nanos = hasTime ? XsDateTime.fractionToNanos(m.group("frac")) : 0;
    if (year == 0 && month == 0 && day == 0) {
      return DateTimeValue.unknown(text, "unset (0000-00-00)");
    }
    String problem = CalendarFields.rangeProblem(year, month, day, hour, minute, second);
    if (problem != null) {
      return DateTimeValue.unknown(text, problem);
    }
    ZoneOffset offset = offset(m);
    if (offset == null) {
      return DateTimeValue.unknown(text, "time zone offset out of range");
    }
    LocalDateTime local = CalendarFields.carry(year, month, day, hour, minute, second, nanos);
    return DateTimeValue.of(local.toInstant(offset));
  }

  /** The offset named by the match; UTC when there is none; {@code null} when out of range. */
  private static ZoneOffset offset(Matcher m) {
    if (m.group("sign") == null) {
      return ZoneOffset.UTC;
    }
    int hours = Integer.parseInt(m.group("zh"));
    int minutes = m.group("zm") == null ? 0 : Integer.parseInt(m.group("zm"));
    int seconds = hours * 3_600 + minutes * 60;
    if (minutes > 59 || seconds > MAX_OFFSET_SECONDS) {
      return null;
    }
    return ZoneOffset.ofTotalSeconds(m.group("sign").equals("-") ? -seconds : seconds);
  }
}
