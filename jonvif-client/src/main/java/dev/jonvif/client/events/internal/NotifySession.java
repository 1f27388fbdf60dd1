package dev.jonvif.client.events.internal;

import dev.jonvif.client.events.EventMessages;
import dev.jonvif.client.events.EventMode;
import dev.jonvif.client.events.EventOptions;
import dev.jonvif.client.events.NotifySubscription;
import dev.jonvif.client.events.OnvifEvent;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A Basic Notification subscription kept alive: Subscribe with the consumer's address, Renew ahead
 * of expiry by the camera's clock, and re-subscribe (with back-off) when a Renew says the camera no
 * longer has it (reboot, expiry). The camera pushes Notify to the {@code NotificationConsumer};
 * each NotificationMessage is read into an {@link OnvifEvent} and delivered in order.
 */
public final class NotifySession extends ManagedSubscription<NotifySubscription> {

  /** Renew when less than this share of the keep-alive is left (but at least 15 s). */
  private static final int RENEW_DIVISOR = 3;

  private static final Duration RENEW_MARGIN = Duration.ofSeconds(15);
  private static final Duration MAX_SLEEP = Duration.ofSeconds(1);

  private final Function<Consumer<XmlElement>, NotifySubscription> subscriber;
  private final Clock clock;
  private final Runnable onClosed;
  private DeviceClock deviceClock;

  /**
   * @param subscriber subscribes with a filter-less callback and returns the subscription
   * @param onClosed runs once the session has ended (closes the consumer)
   */
  public NotifySession(
      String name,
      EventOptions options,
      Consumer<OnvifEvent> listener,
      RandomGenerator random,
      Clock clock,
      Function<Consumer<XmlElement>, NotifySubscription> subscriber,
      Runnable onClosed) {
    super(options, listener, name, random);
    this.subscriber = subscriber;
    this.clock = clock;
    this.onClosed = onClosed;
  }

  /** The Filter to subscribe with, or {@code null}. */
  public static XmlElement filter(EventOptions options) {
    return EventRequests.filter(Namespaces.WSNT, options);
  }

  @Override
  public EventMode mode() {
    return EventMode.NOTIFY;
  }

  @Override
  protected NotifySubscription establish() {
    NotifySubscription s = subscriber.apply(this::received);
    deviceClock = new DeviceClock(options.initialTermination());
    deviceClock.update(
        s.currentTime().orElse(null), s.terminationTime().orElse(null), clock.instant(), null);
    return s;
  }

  private void received(XmlElement notificationMessage) {
    try {
      deliver(List.of(EventMessages.parse(notificationMessage)));
    } catch (MalformedMessageException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "unreadable notification: " + e.getMessage());
    }
  }

  @Override
  protected void serve(NotifySubscription s) {
    // Renew with a third of the keep-alive left, or 15 s when that is more (but at most half).
    Duration keepAlive = options.initialTermination();
    Duration third = keepAlive.dividedBy(RENEW_DIVISOR);
    Duration half = keepAlive.dividedBy(2);
    Duration margin = RENEW_MARGIN.compareTo(half) < 0 ? RENEW_MARGIN : half;
    Duration threshold = third.compareTo(margin) > 0 ? third : margin;
    while (!isClosed()) {
      Duration left = deviceClock.remaining(clock.instant()).minus(threshold);
      if (left.isPositive()) {
        pause(left.compareTo(MAX_SLEEP) < 0 ? left : MAX_SLEEP);
        continue;
      }
      s.renew(options.initialTermination());
      boolean jumped =
          deviceClock.update(
              s.currentTime().orElse(null),
              s.terminationTime().orElse(null),
              clock.instant(),
              null);
      if (jumped) {
        LOG.log(System.Logger.Level.DEBUG, "the camera's clock jumped; renewed");
      }
      healthy();
    }
  }

  @Override
  protected void end(NotifySubscription s) {
    s.close();
  }

  @Override
  protected void ended() {
    onClosed.run();
  }

  @Override
  public void synchronize() {
    throw new UnsupportedOperationException(
        "SetSynchronizationPoint belongs to pull points; re-subscribe to get current states");
  }
}
