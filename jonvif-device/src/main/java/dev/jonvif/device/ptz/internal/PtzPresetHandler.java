package dev.jonvif.device.ptz.internal;

import static dev.jonvif.core.Namespaces.TPTZ;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ptz.PtzPosition;
import dev.jonvif.device.ptz.PtzPreset;
import dev.jonvif.device.ptz.PtzState;
import dev.jonvif.device.ptz.PtzVector;
import java.util.EnumSet;
import java.util.Set;

/**
 * Presets (GetPresets, SetPreset, RemovePreset, GotoPreset), home (GotoHomePosition,
 * SetHomePosition) and SendAuxiliaryCommand. Presets and home are stored in the camera's {@link
 * PtzState}, so they survive a restart.
 */
public final class PtzPresetHandler implements ServiceHandler {

  private static final int MAX_NAME = 64;

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.PTZ_GET_PRESETS,
        Operation.PTZ_SET_PRESET,
        Operation.PTZ_REMOVE_PRESET,
        Operation.PTZ_GOTO_PRESET,
        Operation.PTZ_GOTO_HOME_POSITION,
        Operation.PTZ_SET_HOME_POSITION,
        Operation.PTZ_SEND_AUXILIARY_COMMAND);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement body = ctx.body();
    PtzTargets t = PtzTargets.of(ctx, Args.requiredText(body, TPTZ, "ProfileToken"));
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    switch (ctx.operation()) {
      case PTZ_GET_PRESETS -> {
        for (PtzPreset p : ctx.camera().state(PtzState.SLOT).presets()) {
          r.child(PtzXml.preset(TPTZ, "Preset", p));
        }
      }
      case PTZ_SET_PRESET -> r.child(TPTZ, "PresetToken", setPreset(ctx, t));
      case PTZ_REMOVE_PRESET -> {
        String token = Args.requiredText(body, TPTZ, "PresetToken");
        ctx.camera()
            .update(
                PtzState.SLOT,
                s -> {
                  if (s.preset(token) == null) {
                    throw noToken(token);
                  }
                  return s.withoutPreset(token);
                });
      }
      case PTZ_GOTO_PRESET -> {
        String token = Args.requiredText(body, TPTZ, "PresetToken");
        PtzPreset p = ctx.camera().state(PtzState.SLOT).preset(token);
        if (p == null) {
          throw noToken(token);
        }
        t.drive()
            .absoluteMove(PtzVector.of(p.position()), PtzRequests.speed(body, t.configuration()));
      }
      case PTZ_GOTO_HOME_POSITION ->
          t.drive()
              .absoluteMove(
                  PtzVector.of(ctx.camera().state(PtzState.SLOT).home()),
                  PtzRequests.speed(body, t.configuration()));
      case PTZ_SET_HOME_POSITION -> {
        if (t.drive().node().fixedHomePosition()) {
          throw DeviceFaults.action(
              "CannotOverwriteHome", "the home position of this node is fixed");
        }
        PtzPosition here = t.drive().status().position();
        ctx.camera().update(PtzState.SLOT, s -> s.withHome(here));
      }
      case PTZ_SEND_AUXILIARY_COMMAND -> {
        String command = Args.requiredText(body, TPTZ, "AuxiliaryData");
        if (!t.drive().node().auxiliaryCommands().contains(command)) {
          throw DeviceFaults.invalidArgVal(
              null, "auxiliary command not supported: " + Args.shorten(command));
        }
        r.child(TPTZ, "AuxiliaryResponse", t.drive().auxiliaryCommand(command));
      }
      default -> throw new IllegalStateException("not a preset operation: " + ctx.operation());
    }
    return r.build();
  }

  /**
   * SetPreset: a new preset at the current position, or (with PresetToken) the existing preset
   * moved to it; the name must be unique ({@code ter:PresetExist}), new presets fit within the
   * node's maximum ({@code ter:TooManyPresets}).
   */
  private static String setPreset(RequestContext ctx, PtzTargets t) {
    XmlElement body = ctx.body();
    String name = Args.text(body, TPTZ, "PresetName");
    if (name != null && name.isBlank()) {
      name = null;
    }
    if (name != null && name.length() > MAX_NAME) {
      throw DeviceFaults.invalidArgVal(
          "InvalidPresetName", "PresetName must have at most " + MAX_NAME + " characters");
    }
    String requested = Args.text(body, TPTZ, "PresetToken");
    PtzPosition here = t.drive().status().position();
    int max = t.drive().node().maximumNumberOfPresets();
    String wanted = name;
    String[] token = new String[1];
    ctx.camera()
        .update(
            PtzState.SLOT,
            s -> {
              PtzPreset existing = requested == null ? null : s.preset(requested);
              if (requested != null && existing == null) {
                throw noToken(requested);
              }
              if (wanted != null) {
                PtzPreset named = s.presetNamed(wanted);
                if (named != null
                    && (existing == null || !named.token().equals(existing.token()))) {
                  throw DeviceFaults.invalidArgVal(
                      "PresetExist", "a preset named '" + Args.shorten(wanted) + "' exists");
                }
              }
              if (existing == null && s.presets().size() >= max) {
                throw DeviceFaults.action(
                    "TooManyPresets", "this node stores at most " + max + " presets");
              }
              String tok = existing != null ? existing.token() : freeToken(s);
              String n = wanted != null ? wanted : existing != null ? existing.name() : tok;
              token[0] = tok;
              return s.withPreset(new PtzPreset(tok, n, here));
            });
    return token[0];
  }

  private static String freeToken(PtzState s) {
    int n = s.nextPreset();
    while (s.preset("Preset_" + n) != null) {
      n++;
    }
    return "Preset_" + n;
  }

  private static RuntimeException noToken(String token) {
    return DeviceFaults.invalidArgVal(
        "NoToken", "no preset with token '" + Args.shorten(token) + "'");
  }
}
