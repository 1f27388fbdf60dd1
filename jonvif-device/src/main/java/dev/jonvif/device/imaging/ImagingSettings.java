package dev.jonvif.device.imaging;

import java.util.Objects;

/**
 * The imaging settings of one video source (tt:ImagingSettings20): what SetImagingSettings changes
 * and GetImagingSettings shows. Persisted per video source in {@link ImagingState}.
 *
 * @param brightness 0..100 on a virtual camera
 * @param colorSaturation 0..100
 * @param contrast 0..100
 * @param sharpness 0..100
 * @param irCutFilter the IR cut filter: ON (day, colour), OFF (night, greyscale), AUTO
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, ImagingSettings20</a>
 */
public record ImagingSettings(
    Backlight backlight,
    float brightness,
    float colorSaturation,
    float contrast,
    Exposure exposure,
    Focus focus,
    IrCutFilter irCutFilter,
    float sharpness,
    WideDynamicRange wideDynamicRange,
    WhiteBalance whiteBalance) {

  /** ON or OFF (backlight compensation, wide dynamic range). */
  public enum OnOff {
    ON,
    OFF
  }

  /** AUTO or MANUAL (exposure, focus, white balance). */
  public enum AutoManual {
    AUTO,
    MANUAL
  }

  /** The IR cut filter mode (tt:IrCutFilterMode). */
  public enum IrCutFilter {
    /** Filter in: day mode, colour. */
    ON,
    /** Filter out: night mode, greyscale. */
    OFF,
    /** The camera decides. */
    AUTO
  }

  /** tt:BacklightCompensation20. */
  public record Backlight(OnOff mode, float level) {
    public Backlight {
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * tt:Exposure20 without window and iris: limits and, in MANUAL mode, the values used.
   *
   * @param minExposureTime microseconds
   * @param maxExposureTime microseconds
   * @param minGain dB
   * @param maxGain dB
   * @param exposureTime microseconds (MANUAL)
   * @param gain dB (MANUAL)
   */
  public record Exposure(
      AutoManual mode,
      float minExposureTime,
      float maxExposureTime,
      float minGain,
      float maxGain,
      float exposureTime,
      float gain) {
    public Exposure {
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * tt:FocusConfiguration20.
   *
   * @param defaultSpeed the speed of focus moves without one
   * @param nearLimit metres
   * @param farLimit metres (0 is infinity)
   */
  public record Focus(
      AutoManual autoFocusMode, float defaultSpeed, float nearLimit, float farLimit) {
    public Focus {
      Objects.requireNonNull(autoFocusMode, "autoFocusMode");
    }
  }

  /** tt:WideDynamicRange20. */
  public record WideDynamicRange(OnOff mode, float level) {
    public WideDynamicRange {
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** tt:WhiteBalance20; the gains apply in MANUAL mode. */
  public record WhiteBalance(AutoManual mode, float crGain, float cbGain) {
    public WhiteBalance {
      Objects.requireNonNull(mode, "mode");
    }
  }

  /** What a virtual camera starts with: everything mid-range and automatic. */
  public static final ImagingSettings DEFAULT =
      new ImagingSettings(
          new Backlight(OnOff.OFF, 0),
          50,
          50,
          50,
          new Exposure(AutoManual.AUTO, 10, 40_000, 0, 36, 10_000, 0),
          new Focus(AutoManual.AUTO, 0.5f, 0.5f, 0),
          IrCutFilter.AUTO,
          50,
          new WideDynamicRange(OnOff.OFF, 50),
          new WhiteBalance(AutoManual.AUTO, 128, 128));

  public ImagingSettings {
    Objects.requireNonNull(backlight, "backlight");
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(irCutFilter, "irCutFilter");
    Objects.requireNonNull(wideDynamicRange, "wideDynamicRange");
    Objects.requireNonNull(whiteBalance, "whiteBalance");
  }

  /** Whether the picture is in night mode (IR cut filter out: greyscale). */
  public boolean nightMode() {
    return irCutFilter == IrCutFilter.OFF;
  }
}
