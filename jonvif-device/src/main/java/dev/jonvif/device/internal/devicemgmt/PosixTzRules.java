package dev.jonvif.device.internal.devicemgmt;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/**
 * The full rules of a POSIX 1003.1 TZ string, evaluated: standard and daylight offsets and the
 * switch dates, so the device can report LocalDateTime and reject invalid zones. (The client-side
 * {@link dev.jonvif.core.types.PosixTimeZone} reads only the standard part, leniently, because
 * cameras write the rest inconsistently; a device must be strict.) A POSIX 1003.1 TZ string ({@code
 * std offset [dst [offset] [,start[/time],end[/time]]]}), as ONVIF uses in {@code tt:TimeZone/TZ},
 * e.g. {@code CET-1CEST,M3.5.0,M10.5.0/3}. Offsets are hours west of Greenwich. IANA names ({@code
 * Europe/Berlin}) are accepted too, as ONVIF later allowed.
 */
final class PosixTzRules {

  private final ZoneOffset std;
  private final ZoneOffset dst;
  private final Rule start;
  private final Rule end;
  private final ZoneId iana;

  /** A transition rule: a day (Jn, n or Mm.w.d) and a local time in seconds. */
  private record Rule(char kind, int month, int week, int day, int seconds) {
    LocalDateTime at(int year) {
      LocalDate date =
          switch (kind) {
            case 'J' -> {
              LocalDate d = LocalDate.ofYearDay(year, Math.min(day, 365));
              // Jn never counts February 29.
              yield d.isLeapYear() && day >= 60 ? d.plusDays(1) : d;
            }
            case 'n' -> LocalDate.ofYearDay(year, 1).plusDays(day);
            default -> {
              DayOfWeek dow = DayOfWeek.of(day == 0 ? 7 : day);
              LocalDate first = LocalDate.of(year, month, 1);
              LocalDate d =
                  first.with(TemporalAdjusters.dayOfWeekInMonth(week == 5 ? -1 : week, dow));
              yield week == 5 ? first.with(TemporalAdjusters.lastInMonth(dow)) : d;
            }
          };
      return date.atStartOfDay().plusSeconds(seconds);
    }
  }

  private PosixTzRules(ZoneOffset std, ZoneOffset dst, Rule start, Rule end, ZoneId iana) {
    this.std = std;
    this.dst = dst;
    this.start = start;
    this.end = end;
    this.iana = iana;
  }

  /** Parses a TZ value; throws {@link IllegalArgumentException} when it is not one. */
  static PosixTzRules parse(String tz) {
    if (tz == null || tz.isBlank() || tz.length() > 128) {
      throw new IllegalArgumentException("empty or too long");
    }
    try {
      return new Parser(tz.strip()).parse();
    } catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException e) {
      if (tz.contains("/") && !tz.contains(",")) {
        try {
          return new PosixTzRules(null, null, null, null, ZoneId.of(tz.strip()));
        } catch (java.time.DateTimeException ignored) {
          // fall through
        }
      }
      throw new IllegalArgumentException("not a POSIX TZ string: " + tz, e);
    }
  }

  /** The offset from UTC in force at {@code instant}. */
  ZoneOffset offsetAt(Instant instant) {
    if (iana != null) {
      return iana.getRules().getOffset(instant);
    }
    if (dst == null) {
      return std;
    }
    int year = LocalDateTime.ofInstant(instant, std).getYear();
    Instant on = start.at(year).toInstant(std);
    Instant off = end.at(year).toInstant(dst);
    boolean inDst =
        on.isBefore(off)
            ? !instant.isBefore(on) && instant.isBefore(off)
            : !instant.isBefore(on) || instant.isBefore(off);
    return inDst ? dst : std;
  }

  /** Local date and time at {@code instant}. */
  LocalDateTime localAt(Instant instant) {
    return LocalDateTime.ofInstant(instant, offsetAt(instant));
  }

  private static final class Parser {
    private final String s;
    private int i;

    Parser(String s) {
      this.s = s;
    }

    PosixTzRules parse() {
      name();
      int stdWest = offset();
      ZoneOffset std = ZoneOffset.ofTotalSeconds(-stdWest);
      if (i == s.length()) {
        return new PosixTzRules(std, null, null, null, null);
      }
      name();
      int dstWest = stdWest - 3600;
      if (i < s.length() && s.charAt(i) != ',') {
        dstWest = offset();
      }
      ZoneOffset dst = ZoneOffset.ofTotalSeconds(-dstWest);
      Rule start;
      Rule end;
      if (i == s.length()) {
        start = new Rule('M', 3, 2, 0, 7200);
        end = new Rule('M', 11, 1, 0, 7200);
      } else {
        expect(',');
        start = rule();
        expect(',');
        end = rule();
      }
      if (i != s.length()) {
        throw new IllegalArgumentException("trailing characters");
      }
      return new PosixTzRules(std, dst, start, end, null);
    }

    private void name() {
      int from = i;
      if (i < s.length() && s.charAt(i) == '<') {
        int close = s.indexOf('>', i);
        if (close < 0 || close - i - 1 < 3) {
          throw new IllegalArgumentException("bad quoted name");
        }
        for (int k = i + 1; k < close; k++) {
          char c = s.charAt(k);
          if (!Character.isLetterOrDigit(c) && c != '+' && c != '-') {
            throw new IllegalArgumentException("bad quoted name");
          }
        }
        i = close + 1;
        return;
      }
      while (i < s.length() && isAsciiLetter(s.charAt(i))) {
        i++;
      }
      if (i - from < 3) {
        throw new IllegalArgumentException("zone name needs 3 letters");
      }
    }

    private int offset() {
      int sign = 1;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        sign = s.charAt(i) == '-' ? -1 : 1;
        i++;
      }
      int secs = clock(24);
      return sign * secs;
    }

    private int clock(int maxHours) {
      int h = number(0, maxHours);
      int m = 0;
      int sec = 0;
      if (i < s.length() && s.charAt(i) == ':') {
        i++;
        m = number(0, 59);
        if (i < s.length() && s.charAt(i) == ':') {
          i++;
          sec = number(0, 59);
        }
      }
      return h * 3600 + m * 60 + sec;
    }

    private Rule rule() {
      Rule r;
      char c = s.charAt(i);
      if (c == 'M') {
        i++;
        int month = number(1, 12);
        expect('.');
        int week = number(1, 5);
        expect('.');
        int day = number(0, 6);
        r = new Rule('M', month, week, day, 7200);
      } else if (c == 'J') {
        i++;
        r = new Rule('J', 0, 0, number(1, 365), 7200);
      } else {
        r = new Rule('n', 0, 0, number(0, 365), 7200);
      }
      if (i < s.length() && s.charAt(i) == '/') {
        i++;
        int sign = 1;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
          sign = s.charAt(i) == '-' ? -1 : 1;
          i++;
        }
        r = new Rule(r.kind(), r.month(), r.week(), r.day(), sign * clock(167));
      }
      return r;
    }

    private int number(int min, int max) {
      int from = i;
      while (i < s.length() && Character.isDigit(s.charAt(i)) && i - from < 3) {
        i++;
      }
      if (i == from) {
        throw new IllegalArgumentException("number expected at " + from);
      }
      int v = Integer.parseInt(s.substring(from, i));
      if (v < min || v > max) {
        throw new IllegalArgumentException("number out of range at " + from);
      }
      return v;
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw new IllegalArgumentException("'" + c + "' expected at " + i);
      }
      i++;
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
  }
}
