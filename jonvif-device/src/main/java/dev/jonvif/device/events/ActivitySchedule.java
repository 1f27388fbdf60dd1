package dev.jonvif.device.events;

import dev.jonvif.core.types.XsDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the virtual cameras do on their own: each activity raises a simulated event kind (the admin
 * API's kinds: motion, digital-input, sound, ...) for {@code duration} once every {@code period}.
 * Camera {@code i} runs the schedule shifted by {@code i} × {@link #CAMERA_STAGGER}, so a fleet
 * does not move in lock step. Written as {@code kind:period/duration[,...]}, durations as {@code
 * 30s}, {@code 2m}, {@code 500ms} or xs:duration, e.g. {@code motion:30s/5s,digital-input:2m/10s}.
 *
 * @param activities what happens, in order
 */
public record ActivitySchedule(List<Activity> activities) {

  /** How much later each camera runs the schedule than the one before it. */
  public static final Duration CAMERA_STAGGER = Duration.ofSeconds(7);

  /** What {@code --activity} without a value runs. */
  public static final String DEFAULT_SPEC =
      "motion:30s/5s,cell-motion:45s/4s,digital-input:2m/10s,sound:90s/3s,tamper:10m/20s";

  /**
   * One recurring activity.
   *
   * @param kind the simulated event kind
   * @param period how often it starts
   * @param duration how long its state stays true each time (less than {@code period})
   */
  public record Activity(String kind, Duration period, Duration duration) {
    public Activity {
      Objects.requireNonNull(kind, "kind");
      if (period.isNegative()
          || period.isZero()
          || duration.isNegative()
          || duration.isZero()
          || duration.compareTo(period) >= 0) {
        throw new IllegalArgumentException(
            kind + ": the duration must be positive and shorter than the period");
      }
    }

    /** Whether the activity is on at {@code elapsed} since the schedule started. */
    public boolean activeAt(Duration elapsed) {
      if (elapsed.isNegative()) {
        return false;
      }
      long into = elapsed.toMillis() % period.toMillis();
      return into < duration.toMillis();
    }
  }

  public ActivitySchedule {
    activities = List.copyOf(activities);
  }

  /** The {@link #DEFAULT_SPEC} schedule. */
  public static ActivitySchedule defaults() {
    return parse(DEFAULT_SPEC);
  }

  /**
   * Reads {@code kind:period/duration[,...]}.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static ActivitySchedule parse(String spec) {
    List<Activity> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.strip();
      int colon = p.indexOf(':');
      int slash = p.indexOf('/', colon + 1);
      if (colon <= 0 || slash < 0) {
        throw new IllegalArgumentException(
            "activity '" + p + "' is not kind:period/duration (e.g. motion:30s/5s)");
      }
      out.add(
          new Activity(
              p.substring(0, colon).strip(),
              duration(p.substring(colon + 1, slash)),
              duration(p.substring(slash + 1))));
    }
    return new ActivitySchedule(out);
  }

  private static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return XsDuration.parse(t.toUpperCase(Locale.ROOT));
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new IllegalArgumentException();
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "'" + text.strip() + "' is not a duration (30s, 2m, 500ms or PT30S)", e);
    }
  }
}
