package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TPTZ;

import dev.jonvif.client.internal.PtzMemory;
import dev.jonvif.client.internal.Soap;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.model.PtzConfiguration;
import dev.jonvif.core.model.PtzConfigurationOptions;
import dev.jonvif.core.model.PtzNode;
import dev.jonvif.core.model.PtzPreset;
import dev.jonvif.core.model.PtzStatus;
import dev.jonvif.core.model.PtzVector;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

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
  private final PtzMotion motion;

  /**
   * A PTZ client with its own memory of learned policies.
   *
   * @param transport the transport (authentication included)
   * @param endpoint the PTZ service address
   * @param policies the policies to start from
   * @param scheduler runs the Stop of {@link PtzPolicies.TimeoutPolicy#TIMER}
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
    this.motion = new PtzMotion(this::call, memory, Objects.requireNonNull(scheduler, "scheduler"));
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
    motion.continuousMove(Objects.requireNonNull(profileToken, "profile"), velocity, timeout);
  }

  /**
   * RelativeMove: move by {@code translation}.
   *
   * @param speed the speed, or {@code null} for the configuration's default
   */
  public void relativeMove(String profileToken, PtzVector translation, PtzVector speed) {
    motion.cancelPendingStop();
    motion.eachAxisGroup(
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
    motion.cancelPendingStop();
    motion.eachAxisGroup(
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

  /** Stop: stops pan/tilt and zoom. */
  public void stop(String profileToken) {
    stop(profileToken, true, true);
  }

  /**
   * Stop for the chosen axes (a pending timer Stop of {@link PtzPolicies.TimeoutPolicy#TIMER} is
   * dropped).
   */
  public void stop(String profileToken, boolean panTilt, boolean zoom) {
    motion.stop(Objects.requireNonNull(profileToken, "profile"), panTilt, zoom);
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
    motion.cancelPendingStop();
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
    motion.cancelPendingStop();
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
