package dev.jonvif.device.io.internal;

import static dev.jonvif.core.Namespaces.TMD;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.io.IoBoard;
import dev.jonvif.device.io.IoState;
import dev.jonvif.device.io.RelayOutputSettings;
import dev.jonvif.device.io.RelayOutputSettings.IdleState;
import dev.jonvif.device.media.MediaState;
import dev.jonvif.device.media.VideoSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The DeviceIO operations in the tmd namespace: GetVideoSources, GetRelayOutputOptions,
 * SetRelayOutputSettings, GetDigitalInputs, GetDigitalInputConfigurationOptions and
 * SetDigitalInputConfigurations.
 */
public final class DeviceIoHandler implements ServiceHandler {

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.DEVICEIO_GET_VIDEO_SOURCES,
        Operation.DEVICEIO_GET_RELAY_OUTPUT_OPTIONS,
        Operation.DEVICEIO_SET_RELAY_OUTPUT_SETTINGS,
        Operation.DEVICEIO_GET_DIGITAL_INPUTS,
        Operation.DEVICEIO_GET_DIGITAL_INPUT_CONFIGURATION_OPTIONS,
        Operation.DEVICEIO_SET_DIGITAL_INPUT_CONFIGURATIONS);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    VirtualCamera camera = ctx.camera();
    XmlElement body = ctx.body();
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    switch (ctx.operation()) {
      case DEVICEIO_GET_VIDEO_SOURCES -> {
        for (VideoSource s : MediaState.of(camera).model().videoSources()) {
          r.child(TMD, "Token", s.token());
        }
      }
      case DEVICEIO_GET_RELAY_OUTPUT_OPTIONS -> {
        String token = Args.text(body, TMD, "RelayOutputToken");
        List<String> tokens =
            token == null
                ? IoBoard.of(camera).relayOutputs()
                : List.of(Relays.relay(camera, token));
        for (String t : tokens) {
          r.child(relayOptions(t));
        }
      }
      case DEVICEIO_SET_RELAY_OUTPUT_SETTINGS -> {
        XmlElement relay = Args.requiredChild(body, TMD, "RelayOutput");
        String token = relay.attributeLenient("token");
        if (token == null) {
          throw Args.missing("RelayOutput@token");
        }
        Relays.setSettings(camera, token, Args.requiredChild(relay, TT, "Properties"));
      }
      case DEVICEIO_GET_DIGITAL_INPUTS -> {
        IoState state = camera.state(IoState.SLOT);
        for (String t : IoBoard.of(camera).digitalInputs()) {
          r.child(
              XmlElement.builder(TMD, "DigitalInputs")
                  .attribute("token", t)
                  .attribute("IdleState", state.input(t).wireName())
                  .build());
        }
      }
      case DEVICEIO_GET_DIGITAL_INPUT_CONFIGURATION_OPTIONS -> {
        String token = Args.text(body, TMD, "Token");
        if (token != null) {
          input(camera, token);
        }
        XmlElement.Builder o = XmlElement.builder(TMD, "DigitalInputOptions");
        for (IdleState s : IdleState.values()) {
          o.child(TMD, "IdleState", s.wireName());
        }
        r.child(o.build());
      }
      case DEVICEIO_SET_DIGITAL_INPUT_CONFIGURATIONS -> setInputs(camera, body);
      default -> throw new IllegalStateException("not a DeviceIO operation: " + ctx.operation());
    }
    return r.build();
  }

  private static XmlElement relayOptions(String token) {
    return XmlElement.builder(TMD, "RelayOutputOptions")
        .attribute("token", token)
        .child(TMD, "Mode", RelayOutputSettings.Mode.MONOSTABLE.wireName())
        .child(TMD, "Mode", RelayOutputSettings.Mode.BISTABLE.wireName())
        .child(
            TMD,
            "DelayTimes",
            seconds(Relays.MIN_DELAY.toMillis()) + " " + seconds(Relays.MAX_DELAY.toMillis()))
        .child(TMD, "Discrete", false)
        .build();
  }

  private static String seconds(long millis) {
    return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
  }

  /** SetDigitalInputConfigurations: all or nothing. */
  private static void setInputs(VirtualCamera camera, XmlElement body) {
    List<String> tokens = new ArrayList<>();
    List<IdleState> states = new ArrayList<>();
    for (XmlElement d : body.childrenLenient("DigitalInputs")) {
      String token = d.attributeLenient("token");
      if (token == null) {
        throw Args.missing("DigitalInputs@token");
      }
      input(camera, token);
      String idle = d.attributeLenient("IdleState");
      tokens.add(token);
      states.add(idle == null ? IdleState.OPEN : Relays.idleState(idle));
    }
    if (tokens.isEmpty()) {
      throw Args.missing("DigitalInputs");
    }
    camera.update(
        IoState.SLOT,
        s -> {
          IoState out = s;
          for (int i = 0; i < tokens.size(); i++) {
            out = out.withInput(tokens.get(i), states.get(i));
          }
          return out;
        });
  }

  private static void input(VirtualCamera camera, String token) {
    if (!IoBoard.of(camera).digitalInputs().contains(token)) {
      throw DeviceFaults.invalidArgVal(
          null, "no digital input with token '" + Args.shorten(token) + "'");
    }
  }
}
