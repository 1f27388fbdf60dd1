package dev.jonvif.client.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One daemon thread for the client's short timers (the Stop after a timed ContinuousMove), shared
 * by every camera: tasks only hand a request to a virtual thread.
 */
public final class SharedScheduler {

  private SharedScheduler() {}

  private static final class Holder {
    static final ScheduledExecutorService INSTANCE =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "jonvif-client-timer");
              t.setDaemon(true);
              return t;
            });
  }

  /** The shared scheduler, created on first use. */
  public static ScheduledExecutorService get() {
    return Holder.INSTANCE;
  }
}
