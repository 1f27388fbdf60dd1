package dev.jonvif.core.types;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The ONVIF {@code tt:DateTime} structure: a date and a time of day as separate numbers, exactly as
 * the device sent them. No field is checked when the record is made; {@link #toInstant()} and
 * {@link #toLocalDateTime()} interpret them.
 *
 * <p>Interpretation, shared with {@link XsDateTime#parseLenient(String)}: second 60 or 61, minute
 * 60 and hour 24 are carried into the next minute, hour or day (the moment is clear); a year
 * outside 1 to 9999, month 0 or 13, a day the month does not have, a negative or {@link #ABSENT}
 * field make the value unknown (nothing sensible to carry into). Year 1970 is a year like any
 * other: a camera that lost its clock says 1970, and the caller sees the offset.
 *
 * @param year the year, e.g. 2026
 * @param month the month, 1 to 12
 * @param day the day of the month, 1 to 31
 * @param hour the hour, 0 to 23
 * @param minute the minute, 0 to 59
 * @param second the second, 0 to 61 (the schema allows leap seconds)
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, complexType DateTime</a>
 */
public record OnvifDateTime(int year, int month, int day, int hour, int minute, int second) {

  /** The value of a field that was missing or not an integer when read. */
  public static final int ABSENT = -1;

  /** The UTC date and time of {@code instant}, to the second (the fraction is dropped). */
  public static OnvifDateTime ofUtc(Instant instant) {
    return of(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** The fields of {@code t}, to the second. */
  public static OnvifDateTime of(LocalDateTime t) {
    return new OnvifDateTime(
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond());
  }

  /** The fields read as a UTC time; unknown when they are out of range as described above. */
  public DateTimeValue toInstant() {
    String problem = rangeProblem();
    return problem != null
        ? DateTimeValue.unknown(toString(), problem)
        : DateTimeValue.of(carried().toInstant(ZoneOffset.UTC));
  }

  /** The fields as a wall-clock time, or empty when they are out of range as described above. */
  public Optional<LocalDateTime> toLocalDateTime() {
    return rangeProblem() == null ? Optional.of(carried()) : Optional.empty();
  }

  private String rangeProblem() {
    return CalendarFields.rangeProblem(year, month, day, hour, minute, second);
  }

  private LocalDateTime carried() {
    return CalendarFields.carry(year, month, day, hour, minute, second, 0);
  }

  /**
   * Reads a {@code tt:DateTime}-typed element ({@code tt:UTCDateTime}, {@code tt:LocalDateTime},
   * ...). Never throws. Children are found by namespace and local name whatever the prefix, in any
   * order, and by local name alone when a device puts them in the wrong namespace. A missing or
   * non-integer field is {@link #ABSENT}.
   */
  public static OnvifDateTime fromElement(XmlElement element) {
    XmlElement date = element.childLenient(Namespaces.TT, "Date");
    XmlElement time = element.childLenient(Namespaces.TT, "Time");
    return new OnvifDateTime(
        field(date, "Year"),
        field(date, "Month"),
        field(date, "Day"),
        field(time, "Hour"),
        field(time, "Minute"),
        field(time, "Second"));
  }

  private static int field(XmlElement parent, String localName) {
    if (parent == null) {
      return ABSENT;
    }
    XmlElement e = parent.childLenient(Namespaces.TT, localName);
    if (e == null) {
      return ABSENT;
    }
    try {
      return Integer.parseInt(e.textTrim());
    } catch (NumberFormatException notAnInteger) {
      return ABSENT;
    }
  }

  /**
   * Writes this value as an element named {@code namespace}/{@code localName} holding {@code
   * tt:Time} then {@code tt:Date}, the order the schema gives.
   */
  public XmlElement toElement(String namespace, String localName) {
    return XmlElement.builder(namespace, localName)
        .child(
            XmlElement.builder(Namespaces.TT, "Time")
                .child(Namespaces.TT, "Hour", hour)
                .child(Namespaces.TT, "Minute", minute)
                .child(Namespaces.TT, "Second", second)
                .build())
        .child(
            XmlElement.builder(Namespaces.TT, "Date")
                .child(Namespaces.TT, "Year", year)
                .child(Namespaces.TT, "Month", month)
                .child(Namespaces.TT, "Day", day)
                .build())
        .build();
  }

  /** Fields as {@code yyyy-mm-dd hh:mm:ss}, unchecked, for logs and {@link DateTimeValue}. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%04d-%02d-%02d %02d:%02d:%02d",
        year,
        month,
        day,
        hour,
        minute,
        second);
  }
}
