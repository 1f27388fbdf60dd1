package dev.jonvif.cli;

import java.time.Duration;

/** Human wording shared by commands. */
final class Text {

  private Text() {}

  /** "in sync (0.3 s)", "camera is 2 h 59 min ahead", "unknown (not readable)". */
  static String clock(Duration offset) {
    if (offset == null) {
      return "unknown (the camera did not tell its time)";
    }
    Duration a = offset.abs();
    if (a.compareTo(Duration.ofSeconds(2)) < 0) {
      return String.format("in sync (%+.1f s)", offset.toMillis() / 1000.0);
    }
    return "camera is " + amount(a) + (offset.isNegative() ? " behind" : " ahead");
  }

  /** "2 h 59 min", "3 min 5 s", "12 s", "20454 days". */
  static String amount(Duration d) {
    long s = d.getSeconds();
    if (s >= 2 * 86_400) {
      return (s / 86_400) + " days";
    }
    if (s >= 3600) {
      return (s / 3600) + " h " + (s % 3600) / 60 + " min";
    }
    if (s >= 60) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return s + " s";
  }
}
