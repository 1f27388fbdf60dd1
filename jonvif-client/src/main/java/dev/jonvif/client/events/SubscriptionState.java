package dev.jonvif.client.events;

/** Where an {@link EventSubscription} stands. */
public enum SubscriptionState {
  /** Creating the subscription on the camera. */
  CONNECTING,
  /** Subscribed; events are delivered. */
  ACTIVE,
  /** The subscription was lost (fault, unreachable, reboot); re-creating it after a back-off. */
  RECOVERING,
  /** Closed by the caller; unsubscribed. */
  CLOSED
}
