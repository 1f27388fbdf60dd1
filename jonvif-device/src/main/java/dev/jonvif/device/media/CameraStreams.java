package dev.jonvif.device.media;

import dev.jonvif.device.OnvifService;
import dev.jonvif.device.User;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.snapshot.CameraScene;
import dev.jonvif.device.snapshot.Scene;
import dev.jonvif.device.snapshot.SceneRenderer;
import dev.jonvif.rtsp.EncoderSupport;
import dev.jonvif.rtsp.FrameRenderer;
import dev.jonvif.rtsp.MetadataTrack;
import dev.jonvif.rtsp.StreamAuth;
import dev.jonvif.rtsp.StreamCatalog;
import dev.jonvif.rtsp.StreamSpec;
import dev.jonvif.rtsp.VideoEncoding;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The live streams of a set of virtual cameras, for one {@link dev.jonvif.rtsp.RtspServer}: {@code
 * <camera>/<profile>} streams what the profile's current video encoder configuration says
 * (encoding, resolution, frame rate, GOP length, quality), drawn by {@link SceneRenderer} like the
 * snapshot (camera name, camera time, profile, PTZ position and imaging state). Re-read on every
 * lookup, so a SetVideoEncoderConfiguration shows in the next DESCRIBE. Viewers authenticate as the
 * camera's ONVIF users with the same passwords. A profile with a metadata configuration also has a
 * metadata track ({@link MetadataDocuments}).
 */
public final class CameraStreams implements StreamCatalog, StreamAuth {

  private final Function<String, VirtualCamera> cameras;
  private final SceneRenderer renderer = new SceneRenderer();
  private final Map<String, FrameRenderer> sources = new ConcurrentHashMap<>();
  private final Map<String, MetadataTrack> metadata = new ConcurrentHashMap<>();

  /**
   * @param cameras the camera with a name, or {@code null}; called per frame, so keep it cheap
   */
  public CameraStreams(Function<String, VirtualCamera> cameras) {
    this.cameras = Objects.requireNonNull(cameras, "cameras");
  }

  @Override
  public Optional<StreamSpec> lookup(String cameraName, String profileSegment) {
    VirtualCamera camera = cameras.apply(cameraName);
    if (camera == null
        || !camera.isAvailable()
        || !(camera.persona().offers(OnvifService.MEDIA)
            || camera.persona().offers(OnvifService.MEDIA2))) {
      return Optional.empty();
    }
    MediaModel m = MediaState.of(camera).model();
    String token = StreamUris.profileToken(m, profileSegment);
    MediaProfile p = token == null ? null : m.profile(token);
    if (p == null || p.videoEncoder() == null || p.videoSource() == null) {
      return Optional.empty();
    }
    VideoEncoderConfiguration c = m.videoEncoderConfiguration(p.videoEncoder());
    VideoEncoding encoding = VideoEncoding.valueOf(c.encoding().name());
    if (!EncoderSupport.isAvailable(encoding)) {
      return Optional.empty();
    }
    int unit = encoding == VideoEncoding.JPEG ? 8 : 2;
    int width = Math.max(16, c.resolution().width() / unit * unit);
    int height = Math.max(16, c.resolution().height() / unit * unit);
    double rate = Math.min(120, Math.max(1, c.frameRateLimit()));
    int quality = Math.max(1, Math.min(100, Math.round(c.quality())));
    FrameRenderer source =
        sources.computeIfAbsent(camera.name() + "\n" + p.token(), key -> frames(camera, p.token()));
    MetadataTrack track =
        p.metadata() == null || m.metadataConfiguration(p.metadata()) == null
            ? null
            : metadata.computeIfAbsent(
                camera.name() + "\n" + p.token(),
                key -> MetadataTrack.of(new MetadataDocuments(camera, p.token())));
    return Optional.of(
        StreamSpec.builder(encoding, width, height, source)
            .frameRate(rate)
            .gopLength(Math.max(1, c.govLength()))
            .quality(quality)
            .metadata(track)
            .build());
  }

  /** Draws the profile's scene at the camera's time, at the size the stream asks for. */
  private FrameRenderer frames(VirtualCamera camera, String profileToken) {
    return (time, width, height) -> {
      MediaModel m = MediaState.of(camera).model();
      MediaProfile p = m.profile(profileToken);
      String name = p == null ? profileToken : p.name();
      VideoSource source = p == null ? null : m.videoSourceOf(p);
      Scene scene =
          Scene.of(
              camera.name(),
              camera.clock().instant(),
              ZoneOffset.UTC,
              profileToken,
              name,
              width,
              height);
      return renderer.render(
          CameraScene.withHardware(scene, camera, source == null ? null : source.token()));
    };
  }

  @Override
  public boolean requiresAuthentication(String cameraName) {
    return true;
  }

  @Override
  public Optional<String> password(String cameraName, String username) {
    VirtualCamera camera = cameras.apply(cameraName);
    if (camera == null) {
      return Optional.empty();
    }
    User u = camera.device().user(username);
    return u == null ? Optional.empty() : Optional.ofNullable(u.password());
  }
}
