package dev.jonvif.device.ptz.internal;

import java.time.Duration;

/**
 * The coordinate spaces a virtual PTZ node supports: the generic ones only, with their ranges.
 *
 * @see <a href="https://www.onvif.org/specs/srv/ptz/ONVIF-PTZ-Service-Spec.pdf">PTZ service spec,
 *     §5.7 generic spaces</a>
 */
final class PtzSpaces {

  private PtzSpaces() {}

  private static final String PT = "http://www.onvif.org/ver10/tptz/PanTiltSpaces/";
  private static final String Z = "http://www.onvif.org/ver10/tptz/ZoomSpaces/";

  static final String PAN_TILT_POSITION = PT + "PositionGenericSpace";
  static final String ZOOM_POSITION = Z + "PositionGenericSpace";
  static final String PAN_TILT_TRANSLATION = PT + "TranslationGenericSpace";
  static final String ZOOM_TRANSLATION = Z + "TranslationGenericSpace";
  static final String PAN_TILT_VELOCITY = PT + "VelocityGenericSpace";
  static final String ZOOM_VELOCITY = Z + "VelocityGenericSpace";
  static final String PAN_TILT_SPEED = PT + "GenericSpeedSpace";
  static final String ZOOM_SPEED = Z + "ZoomGenericSpeedSpace";

  /** Pan and tilt positions, translations and velocities span -1..1. */
  static final float PAN_TILT_MIN = -1;

  static final float PAN_TILT_MAX = 1;

  /** Zoom positions span 0..1 (wide to tele). */
  static final float ZOOM_MIN = 0;

  static final float ZOOM_MAX = 1;

  /** Zoom translations and velocities span -1..1. */
  static final float ZOOM_DELTA_MIN = -1;

  static final float ZOOM_DELTA_MAX = 1;

  /** Speeds span 0..1. */
  static final float SPEED_MIN = 0;

  static final float SPEED_MAX = 1;

  /** The ContinuousMove timeouts the node accepts (PTZConfigurationOptions/PTZTimeout). */
  static final Duration MIN_TIMEOUT = Duration.ofMillis(100);

  static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

  static boolean within(float v, float min, float max) {
    return v >= min && v <= max;
  }

  static float clamp(float v, float min, float max) {
    return Math.max(min, Math.min(max, v));
  }
}
