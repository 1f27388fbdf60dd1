package dev.jonvif.client.internal;

import dev.jonvif.client.PtzPolicies;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one camera's PTZ service was found to need: the configured policies with each {@code AUTO}
 * replaced once a detector decides. Shared by every PTZ client of the camera; thread-safe.
 */
public final class PtzMemory {

  private final AtomicReference<PtzPolicies> policies;

  public PtzMemory(PtzPolicies configured) {
    this.policies = new AtomicReference<>(configured);
  }

  public PtzPolicies policies() {
    return policies.get();
  }

  public void learnTimeout(PtzPolicies.TimeoutPolicy p) {
    policies.updateAndGet(c -> new PtzPolicies(p, c.stop(), c.axes()));
  }

  public void learnStop(PtzPolicies.StopPolicy p) {
    policies.updateAndGet(c -> new PtzPolicies(c.timeout(), p, c.axes()));
  }

  public void learnAxes(PtzPolicies.AxesPolicy p) {
    policies.updateAndGet(c -> new PtzPolicies(c.timeout(), c.stop(), p));
  }
}
