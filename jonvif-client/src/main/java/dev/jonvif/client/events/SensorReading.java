package dev.jonvif.client.events;

import java.util.Locale;
import java.util.Optional;

/**
 * What one event says about a sensor.
 *
 * @param kind the sensor kind ({@link SensorKind#UNKNOWN} for unknown topics)
 * @param sourceId the sensor within the camera: the Source item values joined with {@code /} (e.g.
 *     {@code VideoSource_1}, {@code VideoSourceConfig_1/VideoAnalyticsConfig_1/Rule_1}); {@code ""}
 *     without Source items
 * @param item the Data item carrying the state ({@code State}, {@code IsMotion}...), or {@code
 *     null} when none was found
 * @param value that item's value, or {@code null}
 */
public record SensorReading(SensorKind kind, String sourceId, String item, String value) {

  /**
   * The on/off state for a binary sensor: {@code true}, {@code 1}, {@code active}, {@code on} (any
   * case) are on; {@code false}, {@code 0}, {@code inactive}, {@code off} are off; empty for other
   * values and for kinds that are not {@link SensorKind#binary()}.
   */
  public Optional<Boolean> active() {
    if (!kind.binary() || value == null) {
      return Optional.empty();
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "active", "on" -> Optional.of(true);
      case "false", "0", "inactive", "off" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
