package dev.jonvif.device.ptz.internal;

import static dev.jonvif.core.Namespaces.TPTZ;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.ptz.PtzPosition;
import dev.jonvif.device.ptz.PtzVector;
import dev.jonvif.device.ptz.internal.PtzRequests.Kind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/** ContinuousMove, RelativeMove, AbsoluteMove, Stop and GetStatus. */
public final class PtzMoveHandler implements ServiceHandler {

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.PTZ_CONTINUOUS_MOVE,
        Operation.PTZ_RELATIVE_MOVE,
        Operation.PTZ_ABSOLUTE_MOVE,
        Operation.PTZ_STOP,
        Operation.PTZ_GET_STATUS);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement body = ctx.body();
    PtzTargets t = PtzTargets.of(ctx, Args.requiredText(body, TPTZ, "ProfileToken"));
    switch (ctx.operation()) {
      case PTZ_CONTINUOUS_MOVE -> {
        PtzVector velocity =
            PtzRequests.read(Args.requiredChild(body, TPTZ, "Velocity"), Kind.VELOCITY);
        Duration timeout = PtzRequests.timeout(body, t.configuration());
        t.drive().continuousMove(velocity, timeout);
      }
      case PTZ_ABSOLUTE_MOVE -> {
        PtzVector target =
            PtzRequests.read(Args.requiredChild(body, TPTZ, "Position"), Kind.POSITION);
        PtzVector speed = PtzRequests.speed(body, t.configuration());
        t.drive().absoluteMove(target, speed);
      }
      case PTZ_RELATIVE_MOVE -> {
        PtzVector delta =
            PtzRequests.read(Args.requiredChild(body, TPTZ, "Translation"), Kind.TRANSLATION);
        PtzVector speed = PtzRequests.speed(body, t.configuration());
        t.drive().absoluteMove(relativeTarget(t.drive().status().position(), delta), speed);
      }
      case PTZ_STOP -> {
        boolean panTilt = Args.optionalBoolean(body, TPTZ, "PanTilt", true);
        boolean zoom = Args.optionalBoolean(body, TPTZ, "Zoom", true);
        t.drive().stop(panTilt, zoom);
      }
      case PTZ_GET_STATUS -> {
        return XmlElement.builder(ctx.operation().responseName())
            .child(PtzXml.status(TPTZ, "PTZStatus", t.drive().status(), ctx.clock().instant()))
            .build();
      }
      default -> throw new IllegalStateException("not a move operation: " + ctx.operation());
    }
    return XmlElement.builder(ctx.operation().responseName()).build();
  }

  /** Where a translation from {@code from} ends, kept inside the position spaces. */
  static PtzVector relativeTarget(PtzPosition from, PtzVector delta) {
    PtzVector.PanTilt pt = null;
    if (delta.hasPanTilt()) {
      pt =
          new PtzVector.PanTilt(
              PtzSpaces.clamp(
                  from.pan() + delta.panTilt().x(), PtzSpaces.PAN_TILT_MIN, PtzSpaces.PAN_TILT_MAX),
              PtzSpaces.clamp(
                  from.tilt() + delta.panTilt().y(),
                  PtzSpaces.PAN_TILT_MIN,
                  PtzSpaces.PAN_TILT_MAX));
    }
    Float zoom = null;
    if (delta.hasZoom()) {
      zoom = PtzSpaces.clamp(from.zoom() + delta.zoom(), PtzSpaces.ZOOM_MIN, PtzSpaces.ZOOM_MAX);
    }
    return new PtzVector(pt, zoom);
  }
}
