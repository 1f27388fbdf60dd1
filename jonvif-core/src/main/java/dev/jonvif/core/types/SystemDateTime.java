package dev.jonvif.core.types;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A device's clock as GetSystemDateAndTime reports it: {@code tt:SystemDateTime}.
 *
 * @param dateTimeType how the clock is set
 * @param daylightSavings whether daylight saving is in force (informative)
 * @param timeZone the POSIX TZ string, or {@code null} when the device sent none (see {@link
 *     #posixTimeZone()})
 * @param utcDateTime the current UTC date and time, or {@code null} when absent (mandatory since
 *     ONVIF 2.0, but old devices leave it out)
 * @param localDateTime the current local date and time, or {@code null} when absent
 * @see <a href="https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf">ONVIF Core
 *     Specification, Device management, "Get system date and time"</a>
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, complexType
 *     SystemDateTime</a>
 */
public record SystemDateTime(
    SetDateTimeType dateTimeType,
    boolean daylightSavings,
    String timeZone,
    OnvifDateTime utcDateTime,
    OnvifDateTime localDateTime) {

  public SystemDateTime {
    Objects.requireNonNull(dateTimeType, "dateTimeType");
  }

  /**
   * Reads a {@code tt:SystemDateTime}-typed element, such as {@code tds:SystemDateAndTime} in a
   * GetSystemDateAndTimeResponse. Never throws: children are found by namespace and local name
   * whatever the prefix, and by local name alone when in the wrong namespace; a missing or unknown
   * DateTimeType reads as {@link SetDateTimeType#MANUAL}; DaylightSavings is true only for {@code
   * true} or {@code 1} (any case); an empty TZ reads as {@code null}; out-of-range dates are kept
   * as sent and interpreted by {@link OnvifDateTime}.
   */
  public static SystemDateTime fromElement(XmlElement element) {
    SetDateTimeType type =
        Objects.requireNonNullElse(
            SetDateTimeType.fromWire(element.childTextLenient("DateTimeType")),
            SetDateTimeType.MANUAL);
    String dst = element.childTextLenient("DaylightSavings");
    boolean daylight = dst != null && (dst.equalsIgnoreCase("true") || dst.equals("1"));
    XmlElement zone = element.childLenient(Namespaces.TT, "TimeZone");
    String tz = zone == null ? null : zone.childTextLenient("TZ");
    XmlElement utc = element.childLenient(Namespaces.TT, "UTCDateTime");
    XmlElement local = element.childLenient(Namespaces.TT, "LocalDateTime");
    return new SystemDateTime(
        type,
        daylight,
        tz == null || tz.isEmpty() ? null : tz,
        utc == null ? null : OnvifDateTime.fromElement(utc),
        local == null ? null : OnvifDateTime.fromElement(local));
  }

  /**
   * Writes this value as {@code tds:SystemDateAndTime}, as GetSystemDateAndTimeResponse holds it.
   */
  public XmlElement toElement() {
    return toElement(Namespaces.TDS, "SystemDateAndTime");
  }

  /** Writes this value as an element named {@code namespace}/{@code localName}. */
  public XmlElement toElement(String namespace, String localName) {
    XmlElement.Builder b =
        XmlElement.builder(namespace, localName)
            .child(Namespaces.TT, "DateTimeType", dateTimeType.wireValue())
            .child(Namespaces.TT, "DaylightSavings", daylightSavings);
    if (timeZone != null) {
      b.child(
          XmlElement.builder(Namespaces.TT, "TimeZone")
              .child(Namespaces.TT, "TZ", timeZone)
              .build());
    }
    if (utcDateTime != null) {
      b.child(utcDateTime.toElement(Namespaces.TT, "UTCDateTime"));
    }
    if (localDateTime != null) {
      b.child(localDateTime.toElement(Namespaces.TT, "LocalDateTime"));
    }
    return b.build();
  }

  /** The device's UTC time; unknown when UTCDateTime is absent or out of range. */
  public DateTimeValue utcInstant() {
    return utcDateTime == null
        ? DateTimeValue.unknown("", "no UTCDateTime")
        : utcDateTime.toInstant();
  }

  /**
   * How far the device's clock is ahead of {@code localNow} (negative when behind), or empty when
   * the device's UTC time is unknown. Add it to a local instant to get the device's idea of that
   * moment, e.g. for a WS-Security {@code Created} the device will accept. The device reports whole
   * seconds, so the result is exact only to about a second plus the response's travel time; pass
   * the instant the response arrived.
   */
  public Optional<Duration> clockOffset(Instant localNow) {
    return utcInstant().instant().map(deviceNow -> Duration.between(localNow, deviceNow));
  }

  /** The TZ string's standard part, or empty when there is none or it is not POSIX. */
  public Optional<PosixTimeZone> posixTimeZone() {
    return PosixTimeZone.parse(timeZone);
  }
}
