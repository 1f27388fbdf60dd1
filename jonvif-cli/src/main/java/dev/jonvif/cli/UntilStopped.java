package dev.jonvif.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a long-lived command until Ctrl-C, SIGTERM or an interrupt, then closes what it started. On
 * a signal the shutdown hook holds the JVM until everything is closed (cameras said Bye, the hub
 * stopped) or {@link #GRACE} passed.
 */
final class UntilStopped {

  /** How long a shutdown waits for the resources to close before the JVM exits anyway. */
  static final Duration GRACE = Duration.ofSeconds(10);

  private UntilStopped() {}

  /**
   * Blocks until stopped, then closes {@code resources} in order (nulls skipped). Restores the
   * interrupt flag when interrupted.
   */
  static void await(String name, AutoCloseable... resources) {
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                closed.await(GRACE.toSeconds(), TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "jonvif-" + name + "-shutdown");
    boolean interrupted = false;
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stop.await();
      } catch (InterruptedException e) {
        interrupted = true; // stop now; restore the flag once everything is closed
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is exiting: the hook waits for `closed`
        }
      }
    } finally {
      closeAll(resources);
      closed.countDown();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Closes each of {@code resources} in order (nulls skipped), logging failures. */
  static void closeAll(AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      closeQuietly(r);
    }
  }

  private static void closeQuietly(AutoCloseable r) {
    if (r == null) {
      return;
    }
    try {
      r.close();
    } catch (Exception e) {
      System.getLogger(UntilStopped.class.getName())
          .log(System.Logger.Level.WARNING, "closing " + r + " failed: " + e.getMessage());
    }
  }
}
