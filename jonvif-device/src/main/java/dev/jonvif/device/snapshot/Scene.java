package dev.jonvif.device.snapshot;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * What a virtual camera "sees" at one moment: everything {@link SceneRenderer} draws into a frame.
 * Snapshots use it now; the RTSP frame source can reuse it.
 *
 * @param camera the camera's name
 * @param time the camera's current (simulated) time
 * @param zone the zone the time is shown in
 * @param profileToken the media profile the frame is for
 * @param profileName the media profile's name
 * @param width frame width in pixels
 * @param height frame height in pixels
 * @param ptz the PTZ position, or {@code null} for a fixed camera
 * @param imaging brightness/contrast/IR mode, or {@code null} for defaults
 * @param relays relay output token to active state (may be empty)
 * @param inputs digital input token to active state (may be empty)
 */
public record Scene(
    String camera,
    Instant time,
    ZoneId zone,
    String profileToken,
    String profileName,
    int width,
    int height,
    PtzPosition ptz,
    Imaging imaging,
    Map<String, Boolean> relays,
    Map<String, Boolean> inputs) {

  /** Largest frame side drawn, to bound memory and time. */
  public static final int MAX_SIDE = 8192;

  public Scene {
    Objects.requireNonNull(camera, "camera");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(profileToken, "profileToken");
    Objects.requireNonNull(profileName, "profileName");
    if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
      throw new IllegalArgumentException("frame size " + width + "x" + height);
    }
    relays = Map.copyOf(relays);
    inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
  }

  /** A scene without digital inputs. */
  public Scene(
      String camera,
      Instant time,
      ZoneId zone,
      String profileToken,
      String profileName,
      int width,
      int height,
      PtzPosition ptz,
      Imaging imaging,
      Map<String, Boolean> relays) {
    this(camera, time, zone, profileToken, profileName, width, height, ptz, imaging, relays, null);
  }

  /** A scene of a fixed camera with default imaging and no relays. */
  public static Scene of(
      String camera,
      Instant time,
      ZoneId zone,
      String profileToken,
      String profileName,
      int width,
      int height) {
    return new Scene(
        camera, time, zone, profileToken, profileName, width, height, null, null, Map.of());
  }

  public Scene withTime(Instant t) {
    return new Scene(
        camera, t, zone, profileToken, profileName, width, height, ptz, imaging, relays, inputs);
  }

  public Scene withPtz(PtzPosition p) {
    return new Scene(
        camera, time, zone, profileToken, profileName, width, height, p, imaging, relays, inputs);
  }

  public Scene withImaging(Imaging i) {
    return new Scene(
        camera, time, zone, profileToken, profileName, width, height, ptz, i, relays, inputs);
  }

  public Scene withRelays(Map<String, Boolean> r) {
    return new Scene(
        camera, time, zone, profileToken, profileName, width, height, ptz, imaging, r, inputs);
  }

  public Scene withInputs(Map<String, Boolean> i) {
    return new Scene(
        camera, time, zone, profileToken, profileName, width, height, ptz, imaging, relays, i);
  }

  /** A PTZ position in the generic spaces (pan and tilt -1..1, zoom 0..1). */
  public record PtzPosition(float pan, float tilt, float zoom) {}

  /**
   * Imaging settings that change the picture.
   *
   * @param brightness 0..100, 50 neutral
   * @param contrast 0..100, 50 neutral
   * @param irMode the IR cut filter mode ({@code ON}, {@code OFF}, {@code AUTO}); OFF (night mode,
   *     filter out) draws in grey
   */
  public record Imaging(float brightness, float contrast, String irMode) {

    public static final Imaging DEFAULT = new Imaging(50, 50, "AUTO");
  }
}
