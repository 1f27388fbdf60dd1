package dev.jonvif.hub;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.core.model.MediaProfile;
import java.util.List;

/**
 * A camera connected and read: the clock, the services, the device information and the media
 * profiles. What validating a new camera and (re)connecting a supervised one both do.
 */
record Connection(OnvifCamera camera, DeviceInformation info, List<MediaProfile> profiles) {

  /**
   * Connects to {@code r}'s camera.
   *
   * @throws RuntimeException the camera's failure (see {@link Failure#of}); nothing stays open
   */
  static Connection open(CameraRecord r, HubOptions options) {
    OnvifCamera c =
        OnvifCamera.builder(r.address())
            .credentials(r.username(), r.password())
            .clock(options.clock())
            .connectTimeout(options.requestTimeout())
            .requestTimeout(options.requestTimeout())
            .build();
    try {
      c.connect();
      DeviceInformation info = c.device().deviceInformation();
      List<MediaProfile> profiles = c.media().profiles();
      return new Connection(c, info, profiles);
    } catch (RuntimeException e) {
      c.close();
      throw e;
    }
  }
}
