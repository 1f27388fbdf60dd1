package dev.jonvif.device.io.internal;

import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.io.IoBoard;
import dev.jonvif.device.io.IoState;
import dev.jonvif.device.io.RelayOutputSettings;
import dev.jonvif.device.io.RelayOutputSettings.IdleState;
import dev.jonvif.device.io.RelayOutputSettings.Mode;
import java.time.Duration;
import java.util.Locale;

/**
 * The relay operations the Device and DeviceIO services share: list, change settings, switch.
 * Settings are stored in the camera's {@link IoState}; switching goes to its {@link IoBoard}.
 */
final class Relays {

  /** Monostable delays the relays accept (GetRelayOutputOptions/DelayTimes, a range). */
  static final Duration MIN_DELAY = Duration.ofMillis(100);

  static final Duration MAX_DELAY = Duration.ofHours(1);

  private Relays() {}

  /** Every relay output as tt:RelayOutput named {@code ns}:{@code name}. */
  static void list(VirtualCamera camera, XmlElement.Builder into, String ns, String name) {
    IoState state = camera.state(IoState.SLOT);
    for (String token : IoBoard.of(camera).relayOutputs()) {
      RelayOutputSettings s = state.relay(token);
      into.child(
          XmlElement.builder(ns, name)
              .attribute("token", token)
              .child(properties("Properties", s))
              .build());
    }
  }

  static XmlElement properties(String name, RelayOutputSettings s) {
    return XmlElement.builder(TT, name)
        .child(TT, "Mode", s.mode().wireName())
        .child(TT, "DelayTime", XsDuration.format(s.delay()))
        .child(TT, "IdleState", s.idleState().wireName())
        .build();
  }

  /** The token, if the camera has that relay output; {@code ter:RelayToken} otherwise. */
  static String relay(VirtualCamera camera, String token) {
    if (!IoBoard.of(camera).relayOutputs().contains(token)) {
      throw DeviceFaults.invalidArgVal(
          "RelayToken", "no relay output with token '" + Args.shorten(token) + "'");
    }
    return token;
  }

  /** Reads a tt:RelayOutputSettings element and stores it for the relay. */
  static void setSettings(VirtualCamera camera, String token, XmlElement properties) {
    relay(camera, token);
    Mode mode =
        switch (Args.requiredText(properties, TT, "Mode")) {
          case "Monostable" -> Mode.MONOSTABLE;
          case "Bistable" -> Mode.BISTABLE;
          default -> throw DeviceFaults.invalidArgVal(null, "Mode is Monostable or Bistable");
        };
    Duration delay;
    String text = Args.requiredText(properties, TT, "DelayTime");
    try {
      delay = XsDuration.parseLenient(text);
    } catch (MalformedMessageException e) {
      throw DeviceFaults.invalidArgVal(null, "DelayTime is not a duration: " + Args.shorten(text));
    }
    if (mode == Mode.MONOSTABLE
        && (delay.compareTo(MIN_DELAY) < 0 || delay.compareTo(MAX_DELAY) > 0)) {
      throw DeviceFaults.invalidArgVal(
          "ModeError",
          "monostable DelayTime must be "
              + XsDuration.format(MIN_DELAY)
              + ".."
              + XsDuration.format(MAX_DELAY));
    }
    if (delay.isNegative()) {
      throw DeviceFaults.invalidArgVal(null, "DelayTime must not be negative");
    }
    IdleState idle = idleState(Args.requiredText(properties, TT, "IdleState"));
    RelayOutputSettings s = new RelayOutputSettings(mode, delay.toMillis(), idle);
    camera.update(IoState.SLOT, st -> st.withRelay(token, s));
  }

  /** SetRelayOutputState. */
  static void setState(VirtualCamera camera, String token, String logicalState) {
    relay(camera, token);
    boolean active =
        switch (logicalState) {
          case "active" -> true;
          case "inactive" -> false;
          default -> throw DeviceFaults.invalidArgVal(null, "LogicalState is active or inactive");
        };
    IoBoard.of(camera).setRelay(token, active, camera.state(IoState.SLOT).relay(token));
  }

  static IdleState idleState(String text) {
    for (IdleState s : IdleState.values()) {
      if (s.wireName().equals(text.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw DeviceFaults.invalidArgVal(null, "IdleState is open or closed");
  }
}
