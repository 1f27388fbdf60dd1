package dev.jonvif.discovery;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A registered target with its AppSequence state: the instance id fixed at registration and the
 * message counter shared by every message the target sends.
 */
record Registration(DiscoveryTarget target, long instanceId, AtomicLong counter) {

  Registration withTarget(DiscoveryTarget next) {
    return new Registration(next, instanceId, counter);
  }

  /** The AppSequence for the next message of this target. */
  AppSequence nextSequence() {
    long n = Math.floorMod(counter.incrementAndGet(), AppSequence.MAX_UNSIGNED_INT + 1);
    return AppSequence.of(instanceId, n);
  }
}
