package dev.jonvif.device.internal.auth;

import dev.jonvif.device.SecurityPolicy.Lockout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts authentication failures per (source address, user name) and says how long to delay an
 * answer and whether the pair is locked out. Bounded: at most {@link #MAX_ENTRIES} pairs are
 * tracked (expired ones are purged first, then the least recently failed). Thread-safe.
 */
public final class LockoutTracker {

  static final int MAX_ENTRIES = 10_000;

  private final Lockout policy;
  private final Clock clock;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  private static final class Entry {
    int failures;
    Instant lastFailure;
    Instant lockedUntil = Instant.MIN;
  }

  /** What to do after a failure. */
  public record Verdict(Duration delay, Duration lockedFor) {
    public boolean isLocked() {
      return !lockedFor.isZero();
    }
  }

  public LockoutTracker(Lockout policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** How much longer {@code source}/{@code username} is locked out; zero when it is not. */
  public synchronized Duration lockedFor(String source, String username) {
    Entry e = entries.get(key(source, username));
    return e == null ? Duration.ZERO : remaining(e, clock.instant());
  }

  /** Records a failure and says how to answer it. */
  public synchronized Verdict failure(String source, String username) {
    Instant now = clock.instant();
    String key = key(source, username);
    Entry e = entries.get(key);
    if (e == null) {
      makeRoom(now);
      e = new Entry();
      entries.put(key, e);
    } else if (e.lastFailure != null
        && Duration.between(e.lastFailure, now).compareTo(policy.window()) > 0
        && !now.isBefore(e.lockedUntil)) {
      e.failures = 0;
    }
    e.failures++;
    e.lastFailure = now;
    if (e.failures >= policy.lockAfter()) {
      e.lockedUntil = now.plus(policy.lockDuration());
      e.failures = 0;
      return new Verdict(policy.maxDelay(), policy.lockDuration());
    }
    return new Verdict(delayFor(e.failures), remaining(e, now));
  }

  /** Forgets the failures of {@code source}/{@code username} after a success. */
  public synchronized void success(String source, String username) {
    entries.remove(key(source, username));
  }

  private Duration delayFor(int failures) {
    if (failures < policy.slowAfter()) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - policy.slowAfter(), 20);
    Duration d = policy.baseDelay().multipliedBy(1L << doublings);
    return d.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : d;
  }

  private static Duration remaining(Entry e, Instant now) {
    return now.isBefore(e.lockedUntil) ? Duration.between(now, e.lockedUntil) : Duration.ZERO;
  }

  private void makeRoom(Instant now) {
    if (entries.size() < MAX_ENTRIES) {
      return;
    }
    for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); it.hasNext(); ) {
      Entry e = it.next().getValue();
      boolean expired =
          !now.isBefore(e.lockedUntil)
              && Duration.between(e.lastFailure, now).compareTo(policy.window()) > 0;
      if (expired) {
        it.remove();
      }
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.pollFirstEntry();
    }
  }

  private static String key(String source, String username) {
    return source + '\u0000' + (username == null ? "" : username);
  }
}
