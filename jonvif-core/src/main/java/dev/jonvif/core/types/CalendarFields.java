package dev.jonvif.core.types;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The one place that turns calendar fields as a device sent them into a {@link LocalDateTime}.
 *
 * <p>Time-of-day fields a little past their range are carried, because the moment they name is
 * clear: second 60 or 61 (leap seconds; {@code tt:Time} documents 0 to 61), minute 60 and hour 24
 * move into the next minute, hour or day. Calendar fields out of range (year before 1 or after
 * 9999, month 0 or 13, day 0 or past the month's end) have no sensible carry and make the value
 * unknown. Negative fields are unknown too.
 */
final class CalendarFields {

  static final int MAX_YEAR = 9999;
  static final int MAX_HOUR = 24;
  static final int MAX_MINUTE = 60;
  static final int MAX_SECOND = 61;

  private CalendarFields() {}

  /** Why these fields are no time, or {@code null} when they can be read (possibly carried). */
  static String rangeProblem(long year, long month, long day, long hour, long minute, long second) {
    if (year < 1 || year > MAX_YEAR) {
      return "year " + year + " out of range";
    }
    if (month < 1 || month > 12) {
      return "month " + month + " out of range";
    }
    if (day < 1 || day > LocalDate.of((int) year, (int) month, 1).lengthOfMonth()) {
      return "day " + day + " out of range";
    }
    if (hour < 0 || hour > MAX_HOUR) {
      return "hour " + hour + " out of range";
    }
    if (minute < 0 || minute > MAX_MINUTE) {
      return "minute " + minute + " out of range";
    }
    if (second < 0 || second > MAX_SECOND) {
      return "second " + second + " out of range";
    }
    return null;
  }

  /**
   * The wall-clock time, carrying time-of-day overflow. Call only when {@link #rangeProblem} is
   * null.
   */
  static LocalDateTime carry(
      long year, long month, long day, long hour, long minute, long second, int nanos) {
    long secondOfDay = hour * 3_600 + minute * 60 + second;
    return LocalDate.of((int) year, (int) month, (int) day)
        .atStartOfDay()
        .plusSeconds(secondOfDay)
        .plusNanos(nanos);
  }
}
