package dev.jonvif.client.events;

/** How an {@link EventSubscription} receives events. */
public enum EventMode {
  /** PullPoint when the camera supports it, Basic Notification otherwise. */
  AUTO,
  /** CreatePullPointSubscription and a PullMessages long poll. */
  PULLPOINT,
  /** Basic Notification: Subscribe with a local consumer URL; the camera pushes Notify. */
  NOTIFY
}
