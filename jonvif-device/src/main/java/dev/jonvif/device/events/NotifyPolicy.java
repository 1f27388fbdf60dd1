package dev.jonvif.device.events;

import java.time.Duration;
import java.util.Objects;

/**
 * How the event service pushes Basic Notification ({@code wsnt:Notify}) messages to consumers.
 *
 * @param maxSubscriptions Subscribe subscriptions a camera serves at once (advertised as
 *     MaxNotificationProducers)
 * @param queueLimit undelivered messages kept per subscription; the oldest are dropped beyond it,
 *     so a dead consumer holds at most this many
 * @param batchLimit notification messages sent in one Notify at most
 * @param requestTimeout how long one POST may take (connect and answer)
 * @param attempts how many times one Notify is tried before the consumer is given up on and its
 *     subscription ended
 * @param firstBackoff the wait after the first failed attempt; it doubles after each failure
 * @param maxBackoff the longest wait between attempts
 * @see <a href="http://docs.oasis-open.org/wsn/wsn-ws_base_notification-1.3-spec-os.pdf">
 *     WS-BaseNotification 1.3, §3 (NotificationConsumer) and §4 (Subscribe)</a>
 */
public record NotifyPolicy(
    int maxSubscriptions,
    int queueLimit,
    int batchLimit,
    Duration requestTimeout,
    int attempts,
    Duration firstBackoff,
    Duration maxBackoff) {

  /** Subscriptions per camera unless told otherwise. */
  public static final int DEFAULT_MAX_SUBSCRIPTIONS = 10;

  /** 10 subscriptions, 1000 queued messages, 100 per Notify, 5 s per POST, 5 attempts 0.5..8 s. */
  public static final NotifyPolicy DEFAULT =
      new NotifyPolicy(
          DEFAULT_MAX_SUBSCRIPTIONS,
          1000,
          100,
          Duration.ofSeconds(5),
          5,
          Duration.ofMillis(500),
          Duration.ofSeconds(8));

  public NotifyPolicy {
    if (maxSubscriptions < 1 || queueLimit < 1 || batchLimit < 1 || attempts < 1) {
      throw new IllegalArgumentException(
          "maxSubscriptions, queueLimit, batchLimit and attempts must be at least 1");
    }
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (requestTimeout.isNegative()
        || requestTimeout.isZero()
        || firstBackoff.isNegative()
        || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException(
          "requestTimeout must be positive and maxBackoff at least firstBackoff");
    }
  }

  /** The wait after failed attempt {@code failures} (1 for the first failure). */
  public Duration backoff(int failures) {
    Duration d = firstBackoff;
    for (int i = 1; i < failures && d.compareTo(maxBackoff) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  public NotifyPolicy withMaxSubscriptions(int value) {
    return new NotifyPolicy(
        value, queueLimit, batchLimit, requestTimeout, attempts, firstBackoff, maxBackoff);
  }

  public NotifyPolicy withQueueLimit(int value) {
    return new NotifyPolicy(
        maxSubscriptions, value, batchLimit, requestTimeout, attempts, firstBackoff, maxBackoff);
  }

  /** This policy with {@code count} attempts waiting {@code first} doubling up to {@code max}. */
  public NotifyPolicy withRetries(int count, Duration first, Duration max) {
    return new NotifyPolicy(
        maxSubscriptions, queueLimit, batchLimit, requestTimeout, count, first, max);
  }

  public NotifyPolicy withRequestTimeout(Duration value) {
    return new NotifyPolicy(
        maxSubscriptions, queueLimit, batchLimit, value, attempts, firstBackoff, maxBackoff);
  }
}
