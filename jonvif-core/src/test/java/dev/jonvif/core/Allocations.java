package dev.jonvif.core;

import java.lang.management.ManagementFactory;

/** Bytes the current thread allocates while running an action (HotSpot's per-thread counter). */
public final class Allocations {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Allocations() {}

  /** Runs {@code action}, which must throw; returns what it threw and the bytes allocated. */
  public static Measured<Throwable> ofFailure(Runnable action) {
    long id = Thread.currentThread().threadId();
    long before = THREADS.getThreadAllocatedBytes(id);
    Throwable thrown = null;
    try {
      action.run();
    } catch (Throwable t) {
      thrown = t;
    }
    long after = THREADS.getThreadAllocatedBytes(id);
    if (thrown == null) {
      throw new AssertionError("expected the action to fail");
    }
    return new Measured<>(thrown, after - before);
  }

  /** A result and the bytes allocated producing it. */
  public record Measured<T>(T value, long bytes) {}
}
