package dev.jonvif.device.snapshot;

import dev.jonvif.device.OnvifService;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.imaging.ImagingSettings;
import dev.jonvif.device.imaging.ImagingState;
import dev.jonvif.device.io.IoBoard;
import dev.jonvif.device.ptz.PtzDrive;
import dev.jonvif.device.ptz.PtzPosition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts a camera's simulated hardware into a {@link Scene}: the PTZ position (PTZ cameras), the
 * imaging settings of the video source, and the relay and input states (cameras with I/O), so the
 * picture shows what clients did to the camera.
 */
public final class CameraScene {

  private CameraScene() {}

  /** {@code scene} with the state of {@code camera}'s hardware for {@code videoSource}. */
  public static Scene withHardware(Scene scene, VirtualCamera camera, String videoSource) {
    Scene s = scene;
    if (camera.persona().offers(OnvifService.PTZ)) {
      PtzPosition p = PtzDrive.of(camera).status().position();
      s = s.withPtz(new Scene.PtzPosition(p.pan(), p.tilt(), p.zoom()));
    }
    if (videoSource != null) {
      ImagingSettings i = camera.state(ImagingState.SLOT).settings(videoSource);
      s = s.withImaging(new Scene.Imaging(i.brightness(), i.contrast(), i.irCutFilter().name()));
    }
    if (camera.persona().io().relayOutputs() > 0 || camera.persona().io().digitalInputs() > 0) {
      IoBoard board = IoBoard.of(camera);
      Map<String, Boolean> relays = new LinkedHashMap<>();
      board.relayOutputs().forEach(t -> relays.put(t, board.relayActive(t)));
      Map<String, Boolean> inputs = new LinkedHashMap<>();
      board.digitalInputs().forEach(t -> inputs.put(t, board.digitalInputActive(t)));
      s = s.withRelays(relays).withInputs(inputs);
    }
    return s;
  }
}
