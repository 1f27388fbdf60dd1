package dev.jonvif.device.io;

import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.io.internal.SimulatedIoBoard;
import java.util.List;

/**
 * The relay outputs and digital inputs of one camera: what the DeviceIO service (and the Device
 * service's relay operations) drive. The service keeps the settings (they survive a restart) and
 * passes them with every state change; the board only switches and reads contacts.
 *
 * <p>A virtual camera gets a {@link SimulatedIoBoard} on first use, with the connectors its persona
 * lists; embedding code with real hardware attaches its own before serving the camera: {@code
 * camera.attach(IoBoard.class, myBoard)}. Implementations must be thread-safe.
 */
public interface IoBoard {

  /** The board of {@code camera}: the attached one, or a simulated one created on first use. */
  static IoBoard of(VirtualCamera camera) {
    return camera.attachment(IoBoard.class, SimulatedIoBoard::new);
  }

  /** The relay output tokens, in order. */
  List<String> relayOutputs();

  /** The digital input tokens, in order. */
  List<String> digitalInputs();

  /** Whether the relay is active now. */
  boolean relayActive(String relayToken);

  /**
   * Sets the relay's logical state; with {@code settings} in monostable mode an activation lasts
   * {@link RelayOutputSettings#delay()}.
   */
  void setRelay(String relayToken, boolean active, RelayOutputSettings settings);

  /** Whether the digital input is active now. */
  boolean digitalInputActive(String inputToken);

  /**
   * Drives a digital input (the simulated world's admin API: a bell button pressed, a door contact
   * opened). Real hardware reports its own inputs and may refuse with {@link
   * UnsupportedOperationException}.
   */
  void setDigitalInput(String inputToken, boolean active);

  void addListener(IoListener listener);

  void removeListener(IoListener listener);
}
