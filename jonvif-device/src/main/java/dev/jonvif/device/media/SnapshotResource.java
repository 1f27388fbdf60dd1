package dev.jonvif.device.media;

import dev.jonvif.device.AccessClass;
import dev.jonvif.device.HttpResource;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.snapshot.CameraScene;
import dev.jonvif.device.snapshot.Scene;
import dev.jonvif.device.snapshot.SceneRenderer;
import java.time.ZoneOffset;

/**
 * The snapshot JPEGs behind the URIs GetSnapshotUri hands out: {@code GET
 * /onvif/snapshot/<profile>} answers a JPEG of the camera's scene at the profile's encoder
 * resolution, drawn for this moment of the camera's clock. The server protects it with HTTP Digest
 * and the READ_MEDIA access class, like the media operations.
 */
public final class SnapshotResource implements HttpResource {

  /** The resource both media modules serve. */
  public static final SnapshotResource INSTANCE = new SnapshotResource(new SceneRenderer());

  private final SceneRenderer renderer;

  public SnapshotResource(SceneRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public String pathPrefix() {
    return StreamUris.SNAPSHOT_PATH;
  }

  @Override
  public AccessClass accessClass() {
    return AccessClass.READ_MEDIA;
  }

  @Override
  public Reply get(ResourceRequest request) {
    VirtualCamera camera = request.camera();
    if (!camera.persona().offers(OnvifService.MEDIA)
        && !camera.persona().offers(OnvifService.MEDIA2)) {
      return Reply.notFound("this camera has no media service");
    }
    String segment = request.path().substring(StreamUris.SNAPSHOT_PATH.length());
    MediaModel m = MediaState.of(camera).model();
    String token = StreamUris.profileToken(m, segment);
    MediaProfile p = token == null ? null : m.profile(token);
    if (p == null || p.videoEncoder() == null) {
      return Reply.notFound("no media profile with a video encoder at this address");
    }
    Resolution r = m.videoEncoderConfiguration(p.videoEncoder()).resolution();
    Scene scene =
        Scene.of(
            camera.name(),
            camera.clock().instant(),
            ZoneOffset.UTC,
            p.token(),
            p.name(),
            r.width(),
            r.height());
    VideoSource source = m.videoSourceOf(p);
    scene = CameraScene.withHardware(scene, camera, source == null ? null : source.token());
    return new Reply(200, "image/jpeg", renderer.renderJpeg(scene));
  }
}
