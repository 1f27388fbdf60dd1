package dev.jonvif.device.ptz;

import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.ptz.internal.SimulatedPtzDrive;
import java.time.Duration;

/**
 * The pan/tilt/zoom hardware of one camera: what the PTZ service drives. The service validates
 * every request (spaces, ranges, limits, timeouts) and resolves presets, home and relative moves
 * into absolute moves before calling the drive, so an implementation only moves motors.
 *
 * <p>A virtual camera gets a {@link SimulatedPtzDrive} on first use. Embedding code with real
 * hardware attaches its own drive before serving the camera: {@code camera.attach(PtzDrive.class,
 * myDrive)}. Implementations are called from request threads concurrently and must be thread-safe.
 */
public interface PtzDrive {

  /** The drive of {@code camera}: the attached one, or a simulated one created on first use. */
  static PtzDrive of(VirtualCamera camera) {
    return camera.attachment(PtzDrive.class, SimulatedPtzDrive::new);
  }

  /** The node this drive is: token, presets, home, auxiliary commands. */
  PtzNode node();

  /** The current position and whether each axis group moves. */
  PtzStatus status();

  /**
   * Starts moving at {@code velocity} (generic velocity space, -1..1 per axis, 1 the fastest) until
   * stopped, until {@code timeout} has passed, or until a limit is reached. An axis group the
   * vector leaves out keeps what it was doing; a zero velocity stops it.
   */
  void continuousMove(PtzVector velocity, Duration timeout);

  /**
   * Moves to {@code target} (generic position space) at {@code speed} (generic speed space, 0..1
   * per axis; the service always fills it in for the axis groups the target names). An axis group
   * the target leaves out keeps what it was doing.
   */
  void absoluteMove(PtzVector target, PtzVector speed);

  /** Stops the pan/tilt and/or zoom movement where it is. */
  void stop(boolean panTilt, boolean zoom);

  /**
   * Runs one of {@link PtzNode#auxiliaryCommands()} (already checked) and returns the answer for
   * tptz:AuxiliaryResponse.
   */
  String auxiliaryCommand(String command);
}
