package dev.jonvif.core.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Remembers the UsernameToken nonces the device has accepted, so a token replayed while its {@code
 * Created} time is still inside the window is refused. Bounded in time and in size, thread-safe.
 *
 * <p>Each nonce is kept for {@code retention} after it was first seen (the verifier passes twice
 * its window: long enough for any token that can still pass the time check). Because entries are
 * kept in arrival order with the same retention, the oldest is always the first to expire, and
 * eviction only looks at the head.
 *
 * <p>When more than {@code maxEntries} nonces arrive within the retention, the oldest is forgotten
 * early. To stay safe rather than let that nonce be replayed, the cache then refuses every token
 * created no later than the newest forgotten one ("fail closed"): such a token may be a replay it
 * can no longer recognise. Only nonces of tokens that passed the password check are recorded, so an
 * attacker without credentials cannot fill the cache.
 *
 * <p>Uses a {@link ReentrantLock} rather than {@code synchronized}, so virtual threads never pin;
 * the critical section is a few map operations.
 */
final class NonceCache {

  private final int maxEntries;
  private final long retentionMillis;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();

  /** Nonce to [created, expires] in epoch milliseconds, in arrival order. */
  private final LinkedHashMap<String, long[]> seen = new LinkedHashMap<>();

  /** Tokens created at or before this instant are refused; set by early eviction. */
  private long floorMillis = Long.MIN_VALUE;

  NonceCache(int maxEntries, Duration retention, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.retentionMillis = retention.toMillis();
    this.clock = clock;
  }

  /**
   * Records a nonce. Returns {@code true} when it is new, {@code false} when it was seen before
   * within the retention, or the token is older than what the cache had to forget.
   *
   * @param nonce the nonce, in any canonical form (the verifier passes the decoded bytes)
   * @param createdMillis the token's creation time
   */
  boolean firstUse(String nonce, long createdMillis) {
    long now = clock.millis();
    lock.lock();
    try {
      expire(now);
      if (createdMillis <= floorMillis || seen.containsKey(nonce)) {
        return false;
      }
      seen.put(nonce, new long[] {createdMillis, now + retentionMillis});
      if (seen.size() > maxEntries) {
        Iterator<long[]> it = seen.values().iterator();
        floorMillis = Math.max(floorMillis, it.next()[0]);
        it.remove();
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Number of nonces remembered now. */
  int size() {
    lock.lock();
    try {
      expire(clock.millis());
      return seen.size();
    } finally {
      lock.unlock();
    }
  }

  private void expire(long now) {
    Iterator<Map.Entry<String, long[]>> it = seen.entrySet().iterator();
    while (it.hasNext() && it.next().getValue()[1] <= now) {
      it.remove();
    }
  }
}
