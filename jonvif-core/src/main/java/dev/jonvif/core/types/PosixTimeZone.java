package dev.jonvif.core.types;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a POSIX {@code TZ} string ({@code tt:TimeZone/tt:TZ}) that are cheap to read
 * reliably: the standard-time name and offset, and whether a daylight-saving name follows. {@code
 * CET-1CEST,M3.5.0,M10.5.0/3} is {@code CET} at {@code +01:00} with daylight saving {@code CEST}.
 *
 * <p>POSIX offsets count hours <em>west</em> of Greenwich, so {@code CET-1} is UTC+1 and {@code
 * EST5} is UTC−5. The daylight-saving offset and switch rules are not interpreted (kept as text in
 * {@link #rest()}): cameras disagree on them, e.g. Hikvision writes {@code
 * CST7:00:00DST01:00:00,...} where {@code 01:00:00} is the shift, not the POSIX offset. The glibc
 * form {@code :America/Edmonton} is not POSIX and is not read.
 *
 * @param text the TZ string as received, trimmed
 * @param standardName the standard-time designation, e.g. {@code CET} ({@code <+03>} unquoted)
 * @param standardOffset the standard-time offset from UTC, e.g. {@code +01:00} for {@code CET-1}
 * @param daylightName the daylight-saving designation, or {@code null} when there is none
 * @param rest what follows the designations, unread ("" when nothing)
 * @see <a href="https://pubs.opengroup.org/onlinepubs/9699919799/basedefs/V1_chap08.html">POSIX
 *     Base Definitions, §8.3 TZ</a>
 */
public record PosixTimeZone(
    String text, String standardName, ZoneOffset standardOffset, String daylightName, String rest) {

  private static final String NAME = "(?:<([A-Za-z0-9+-]{3,})>|([A-Za-z]{3,}))";

  private static final Pattern FORM =
      Pattern.compile(
          NAME + "([+-]?)(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2}))?)?" + "(?:" + NAME + ")?(.*)",
          Pattern.DOTALL);

  private static final int MAX_INPUT_CHARS = 128;

  /**
   * Reads the standard part of a TZ string, or empty when it has none: no name, no offset, an
   * offset beyond ±18 hours, or the glibc {@code :Area/City} form.
   */
  public static Optional<PosixTimeZone> parse(String tz) {
    if (tz == null) {
      return Optional.empty();
    }
    String s = tz.strip();
    Matcher m = s.length() > MAX_INPUT_CHARS ? null : FORM.matcher(s);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int hours = Integer.parseInt(m.group(4));
    int minutes = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    if (minutes > 59 || seconds > 59) {
      return Optional.empty();
    }
    int west = hours * 3_600 + minutes * 60 + seconds;
    if (west > 18 * 3_600) {
      return Optional.empty();
    }
    int east = m.group(3).equals("-") ? west : -west;
    String stdName = m.group(1) != null ? m.group(1) : m.group(2);
    String dstName = m.group(7) != null ? m.group(7) : m.group(8);
    return Optional.of(
        new PosixTimeZone(s, stdName, ZoneOffset.ofTotalSeconds(east), dstName, m.group(9)));
  }

  /** Whether the string names a daylight-saving time. */
  public boolean hasDaylightSaving() {
    return daylightName != null;
  }
}
