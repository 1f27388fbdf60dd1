package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TPTZ;

import dev.jonvif.client.PtzPolicies.AxesPolicy;
import dev.jonvif.client.PtzPolicies.StopPolicy;
import dev.jonvif.client.PtzPolicies.TimeoutPolicy;
import dev.jonvif.client.internal.PtzMemory;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.model.PtzVector;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The {@link PtzPolicies} at work: ContinuousMove with or without Timeout (and the Stop timer that
 * replaces it), Stop variants, pan/tilt and zoom together or apart, with the detectors that learn
 * which a camera needs. A detector learns only when the standard request faulted and the variant
 * then succeeded, so a real error (an out-of-range value) fails both and teaches nothing.
 */
final class PtzMotion {

  private final UnaryOperator<XmlElement> call;
  private final PtzMemory memory;
  private final ScheduledExecutorService scheduler;
  private final AtomicReference<ScheduledFuture<?>> pendingStop = new AtomicReference<>();

  PtzMotion(UnaryOperator<XmlElement> call, PtzMemory memory, ScheduledExecutorService scheduler) {
    this.call = call;
    this.memory = memory;
    this.scheduler = scheduler;
  }

  /** ContinuousMove per {@link TimeoutPolicy}, per axis group when the camera needs it. */
  void continuousMove(String profileToken, PtzVector velocity, Duration timeout) {
    cancelPendingStop();
    eachAxisGroup(velocity, v -> continuousMoveOnce(profileToken, v, timeout));
  }

  private void continuousMoveOnce(String profileToken, PtzVector velocity, Duration timeout) {
    TimeoutPolicy policy = memory.policies().timeout();
    if (timeout == null || policy == TimeoutPolicy.SEND) {
      call.apply(continuousMoveRequest(profileToken, velocity, timeout));
      return;
    }
    if (policy == TimeoutPolicy.AUTO) {
      try {
        call.apply(continuousMoveRequest(profileToken, velocity, timeout));
        return;
      } catch (SoapFaultException e) {
        if (e.isNotAuthorized()) {
          throw e;
        }
        // Detector: the same move without Timeout is accepted, so the Timeout was refused.
        call.apply(continuousMoveRequest(profileToken, velocity, null));
        memory.learnTimeout(TimeoutPolicy.TIMER);
      }
    } else {
      call.apply(continuousMoveRequest(profileToken, velocity, null));
    }
    schedulePendingStop(profileToken, velocity, timeout);
  }

  private void schedulePendingStop(String profileToken, PtzVector velocity, Duration timeout) {
    boolean panTilt = velocity.hasPanTilt();
    boolean zoom = velocity.hasZoom();
    ScheduledFuture<?> f =
        scheduler.schedule(
            () -> {
              try {
                stopAxes(profileToken, panTilt, zoom);
              } catch (RuntimeException ignored) {
                // Nobody to tell on a timer thread; the next move or stop asks the camera again.
              }
            },
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    ScheduledFuture<?> old = pendingStop.getAndSet(f);
    if (old != null) {
      old.cancel(false);
    }
  }

  /** Drops the timer Stop of an earlier timed move: a new command supersedes it. */
  void cancelPendingStop() {
    ScheduledFuture<?> old = pendingStop.getAndSet(null);
    if (old != null) {
      old.cancel(false);
    }
  }

  private static XmlElement continuousMoveRequest(
      String profileToken, PtzVector velocity, Duration timeout) {
    return XmlElement.builder(TPTZ, "ContinuousMove")
        .child(TPTZ, "ProfileToken", profileToken)
        .child(velocity.toElement(TPTZ, "Velocity"))
        .child(TPTZ, "Timeout", timeout == null ? null : XsDuration.format(timeout))
        .build();
  }

  /**
   * Runs {@code move} once with the whole vector or, for cameras that need it, once per part (see
   * {@link AxesPolicy}).
   */
  void eachAxisGroup(PtzVector v, Consumer<PtzVector> move) {
    if (v.isEmpty()) {
      throw new IllegalArgumentException("a move needs pan/tilt, zoom or both");
    }
    AxesPolicy policy = memory.policies().axes();
    boolean both = v.hasPanTilt() && v.hasZoom();
    if (!both || policy == AxesPolicy.COMBINED) {
      move.accept(v);
      return;
    }
    if (policy == AxesPolicy.SEPARATE) {
      move.accept(v.panTiltOnly());
      move.accept(v.zoomOnly());
      return;
    }
    try {
      move.accept(v);
    } catch (SoapFaultException e) {
      if (e.isNotAuthorized()) {
        throw e;
      }
      // Detector: each part alone is accepted where both together were refused.
      move.accept(v.panTiltOnly());
      move.accept(v.zoomOnly());
      memory.learnAxes(AxesPolicy.SEPARATE);
    }
  }

  /** Stop for the chosen axes, per {@link StopPolicy}; drops a pending timer Stop. */
  void stop(String profileToken, boolean panTilt, boolean zoom) {
    cancelPendingStop();
    stopAxes(profileToken, panTilt, zoom);
  }

  private void stopAxes(String profileToken, boolean panTilt, boolean zoom) {
    if (!panTilt && !zoom) {
      return;
    }
    StopPolicy policy = memory.policies().stop();
    if (policy != StopPolicy.AUTO) {
      sendStop(policy, profileToken, panTilt, zoom);
      return;
    }
    SoapFaultException first = null;
    for (StopPolicy variant :
        List.of(StopPolicy.FLAGS, StopPolicy.NO_FLAGS, StopPolicy.ZERO_VELOCITY)) {
      try {
        sendStop(variant, profileToken, panTilt, zoom);
        if (variant != StopPolicy.FLAGS) {
          // Detector: the standard Stop faulted, this variant did not.
          memory.learnStop(variant);
        }
        return;
      } catch (SoapFaultException e) {
        if (e.isNotAuthorized()) {
          throw e;
        }
        first = first == null ? e : first;
      }
    }
    throw first;
  }

  private void sendStop(StopPolicy variant, String profileToken, boolean panTilt, boolean zoom) {
    XmlElement.Builder stop =
        XmlElement.builder(TPTZ, "Stop").child(TPTZ, "ProfileToken", profileToken);
    switch (variant) {
      case NO_FLAGS -> call.apply(stop.build());
      case ZERO_VELOCITY ->
          call.apply(
              continuousMoveRequest(
                  profileToken,
                  new PtzVector(
                      panTilt ? new PtzVector.PanTilt(0, 0, null) : null,
                      zoom ? new PtzVector.Zoom(0, null) : null),
                  null));
      default -> call.apply(stop.child(TPTZ, "PanTilt", panTilt).child(TPTZ, "Zoom", zoom).build());
    }
  }
}
