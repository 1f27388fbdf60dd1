package dev.jonvif.device.imaging.internal;

import static dev.jonvif.core.Namespaces.TIMG;
import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.Operation;
import dev.jonvif.device.RequestContext;
import dev.jonvif.device.ServiceHandler;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.imaging.FloatRange;
import dev.jonvif.device.imaging.FocusMoveOptions;
import dev.jonvif.device.imaging.ImagingDevice;
import dev.jonvif.device.imaging.ImagingState;
import dev.jonvif.device.media.MediaState;
import dev.jonvif.device.media.VideoSource;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every Imaging operation: settings (get, set, options) and focus (move, stop, status, move
 * options), per video source. Settings are stored in the camera's {@link ImagingState}; the focus
 * is the {@link ImagingDevice}'s.
 */
public final class ImagingHandler implements ServiceHandler {

  @Override
  public Set<Operation> operations() {
    return EnumSet.of(
        Operation.IMAGING_GET_IMAGING_SETTINGS,
        Operation.IMAGING_SET_IMAGING_SETTINGS,
        Operation.IMAGING_GET_OPTIONS,
        Operation.IMAGING_GET_MOVE_OPTIONS,
        Operation.IMAGING_MOVE,
        Operation.IMAGING_STOP,
        Operation.IMAGING_GET_STATUS);
  }

  @Override
  public XmlElement handle(RequestContext ctx) {
    XmlElement body = ctx.body();
    VirtualCamera camera = ctx.camera();
    String source = source(camera, Args.requiredText(body, TIMG, "VideoSourceToken"));
    ImagingDevice device = ImagingDevice.of(camera);
    XmlElement.Builder r = XmlElement.builder(ctx.operation().responseName());
    switch (ctx.operation()) {
      case IMAGING_GET_IMAGING_SETTINGS ->
          r.child(
              ImagingXml.settings(
                  TIMG, "ImagingSettings", camera.state(ImagingState.SLOT).settings(source)));
      case IMAGING_SET_IMAGING_SETTINGS -> {
        XmlElement e = Args.requiredChild(body, TIMG, "ImagingSettings");
        ImagingState after =
            camera.update(
                ImagingState.SLOT,
                s ->
                    s.with(
                        source,
                        ImagingRequests.merge(s.settings(source), e, device.options(source))));
        device.apply(source, after.settings(source));
      }
      case IMAGING_GET_OPTIONS ->
          r.child(ImagingXml.options(TIMG, "ImagingOptions", device.options(source)));
      case IMAGING_GET_MOVE_OPTIONS ->
          r.child(ImagingXml.moveOptions(TIMG, "MoveOptions", device.focusMoveOptions(source)));
      case IMAGING_MOVE -> move(ctx, device, source, Args.requiredChild(body, TIMG, "Focus"));
      case IMAGING_STOP -> device.focusStop(source);
      case IMAGING_GET_STATUS ->
          r.child(ImagingXml.status(TIMG, "Status", device.focusStatus(source)));
      default -> throw new IllegalStateException("not an imaging operation: " + ctx.operation());
    }
    return r.build();
  }

  /** The source token, if the camera has that video source; {@code ter:NoSource} otherwise. */
  private static String source(VirtualCamera camera, String token) {
    for (VideoSource s : MediaState.of(camera).model().videoSources()) {
      if (s.token().equals(token)) {
        return token;
      }
    }
    throw DeviceFaults.invalidArgVal(
        "NoSource", "no video source with token '" + Args.shorten(token) + "'");
  }

  /** One focus move (tt:FocusMove): Absolute, Relative or Continuous, within the move options. */
  private static void move(
      RequestContext ctx, ImagingDevice device, String source, XmlElement focus) {
    FocusMoveOptions o = device.focusMoveOptions(source);
    float defaultSpeed =
        ctx.camera().state(ImagingState.SLOT).settings(source).focus().defaultSpeed();
    XmlElement absolute = Args.child(focus, TT, "Absolute");
    XmlElement relative = Args.child(focus, TT, "Relative");
    XmlElement continuous = Args.child(focus, TT, "Continuous");
    if (absolute != null) {
      float position = required(absolute, "Position", o.position());
      float speed = optional(absolute, "Speed", o.speed(), defaultSpeed);
      device.focusAbsolute(source, position, speed);
    } else if (relative != null) {
      float distance = required(relative, "Distance", o.distance());
      float speed = optional(relative, "Speed", o.speed(), defaultSpeed);
      device.focusRelative(source, distance, speed);
    } else if (continuous != null) {
      device.focusContinuous(source, required(continuous, "Speed", o.continuousSpeed()));
    } else {
      throw DeviceFaults.invalidArgs(null, "Focus names no Absolute, Relative or Continuous move");
    }
  }

  private static float required(XmlElement parent, String name, FloatRange range) {
    if (Args.text(parent, TT, name) == null) {
      throw Args.missing(name);
    }
    return optional(parent, name, range, 0);
  }

  private static float optional(XmlElement parent, String name, FloatRange range, float fallback) {
    float v = ImagingRequests.number(parent, name, Float.NaN);
    if (Float.isNaN(v)) {
      return fallback;
    }
    if (!range.contains(v)) {
      throw ImagingRequests.invalid(
          name + " " + v + " is outside " + range.min() + ".." + range.max());
    }
    return v;
  }
}
