package dev.jonvif.device.ptz.internal;

import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.media.MediaState;
import dev.jonvif.device.ptz.PtzConfiguration;
import dev.jonvif.device.ptz.PtzDrive;
import dev.jonvif.device.ptz.PtzNode;
import dev.jonvif.device.ptz.PtzState;
import dev.jonvif.device.ptz.PtzVector;
import dev.jonvif.device.ptz.internal.PtzRequests.Kind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * GetNodes, GetNode and the PTZ configuration operations: GetConfigurations, GetConfiguration,
 * GetConfigurationOptions, GetCompatibleConfigurations and SetConfiguration.
 */
public final class PtzConfigurationHandler implements ServiceHandler {

  private static final int MAX_NAME = 64;

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.PTZ_GET_NODES,
        Operation.PTZ_GET_NODE,
        Operation.PTZ_GET_CONFIGURATIONS,
        Operation.PTZ_GET_CONFIGURATION,
        Operation.PTZ_GET_CONFIGURATION_OPTIONS,
        Operation.PTZ_GET_COMPATIBLE_CONFIGURATIONS,
        Operation.PTZ_SET_CONFIGURATION);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement body = ctx.body();
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    PtzNode node = PtzDrive.of(ctx.camera()).node();
    switch (ctx.operation()) {
      case PTZ_GET_NODES -> r.child(PtzXml.node(TPTZ, "PTZNode", node));
      case PTZ_GET_NODE -> {
        String token = Args.requiredText(body, TPTZ, "NodeToken");
        if (!token.equals(node.token())) {
          throw DeviceFaults.invalidArgVal(
              "NoEntity", "no PTZ node with token '" + Args.shorten(token) + "'");
        }
        r.child(PtzXml.node(TPTZ, "PTZNode", node));
      }
      case PTZ_GET_CONFIGURATIONS -> {
        for (PtzConfiguration c : ctx.camera().state(PtzState.SLOT).configurations()) {
          r.child(configuration(ctx, c));
        }
      }
      case PTZ_GET_CONFIGURATION ->
          r.child(
              configuration(
                  ctx,
                  PtzTargets.configuration(
                      ctx, Args.requiredText(body, TPTZ, "PTZConfigurationToken"))));
      case PTZ_GET_CONFIGURATION_OPTIONS -> {
        PtzTargets.configuration(ctx, Args.requiredText(body, TPTZ, "ConfigurationToken"));
        r.child(PtzXml.options(TPTZ, "PTZConfigurationOptions"));
      }
      case PTZ_GET_COMPATIBLE_CONFIGURATIONS -> {
        requireProfile(ctx, Args.requiredText(body, TPTZ, "ProfileToken"));
        for (PtzConfiguration c : ctx.camera().state(PtzState.SLOT).configurations()) {
          r.child(configuration(ctx, c));
        }
      }
      case PTZ_SET_CONFIGURATION -> set(ctx, Args.requiredChild(body, TPTZ, "PTZConfiguration"));
      default -> throw new IllegalStateException("not a configuration operation");
    }
    return r.build();
  }

  private static XmlElement configuration(RequestContext ctx, PtzConfiguration c) {
    return PtzXml.configuration(TPTZ, "PTZConfiguration", c, PtzTargets.useCount(ctx, c.token()));
  }

  private static void requireProfile(RequestContext ctx, String profileToken) {
    if (MediaState.of(ctx.camera()).model().profile(profileToken) == null) {
      throw DeviceFaults.noProfile(Args.shorten(profileToken));
    }
  }

  /**
   * SetConfiguration: the name, default speed and default timeout can change; node, spaces and
   * limits must stay what the node has ({@code ter:ConfigModify} otherwise).
   */
  private static void set(RequestContext ctx, XmlElement e) {
    String token = e.attributeLenient("token");
    if (token == null) {
      throw Args.missing("PTZConfiguration@token");
    }
    PtzConfiguration current = PtzTargets.configuration(ctx, token.strip());
    PtzConfiguration changed = current;
    String name = Args.text(e, TT, "Name");
    if (name != null) {
      if (name.isEmpty() || name.length() > MAX_NAME) {
        throw DeviceFaults.configModify("Name must have 1 to " + MAX_NAME + " characters");
      }
      changed = changed.withName(name);
    }
    String node = Args.text(e, TT, "NodeToken");
    if (node != null && !node.equals(current.nodeToken())) {
      throw DeviceFaults.configModify("a PTZ configuration cannot move to another node");
    }
    checkDefaultSpace(e, "DefaultAbsolutePantTiltPositionSpace", PtzSpaces.PAN_TILT_POSITION);
    checkDefaultSpace(e, "DefaultAbsoluteZoomPositionSpace", PtzSpaces.ZOOM_POSITION);
    checkDefaultSpace(e, "DefaultRelativePanTiltTranslationSpace", PtzSpaces.PAN_TILT_TRANSLATION);
    checkDefaultSpace(e, "DefaultRelativeZoomTranslationSpace", PtzSpaces.ZOOM_TRANSLATION);
    checkDefaultSpace(e, "DefaultContinuousPanTiltVelocitySpace", PtzSpaces.PAN_TILT_VELOCITY);
    checkDefaultSpace(e, "DefaultContinuousZoomVelocitySpace", PtzSpaces.ZOOM_VELOCITY);
    XmlElement speed = Args.child(e, TT, "DefaultPTZSpeed");
    if (speed != null) {
      PtzVector s;
      try {
        s = PtzRequests.read(speed, Kind.SPEED);
      } catch (RuntimeException ex) {
        throw DeviceFaults.configModify("DefaultPTZSpeed is outside the speed spaces");
      }
      PtzVector d = changed.defaultSpeed();
      changed =
          changed.withDefaultSpeed(
              new PtzVector(
                  s.hasPanTilt() ? s.panTilt() : d.panTilt(), s.hasZoom() ? s.zoom() : d.zoom()));
    }
    String timeout = Args.text(e, TT, "DefaultPTZTimeout");
    if (timeout != null) {
      Duration d;
      try {
        d = XsDuration.parseLenient(timeout);
      } catch (MalformedMessageException ex) {
        throw DeviceFaults.configModify("DefaultPTZTimeout is not a duration");
      }
      if (!PtzRequests.timeoutSupported(d)) {
        throw DeviceFaults.configModify("DefaultPTZTimeout is outside the PTZTimeout options");
      }
      changed = changed.withDefaultTimeout(d);
    }
    checkLimits(e);
    PtzConfiguration result = changed;
    ctx.camera().update(PtzState.SLOT, s -> s.withConfiguration(result));
    MediaState.of(ctx.camera()).announceConfigurationChanged(result.token(), "PTZ");
  }

  private static void checkDefaultSpace(XmlElement e, String name, String expected) {
    String uri = Args.text(e, TT, name);
    if (uri != null && !uri.equals(expected)) {
      throw DeviceFaults.configModify(name + " is not a space of this node: " + Args.shorten(uri));
    }
  }

  /** Limits, when sent, must be the node's whole range (they cannot be narrowed here). */
  private static void checkLimits(XmlElement e) {
    XmlElement pt = Args.child(e, TT, "PanTiltLimits");
    if (pt != null) {
      XmlElement range = Args.requiredChild(pt, TT, "Range");
      checkRange(range, "XRange", PtzSpaces.PAN_TILT_MIN, PtzSpaces.PAN_TILT_MAX);
      checkRange(range, "YRange", PtzSpaces.PAN_TILT_MIN, PtzSpaces.PAN_TILT_MAX);
    }
    XmlElement z = Args.child(e, TT, "ZoomLimits");
    if (z != null) {
      checkRange(
          Args.requiredChild(z, TT, "Range"), "XRange", PtzSpaces.ZOOM_MIN, PtzSpaces.ZOOM_MAX);
    }
  }

  private static void checkRange(XmlElement space, String name, float min, float max) {
    XmlElement r = Args.child(space, TT, name);
    if (r == null) {
      return;
    }
    try {
      float lo = Float.parseFloat(Args.requiredText(r, TT, "Min"));
      float hi = Float.parseFloat(Args.requiredText(r, TT, "Max"));
      if (Math.abs(lo - min) > 1e-4 || Math.abs(hi - max) > 1e-4) {
        throw DeviceFaults.configModify("the PTZ limits of this node cannot be changed");
      }
    } catch (NumberFormatException ex) {
      throw DeviceFaults.configModify("the PTZ limits are not numbers");
    }
  }
}
