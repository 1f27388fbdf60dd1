package dev.jonvif.device.ptz.internal;

import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.ptz.MoveStatus;
import dev.jonvif.device.ptz.PtzDrive;
import dev.jonvif.device.ptz.PtzNode;
import dev.jonvif.device.ptz.PtzPosition;
import dev.jonvif.device.ptz.PtzState;
import dev.jonvif.device.ptz.PtzStatus;
import dev.jonvif.device.ptz.PtzVector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A simulated PTZ dome: three motors (pan, tilt, zoom) whose positions are computed from the
 * camera's base clock when asked, never by a thread. It starts at the camera's home position, moves
 * at up to {@link #PAN_TILT_UNITS_PER_SECOND} (pan/tilt) and {@link #ZOOM_UNITS_PER_SECOND} (zoom)
 * generic units per second, and stops at the ends of the generic ranges.
 *
 * <p>It reads the camera's base clock rather than its simulated one, so setting the camera's time
 * (SetSystemDateAndTime) does not make the motors jump.
 */
public final class SimulatedPtzDrive implements PtzDrive {

  /** Pan and tilt speed at velocity or speed 1, in generic units per second. */
  public static final double PAN_TILT_UNITS_PER_SECOND = 1.0;

  /** Zoom speed at velocity or speed 1, in generic units per second (wide to tele in 2 s). */
  public static final double ZOOM_UNITS_PER_SECOND = 0.5;

  /** Presets a simulated dome stores. */
  public static final int MAX_PRESETS = 32;

  private static final PtzNode NODE =
      new PtzNode(PtzState.NODE_TOKEN, "PTZ", MAX_PRESETS, false, PtzNode.DOME_AUXILIARY_COMMANDS);

  private final Clock clock;
  private AxisMotion pan;
  private AxisMotion tilt;
  private AxisMotion zoom;
  private boolean wiper;
  private String irLamp = "Auto";

  /** A drive for {@code camera}, standing at its home position. */
  public SimulatedPtzDrive(VirtualCamera camera) {
    this(camera.baseClock(), camera.state(PtzState.SLOT).home());
  }

  /** A drive reading {@code clock}, standing at {@code start}. */
  public SimulatedPtzDrive(Clock clock, PtzPosition start) {
    this.clock = clock;
    Instant now = clock.instant();
    this.pan = AxisMotion.idle(clamp(start.pan(), -1, 1), now);
    this.tilt = AxisMotion.idle(clamp(start.tilt(), -1, 1), now);
    this.zoom = AxisMotion.idle(clamp(start.zoom(), 0, 1), now);
  }

  @Override
  public PtzNode node() {
    return NODE;
  }

  @Override
  public synchronized PtzStatus status() {
    Instant now = clock.instant();
    PtzPosition p = new PtzPosition(pan.position(now), tilt.position(now), zoom.position(now));
    MoveStatus pt = pan.moving(now) || tilt.moving(now) ? MoveStatus.MOVING : MoveStatus.IDLE;
    MoveStatus z = zoom.moving(now) ? MoveStatus.MOVING : MoveStatus.IDLE;
    return new PtzStatus(p, pt, z);
  }

  @Override
  public synchronized void continuousMove(PtzVector velocity, Duration timeout) {
    Instant now = clock.instant();
    if (velocity.hasPanTilt()) {
      pan =
          AxisMotion.continuous(
              pan.position(now),
              velocity.panTilt().x() * PAN_TILT_UNITS_PER_SECOND,
              timeout,
              -1,
              1,
              now);
      tilt =
          AxisMotion.continuous(
              tilt.position(now),
              velocity.panTilt().y() * PAN_TILT_UNITS_PER_SECOND,
              timeout,
              -1,
              1,
              now);
    }
    if (velocity.hasZoom()) {
      zoom =
          AxisMotion.continuous(
              zoom.position(now), velocity.zoom() * ZOOM_UNITS_PER_SECOND, timeout, 0, 1, now);
    }
  }

  @Override
  public synchronized void absoluteMove(PtzVector target, PtzVector speed) {
    Instant now = clock.instant();
    if (target.hasPanTilt()) {
      pan =
          AxisMotion.towards(
              pan.position(now),
              clamp(target.panTilt().x(), -1, 1),
              speed.panTilt().x() * PAN_TILT_UNITS_PER_SECOND,
              now);
      tilt =
          AxisMotion.towards(
              tilt.position(now),
              clamp(target.panTilt().y(), -1, 1),
              speed.panTilt().y() * PAN_TILT_UNITS_PER_SECOND,
              now);
    }
    if (target.hasZoom()) {
      zoom =
          AxisMotion.towards(
              zoom.position(now),
              clamp(target.zoom(), 0, 1),
              speed.zoom() * ZOOM_UNITS_PER_SECOND,
              now);
    }
  }

  @Override
  public synchronized void stop(boolean panTilt, boolean zoomToo) {
    Instant now = clock.instant();
    if (panTilt) {
      pan = pan.stoppedAt(now);
      tilt = tilt.stoppedAt(now);
    }
    if (zoomToo) {
      zoom = zoom.stoppedAt(now);
    }
  }

  @Override
  public synchronized String auxiliaryCommand(String command) {
    switch (command) {
      case "tt:Wiper|On" -> wiper = true;
      case "tt:Wiper|Off" -> wiper = false;
      case "tt:IRLamp|On" -> irLamp = "On";
      case "tt:IRLamp|Off" -> irLamp = "Off";
      case "tt:IRLamp|Auto" -> irLamp = "Auto";
      default -> throw new IllegalArgumentException("unknown auxiliary command " + command);
    }
    return command;
  }

  /** Whether the wiper runs. */
  public synchronized boolean wiper() {
    return wiper;
  }

  /** The IR lamp mode: {@code On}, {@code Off} or {@code Auto}. */
  public synchronized String irLamp() {
    return irLamp;
  }

  private static float clamp(float v, float min, float max) {
    return Math.max(min, Math.min(max, v));
  }
}
