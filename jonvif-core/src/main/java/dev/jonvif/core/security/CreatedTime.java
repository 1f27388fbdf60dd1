package dev.jonvif.core.security;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.types.XsDateTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads {@code wsu:Created} values exactly as {@link XsDateTime#parse(String)} does (the schema's
 * lexical form; no zone means UTC), only faster for the form nearly every client sends ({@code
 * 2026-01-15T10:20:30.123Z}, any number of fraction digits, {@code Z} or {@code ±hh:mm}). The
 * device reads one on every request, and the general parser costs about 1.3 µs against 50 ns here,
 * most of a UsernameToken check. Anything else goes to {@link XsDateTime#parse(String)}; the fast
 * path accepts only values that parser accepts, with the same result (a property test checks it).
 */
final class CreatedTime {

  private CreatedTime() {}

  /** The instant, or {@code null} when the text is not an {@code xs:dateTime}. */
  static Instant parse(String text) {
    Instant fast = parseCommonForm(text);
    return fast != null ? fast : parseGeneral(text);
  }

  private static Instant parseCommonForm(String s) {
    int n = s.length();
    if (n < 19
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    if (hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      for (int scale = 100_000_000; i < n && isDigit(s.charAt(i)); i++, scale /= 10) {
        nanos += (s.charAt(i) - '0') * scale;
      }
      if (i == start) {
        return null;
      }
    }
    int offsetSeconds;
    if (i == n || (i == n - 1 && s.charAt(i) == 'Z')) {
      offsetSeconds = 0;
    } else if (n - i == 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || om < 0 || oh > 14 || om > 59 || (oh == 14 && om > 0)) {
        return null;
      }
      offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    } else {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return Instant.ofEpochSecond(
        epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
  }

  private static Instant parseGeneral(String text) {
    try {
      return XsDateTime.parse(text);
    } catch (MalformedMessageException e) {
      return null;
    }
  }

  /** The decimal value of {@code count} digits at {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
