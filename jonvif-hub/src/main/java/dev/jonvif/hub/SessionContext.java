package dev.jonvif.hub;

import dev.jonvif.client.OnvifCamera;
import java.time.Clock;
import java.time.Instant;

/** What every {@link CameraSession} shares: options, clock, back-off and who to tell. */
record SessionContext(HubOptions options, Backoff backoff, Listener listener) {

  /** Told about every session's changes; called on the session's thread. */
  interface Listener {
    /** The camera's view changed (status, identity, clock). */
    void changed(CameraView view);

    /** The session connected (or reconnected) {@code camera}. */
    default void connected(CameraSession session, OnvifCamera camera) {}

    /** The session is closing its connection. */
    default void disconnected(CameraSession session) {}
  }

  Clock clock() {
    return options.clock();
  }

  Instant now() {
    return options.clock().instant();
  }
}
