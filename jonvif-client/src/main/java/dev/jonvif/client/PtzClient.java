package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TPTZ;

import dev.jonvif.client.PtzPolicies.AxesPolicy;
import dev.jonvif.client.PtzPolicies.StopPolicy;
import dev.jonvif.client.PtzPolicies.TimeoutPolicy;
import dev.jonvif.client.internal.PtzMemory;
import dev.jonvif.client.internal.Soap;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.model.PtzConfiguration;
import dev.jonvif.core.model.PtzConfigurationOptions;
import dev.jonvif.core.model.PtzNode;
import dev.jonvif.core.model.PtzPreset;
import dev.jonvif.core.model.PtzStatus;
import dev.jonvif.core.model.PtzVector;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The PTZ service ({@code tptz}): nodes and their spaces, configurations, moves, status, presets,
 * home and auxiliary commands. Moves take {@link PtzVector}s; a part without a space URI is in the
 * configuration's default space (read the node's spaces with {@link #nodes()}).
 *
 * <p>Vendor differences are handled by {@link PtzPolicies}: what the client learns about a camera
 * is kept for as long as the {@link OnvifCamera} lives. Thread-safe.
 *
 * @see <a href="https://www.onvif.org/ver20/ptz/wsdl/ptz.wsdl">ptz.wsdl</a>
 */
public final class PtzClient {

  private final SoapTransport transport;
  private final URI endpoint;
  private final PtzMemory memory;
  private final ScheduledExecutorService scheduler;
  private final AtomicReference<ScheduledFuture<?>> pendingStop = new AtomicReference<>();

  /**
   * A PTZ client with its own memory of learned policies.
   *
   * @param transport the transport (authentication included)
   * @param endpoint the PTZ service address
   * @param policies the policies to start from
   * @param scheduler runs the Stop of {@link TimeoutPolicy#TIMER}
   */
  public PtzClient(
      SoapTransport transport,
      URI endpoint,
      PtzPolicies policies,
      ScheduledExecutorService scheduler) {
    this(transport, endpoint, new PtzMemory(policies), scheduler);
  }

  PtzClient(
      SoapTransport transport, URI endpoint, PtzMemory memory, ScheduledExecutorService scheduler) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.memory = Objects.requireNonNull(memory, "memory");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  /** The PTZ service address. */
  public URI endpoint() {
    return endpoint;
  }

  /** The policies in force: the configured ones with what was learned in place of AUTO. */
  public PtzPolicies policies() {
    return memory.policies();
  }

  private XmlElement call(XmlElement body) {
    return Soap.call(transport, endpoint, body);
  }

  private static XmlElement.Builder op(String name) {
    return XmlElement.builder(TPTZ, name);
  }

  private static XmlElement.Builder op(String name, String profileToken) {
    return op(name).child(TPTZ, "ProfileToken", Objects.requireNonNull(profileToken, "profile"));
  }

  /** GetNodes. */
  public List<PtzNode> nodes() {
    return PtzNode.listFromResponse(call(op("GetNodes").build()));
  }

  /** GetNode. */
  public PtzNode node(String nodeToken) {
    XmlElement r = call(op("GetNode").child(TPTZ, "NodeToken", nodeToken).build());
    return PtzNode.fromElement(required(r, "PTZNode"));
  }

  /** GetConfigurations. */
  public List<PtzConfiguration> configurations() {
    return call(op("GetConfigurations").build()).childrenLenient("PTZConfiguration").stream()
        .map(PtzConfiguration::fromElement)
        .toList();
  }

  /** GetConfiguration. */
  public PtzConfiguration configuration(String configurationToken) {
    XmlElement r =
        call(
            op("GetConfiguration")
                .child(TPTZ, "PTZConfigurationToken", configurationToken)
                .build());
    return PtzConfiguration.fromElement(required(r, "PTZConfiguration"));
  }

  /** GetConfigurationOptions. */
  public PtzConfigurationOptions configurationOptions(String configurationToken) {
    XmlElement r =
        call(
            op("GetConfigurationOptions")
                .child(TPTZ, "ConfigurationToken", configurationToken)
                .build());
    return PtzConfigurationOptions.fromElement(required(r, "PTZConfigurationOptions"));
  }

  /** SetConfiguration. */
  public void setConfiguration(PtzConfiguration configuration, boolean forcePersistence) {
    call(
        op("SetConfiguration")
            .child(configuration.toElement(TPTZ, "PTZConfiguration"))
            .child(TPTZ, "ForcePersistence", forcePersistence)
            .build());
  }

  /**
   * ContinuousMove: move at {@code velocity} until stopped or until {@code timeout} elapses.
   *
   * @param timeout how long to move, or {@code null} for the configuration's default timeout
   */
  public void continuousMove(String profileToken, PtzVector velocity, Duration timeout) {
    cancelPendingStop();
    forEachAxisGroup(velocity, v -> continuousMoveOnce(profileToken, v, timeout));
  }

  private void continuousMoveOnce(String profileToken, PtzVector velocity, Duration timeout) {
    TimeoutPolicy policy = memory.policies().timeout();
    if (timeout == null || policy == TimeoutPolicy.SEND) {
      call(continuousMoveRequest(profileToken, velocity, timeout));
      return;
    }
    if (policy == TimeoutPolicy.AUTO) {
      try {
        call(continuousMoveRequest(profileToken, velocity, timeout));
        return;
      } catch (SoapFaultException e) {
        if (e.isNotAuthorized()) {
          throw e;
        }
        // Detector: the same move without Timeout is accepted, so the Timeout was refused.
        call(continuousMoveRequest(profileToken, velocity, null));
        memory.learnTimeout(TimeoutPolicy.TIMER);
      }
    } else {
      call(continuousMoveRequest(profileToken, velocity, null));
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
                // The camera will be asked again by the next move or stop; nobody to tell here.
              }
            },
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    ScheduledFuture<?> old = pendingStop.getAndSet(f);
    if (old != null) {
      old.cancel(false);
    }
  }

  private void cancelPendingStop() {
    ScheduledFuture<?> old = pendingStop.getAndSet(null);
    if (old != null) {
      old.cancel(false);
    }
  }

  private static XmlElement continuousMoveRequest(
      String profileToken, PtzVector velocity, Duration timeout) {
    return op("ContinuousMove", profileToken)
        .child(velocity.toElement(TPTZ, "Velocity"))
        .child(TPTZ, "Timeout", timeout == null ? null : XsDuration.format(timeout))
        .build();
  }

  /**
   * RelativeMove: move by {@code translation}.
   *
   * @param speed the speed, or {@code null} for the configuration's default
   */
  public void relativeMove(String profileToken, PtzVector translation, PtzVector speed) {
    cancelPendingStop();
    forEachAxisGroup(
        translation,
        t ->
            call(
                op("RelativeMove", profileToken)
                    .child(t.toElement(TPTZ, "Translation"))
                    .children(speedElement(speed, t))
                    .build()));
  }

  /**
   * AbsoluteMove: move to {@code position}.
   *
   * @param speed the speed, or {@code null} for the configuration's default
   */
  public void absoluteMove(String profileToken, PtzVector position, PtzVector speed) {
    cancelPendingStop();
    forEachAxisGroup(
        position,
        p ->
            call(
                op("AbsoluteMove", profileToken)
                    .child(p.toElement(TPTZ, "Position"))
                    .children(speedElement(speed, p))
                    .build()));
  }

  /** The speed parts matching the parts of {@code vector}, as an optional Speed element. */
  private static List<XmlElement> speedElement(PtzVector speed, PtzVector vector) {
    if (speed == null) {
      return List.of();
    }
    PtzVector s =
        new PtzVector(
            vector.hasPanTilt() ? speed.panTilt() : null, vector.hasZoom() ? speed.zoom() : null);
    return s.isEmpty() ? List.of() : List.of(s.toElement(TPTZ, "Speed"));
  }

  /**
   * Runs {@code move} once with the whole vector or, for cameras that need it, once per part (see
   * {@link AxesPolicy}).
   */
  private void forEachAxisGroup(PtzVector v, Consumer<PtzVector> move) {
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

  /** Stop: stops pan/tilt and zoom. */
  public void stop(String profileToken) {
    stop(profileToken, true, true);
  }

  /** Stop for the chosen axes (a pending timer stop of {@link TimeoutPolicy#TIMER} is dropped). */
  public void stop(String profileToken, boolean panTilt, boolean zoom) {
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
    switch (variant) {
      case NO_FLAGS -> call(op("Stop", profileToken).build());
      case ZERO_VELOCITY ->
          call(
              continuousMoveRequest(
                  profileToken,
                  new PtzVector(
                      panTilt ? new PtzVector.PanTilt(0, 0, null) : null,
                      zoom ? new PtzVector.Zoom(0, null) : null),
                  null));
      default ->
          call(
              op("Stop", profileToken)
                  .child(TPTZ, "PanTilt", panTilt)
                  .child(TPTZ, "Zoom", zoom)
                  .build());
    }
  }

  /** GetStatus. */
  public PtzStatus status(String profileToken) {
    return PtzStatus.fromElement(
        required(call(op("GetStatus", profileToken).build()), "PTZStatus"));
  }

  /** GetPresets. */
  public List<PtzPreset> presets(String profileToken) {
    return PtzPreset.listFromResponse(call(op("GetPresets", profileToken).build()));
  }

  /**
   * SetPreset: stores the current position.
   *
   * @param name the preset name, or {@code null} to let the camera choose
   * @param presetToken an existing preset to overwrite, or {@code null} for a new one
   * @return the preset's token
   */
  public String setPreset(String profileToken, String name, String presetToken) {
    XmlElement r =
        call(
            op("SetPreset", profileToken)
                .child(TPTZ, "PresetName", name)
                .child(TPTZ, "PresetToken", presetToken)
                .build());
    String token = r.childTextLenient("PresetToken");
    if (token == null) {
      throw new MalformedMessageException("SetPresetResponse holds no PresetToken");
    }
    return token.strip();
  }

  /** RemovePreset. */
  public void removePreset(String profileToken, String presetToken) {
    call(op("RemovePreset", profileToken).child(TPTZ, "PresetToken", presetToken).build());
  }

  /**
   * GotoPreset.
   *
   * @param speed the speed, or {@code null} for the configuration's default
   */
  public void gotoPreset(String profileToken, String presetToken, PtzVector speed) {
    cancelPendingStop();
    XmlElement.Builder b = op("GotoPreset", profileToken).child(TPTZ, "PresetToken", presetToken);
    if (speed != null && !speed.isEmpty()) {
      b.child(speed.toElement(TPTZ, "Speed"));
    }
    call(b.build());
  }

  /**
   * GotoHomePosition.
   *
   * @param speed the speed, or {@code null} for the configuration's default
   */
  public void gotoHome(String profileToken, PtzVector speed) {
    cancelPendingStop();
    XmlElement.Builder b = op("GotoHomePosition", profileToken);
    if (speed != null && !speed.isEmpty()) {
      b.child(speed.toElement(TPTZ, "Speed"));
    }
    call(b.build());
  }

  /** SetHomePosition: the current position becomes home. */
  public void setHome(String profileToken) {
    call(op("SetHomePosition", profileToken).build());
  }

  /**
   * SendAuxiliaryCommand, e.g. {@code tt:Wiper|On} (see {@link PtzNode#auxiliaryCommands()}).
   *
   * @return the camera's answer text ("" when none)
   */
  public String sendAuxiliaryCommand(String profileToken, String command) {
    XmlElement r =
        call(
            op("SendAuxiliaryCommand", profileToken).child(TPTZ, "AuxiliaryData", command).build());
    String answer = r.childTextLenient("AuxiliaryResponse");
    return answer == null ? "" : answer.strip();
  }

  private static XmlElement required(XmlElement response, String child) {
    XmlElement c = response.childLenient(TPTZ, child);
    if (c == null) {
      throw new MalformedMessageException(response.localName() + " holds no " + child);
    }
    return c;
  }
}
