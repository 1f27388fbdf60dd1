package dev.jonvif.rtsp;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * A stream's 90 kHz RTP clock: a random starting value (RFC 3550 §5.1) at {@code epoch}.
 *
 * @param epoch the instant the clock shows {@code base}
 * @param base the timestamp at the epoch (32 bits)
 */
record RtpClock(Instant epoch, long base) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A clock starting at {@code epoch} from a random value. */
  static RtpClock startingAt(Instant epoch) {
    return new RtpClock(epoch, RANDOM.nextInt() & 0xffffffffL);
  }

  /** The RTP timestamp of an instant. */
  long timestampAt(Instant t) {
    Duration d = Duration.between(epoch, t);
    long ticks = d.getSeconds() * 90_000L + d.getNano() * 9L / 100_000L;
    return (base + ticks) & 0xffffffffL;
  }
}
