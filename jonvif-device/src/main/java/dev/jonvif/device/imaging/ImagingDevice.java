package dev.jonvif.device.imaging;

import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.imaging.internal.SimulatedImagingDevice;

/**
 * The image sensor and lens of one camera, per video source token: what the Imaging service drives.
 * The service validates requests against {@link #options} and {@link #focusMoveOptions}, stores the
 * settings (they survive a restart) and then calls {@link #apply}; focus moves go straight to the
 * device.
 *
 * <p>A virtual camera gets a {@link SimulatedImagingDevice} on first use; embedding code with real
 * hardware attaches its own: {@code camera.attach(ImagingDevice.class, myDevice)}. Implementations
 * are called from request threads concurrently and must be thread-safe.
 */
public interface ImagingDevice {

  /** The device of {@code camera}: the attached one, or a simulated one created on first use. */
  static ImagingDevice of(VirtualCamera camera) {
    return camera.attachment(ImagingDevice.class, c -> new SimulatedImagingDevice(c.baseClock()));
  }

  /** What SetImagingSettings accepts for the source. */
  ImagingOptions options(String source);

  /** The focus moves the source accepts. */
  FocusMoveOptions focusMoveOptions(String source);

  /** Applies validated settings (already stored by the service). */
  void apply(String source, ImagingSettings settings);

  /** Where the focus is and whether it moves. */
  FocusStatus focusStatus(String source);

  /** Moves the focus to {@code position} at {@code speed}. */
  void focusAbsolute(String source, float position, float speed);

  /** Moves the focus by {@code distance} at {@code speed}, within the position range. */
  void focusRelative(String source, float distance, float speed);

  /** Moves the focus at {@code speed} (negative: nearer) until stopped or at the end. */
  void focusContinuous(String source, float speed);

  /** Stops the focus where it is. */
  void focusStop(String source);
}
