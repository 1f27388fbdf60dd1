package dev.jonvif.client;

import java.util.Objects;

/**
 * How {@link PtzClient} works around cameras that do not take PTZ requests the way the
 * specification writes them. Each policy has an {@code AUTO} default: the client sends the standard
 * request, and when the camera refuses it with a SOAP fault that the variant cures, it remembers
 * the variant for this camera ({@link PtzClient#policies()} shows what it learned).
 *
 * @param timeout ContinuousMove with or without {@code Timeout}
 * @param stop how Stop is sent
 * @param axes pan/tilt and zoom in one request or in two
 */
public record PtzPolicies(TimeoutPolicy timeout, StopPolicy stop, AxesPolicy axes) {

  /** Every policy {@code AUTO}. */
  public static final PtzPolicies AUTO =
      new PtzPolicies(TimeoutPolicy.AUTO, StopPolicy.AUTO, AxesPolicy.AUTO);

  public PtzPolicies {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(stop, "stop");
    Objects.requireNonNull(axes, "axes");
  }

  /** The ContinuousMove timeout. */
  public enum TimeoutPolicy {
    /** Send {@code Timeout}; when the camera refuses it, use {@link #TIMER} from then on. */
    AUTO,
    /** Send {@code Timeout} in ContinuousMove, as the specification says. */
    SEND,
    /**
     * Leave {@code Timeout} out and send Stop when it elapses: for cameras that fault on any
     * Timeout (they report {@code ter:InvalidArgVal} or {@code ter:TimeoutNotSupported}).
     */
    TIMER
  }

  /** The Stop request. */
  public enum StopPolicy {
    /** Try {@link #FLAGS}, then {@link #NO_FLAGS}, then {@link #ZERO_VELOCITY}; keep what works. */
    AUTO,
    /** Stop with explicit {@code PanTilt} and {@code Zoom} booleans. */
    FLAGS,
    /** Stop without the booleans (it stops both): for cameras that fault on them. */
    NO_FLAGS,
    /** ContinuousMove with zero velocity: for cameras without a working Stop. */
    ZERO_VELOCITY
  }

  /** Pan/tilt and zoom in one move. */
  public enum AxesPolicy {
    /** Send both in one request; when refused and each alone works, use {@link #SEPARATE}. */
    AUTO,
    /** One request with both parts. */
    COMBINED,
    /** A pan/tilt request then a zoom request: for cameras that refuse both in one vector. */
    SEPARATE
  }
}
