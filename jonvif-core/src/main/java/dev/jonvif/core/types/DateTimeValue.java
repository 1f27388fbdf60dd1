package dev.jonvif.core.types;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time read leniently from a device: either {@link Known} or {@link Unknown}. Cameras
 * send {@code 0000-00-00}, empty elements and month 13; such values become {@link Unknown} instead
 * of an exception, and the caller decides what an unknown time means.
 */
public sealed interface DateTimeValue {

  /** The instant, or empty when unknown. */
  Optional<Instant> instant();

  /** Whether the time is known. */
  default boolean isKnown() {
    return this instanceof Known;
  }

  /** The instant, or {@code fallback} when unknown. */
  default Instant orElse(Instant fallback) {
    return instant().orElse(fallback);
  }

  /** A known instant. */
  static DateTimeValue of(Instant instant) {
    return new Known(instant);
  }

  /** An unknown time: the received text (truncated) and why it could not be read. */
  static DateTimeValue unknown(String text, String reason) {
    return new Unknown(text, reason);
  }

  /**
   * A time that was read.
   *
   * @param value the instant
   */
  record Known(Instant value) implements DateTimeValue {
    public Known {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public Optional<Instant> instant() {
      return Optional.of(value);
    }
  }

  /**
   * A time that could not be read.
   *
   * @param text the text as received, at most 64 characters, control characters replaced ("" when
   *     there was none)
   * @param reason why it is unknown, e.g. "empty", "month 13 out of range"
   */
  record Unknown(String text, String reason) implements DateTimeValue {
    public Unknown {
      text = Snippet.of(text);
      reason = Objects.requireNonNullElse(reason, "unreadable");
    }

    @Override
    public Optional<Instant> instant() {
      return Optional.empty();
    }
  }
}
