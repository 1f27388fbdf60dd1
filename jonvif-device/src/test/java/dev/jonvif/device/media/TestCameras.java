package dev.jonvif.device.media;

import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.StateStorage;
import dev.jonvif.device.User;
import dev.jonvif.device.UserLevel;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VideoStream;
import dev.jonvif.device.VirtualCamera;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/** Personas and cameras for the media tests. */
final class TestCameras {

  static final User ADMIN = new User("admin", "secret", UserLevel.ADMINISTRATOR, true);

  /** A user of level User: may read media, may not change it. */
  static final User VIEWER = new User("viewer", "view", UserLevel.USER, false);

  private TestCameras() {}

  /** Media and Media2; H.264 main and sub streams and an MJPEG stream. */
  static Persona h264(String name) {
    return persona(
        name,
        EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2),
        List.of(
            new VideoStream("MainStream", 1920, 1080, VideoEncoding.H264, 25, 4096),
            new VideoStream("SubStream", 640, 360, VideoEncoding.H264, 15, 512),
            new VideoStream("MJPEG", 640, 360, VideoEncoding.JPEG, 10, 2048)));
  }

  /** Media and Media2; an H.265 main stream (invisible in Media), H.264 sub and MJPEG. */
  static Persona hevc(String name) {
    return persona(
        name,
        EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2),
        List.of(
            new VideoStream("MainStream", 1920, 1080, VideoEncoding.H265, 25, 4096),
            new VideoStream("SubStream", 640, 360, VideoEncoding.H264, 15, 512),
            new VideoStream("MJPEG", 640, 360, VideoEncoding.JPEG, 10, 2048)));
  }

  /** Media2 only, H.265 main stream at 1440p, H.264 sub stream. */
  static Persona media2Only(String name) {
    return persona(
        name,
        EnumSet.of(OnvifService.MEDIA2),
        List.of(
            new VideoStream("MainStream", 2560, 1440, VideoEncoding.H265, 30, 6144),
            new VideoStream("SubStream", 640, 360, VideoEncoding.H264, 15, 512)));
  }

  private static Persona persona(
      String name, EnumSet<OnvifService> services, List<VideoStream> streams) {
    return new Persona(
        name,
        "jonvif",
        "Test",
        "1.0",
        "SN-" + name,
        "HW1",
        services,
        streams,
        Duration.ZERO,
        null,
        List.of(VIEWER));
  }

  static VirtualCamera camera(Persona persona) {
    return camera(persona, StateStorage.inMemory());
  }

  static VirtualCamera camera(Persona persona, StateStorage storage) {
    return VirtualCamera.create(persona, ADMIN, Clock.systemUTC(), storage);
  }

  static MediaState state(Persona persona) {
    return MediaState.of(camera(persona));
  }
}
