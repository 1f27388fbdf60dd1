package dev.jonvif.client.events;

import java.time.Duration;
import java.util.Optional;

/**
 * A running subscription to a camera's events (from {@link EventsClient#subscribe}). It keeps
 * itself alive: renews ahead of expiry in the camera's own clock and re-creates itself with
 * back-off when the camera loses it (reboot, expiry, clock jump). {@link #close()} unsubscribes.
 * Thread-safe.
 */
public interface EventSubscription extends AutoCloseable {

  /** The mode in use ({@link EventMode#PULLPOINT} or {@link EventMode#NOTIFY}, never AUTO). */
  EventMode mode();

  /** The current state. */
  SubscriptionState state();

  /**
   * Waits until the subscription is {@link SubscriptionState#ACTIVE}.
   *
   * @return false when {@code timeout} passed first or the subscription was closed
   */
  boolean awaitActive(Duration timeout) throws InterruptedException;

  /** How many times the subscription was created on the camera (1 without any loss). */
  int creations();

  /** The last failure that made the subscription recover, if any. */
  Optional<RuntimeException> lastFailure();

  /**
   * Asks the camera to send the current state of every property again (SetSynchronizationPoint);
   * the answers arrive as {@link PropertyOperation#INITIALIZED} events.
   *
   * @throws IllegalStateException when the subscription is not active
   * @throws UnsupportedOperationException for Basic Notification (a pull-point operation)
   */
  void synchronize();

  /** Stops delivery and unsubscribes (best effort; never throws). Idempotent. */
  @Override
  void close();
}
