package dev.jonvif.device.imaging.internal;

import dev.jonvif.device.imaging.FocusMoveOptions;
import dev.jonvif.device.imaging.FocusStatus;
import dev.jonvif.device.imaging.ImagingDevice;
import dev.jonvif.device.imaging.ImagingOptions;
import dev.jonvif.device.imaging.ImagingSettings;
import dev.jonvif.device.ptz.MoveStatus;
import dev.jonvif.device.ptz.internal.AxisMotion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A simulated sensor and focus lens: settings need no applying (the snapshot reads them from the
 * camera's state), the focus position is a lazily computed {@link AxisMotion} per video source,
 * starting mid-range and moving at up to {@link #FOCUS_UNITS_PER_SECOND} at speed 1.
 */
public final class SimulatedImagingDevice implements ImagingDevice {

  /** Focus travel per second at speed 1 (the whole range in 2 s). */
  public static final double FOCUS_UNITS_PER_SECOND = 0.5;

  private static final float START = 0.5f;

  private final Clock clock;
  private final Map<String, AxisMotion> focus = new HashMap<>();

  /** A device reading {@code clock} (the camera's base clock). */
  public SimulatedImagingDevice(Clock clock) {
    this.clock = clock;
  }

  @Override
  public ImagingOptions options(String source) {
    return ImagingOptions.DEFAULT;
  }

  @Override
  public FocusMoveOptions focusMoveOptions(String source) {
    return FocusMoveOptions.DEFAULT;
  }

  @Override
  public void apply(String source, ImagingSettings settings) {
    // Nothing to drive: the picture is drawn from the stored settings.
  }

  @Override
  public synchronized FocusStatus focusStatus(String source) {
    Instant now = clock.instant();
    AxisMotion m = motion(source, now);
    return new FocusStatus(m.position(now), m.moving(now) ? MoveStatus.MOVING : MoveStatus.IDLE);
  }

  @Override
  public synchronized void focusAbsolute(String source, float position, float speed) {
    Instant now = clock.instant();
    float from = motion(source, now).position(now);
    focus.put(
        source,
        AxisMotion.towards(from, clampPosition(position), speed * FOCUS_UNITS_PER_SECOND, now));
  }

  @Override
  public synchronized void focusRelative(String source, float distance, float speed) {
    Instant now = clock.instant();
    float from = motion(source, now).position(now);
    focus.put(
        source,
        AxisMotion.towards(
            from, clampPosition(from + distance), speed * FOCUS_UNITS_PER_SECOND, now));
  }

  @Override
  public synchronized void focusContinuous(String source, float speed) {
    Instant now = clock.instant();
    FocusMoveOptions o = FocusMoveOptions.DEFAULT;
    focus.put(
        source,
        AxisMotion.continuous(
            motion(source, now).position(now),
            speed * FOCUS_UNITS_PER_SECOND,
            Duration.ofDays(1),
            o.position().min(),
            o.position().max(),
            now));
  }

  @Override
  public synchronized void focusStop(String source) {
    Instant now = clock.instant();
    focus.put(source, motion(source, now).stoppedAt(now));
  }

  private AxisMotion motion(String source, Instant now) {
    return focus.computeIfAbsent(source, s -> AxisMotion.idle(START, now));
  }

  private static float clampPosition(float p) {
    FocusMoveOptions o = FocusMoveOptions.DEFAULT;
    return Math.max(o.position().min(), Math.min(o.position().max(), p));
  }
}
