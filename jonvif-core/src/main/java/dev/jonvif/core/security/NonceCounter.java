package dev.jonvif.core.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Tracks the HTTP Digest nonce counts ({@code nc}) used with each server nonce, so a request
 * replayed with the same nonce and count is refused. Bounded in time and size, thread-safe.
 *
 * <p>Per nonce it keeps the highest count seen and a 64-bit window of the counts just below it,
 * like IPsec's anti-replay window: requests sent in parallel on one nonce may arrive slightly out
 * of order and are still accepted once each, while a count more than 64 below the highest is
 * refused.
 *
 * <p>Entries are kept for {@code retention} (the nonce lifetime) after a nonce's first use, which
 * outlasts the nonce itself. When more than {@code maxNonces} are in use, the oldest is forgotten
 * early, and every nonce issued no later than it that is not tracked is reported {@link
 * Outcome#FORGOTTEN}: the server treats that as stale, so the client simply retries with a fresh
 * nonce instead of being able to replay.
 */
final class NonceCounter {

  /** What recording a count found. */
  enum Outcome {
    FRESH,
    REPLAYED,
    FORGOTTEN
  }

  /** The counts seen for one nonce. */
  private static final class Window {
    final long issuedAt;
    final long expires;
    long highest;
    long seenBelow; // bit i set: count (highest - i) was seen

    Window(long issuedAt, long expires) {
      this.issuedAt = issuedAt;
      this.expires = expires;
    }

    /** Marks {@code count} seen; {@code false} when it was seen before or is below the window. */
    boolean accept(long count) {
      if (count < 1) {
        return false;
      }
      if (count > highest) {
        long shift = count - highest;
        seenBelow = shift >= 64 ? 1L : (seenBelow << shift) | 1L;
        highest = count;
        return true;
      }
      long back = highest - count;
      if (back >= 64 || (seenBelow & (1L << back)) != 0) {
        return false;
      }
      seenBelow |= 1L << back;
      return true;
    }
  }

  private final int maxNonces;
  private final long retentionMillis;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();
  private long floorMillis = Long.MIN_VALUE;

  NonceCounter(int maxNonces, Duration retention, Clock clock) {
    if (maxNonces < 1) {
      throw new IllegalArgumentException("maxNonces must be positive: " + maxNonces);
    }
    this.maxNonces = maxNonces;
    this.retentionMillis = retention.toMillis();
    this.clock = clock;
  }

  /** Records that {@code count} (1 or more) was used with the nonce issued at {@code issuedAt}. */
  Outcome record(String nonce, long issuedAt, long count) {
    long now = clock.millis();
    lock.lock();
    try {
      expire(now);
      Window w = windows.get(nonce);
      if (w == null) {
        if (issuedAt <= floorMillis) {
          return Outcome.FORGOTTEN;
        }
        w = new Window(issuedAt, now + retentionMillis);
        windows.put(nonce, w);
        if (windows.size() > maxNonces) {
          Iterator<Window> it = windows.values().iterator();
          floorMillis = Math.max(floorMillis, it.next().issuedAt);
          it.remove();
        }
      }
      return w.accept(count) ? Outcome.FRESH : Outcome.REPLAYED;
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      expire(clock.millis());
      return windows.size();
    } finally {
      lock.unlock();
    }
  }

  private void expire(long now) {
    Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator();
    while (it.hasNext() && it.next().getValue().expires <= now) {
      it.remove();
    }
  }
}
