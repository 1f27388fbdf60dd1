package dev.jonvif.device.imaging;

import dev.jonvif.device.imaging.ImagingSettings.IrCutFilter;
import java.util.List;

/**
 * What SetImagingSettings accepts for one video source (tt:ImagingOptions20); a value outside is
 * {@code ter:SettingsInvalid}. Every mode of {@link ImagingSettings} is offered.
 *
 * @param level backlight compensation and wide dynamic range levels
 * @param exposureTime exposure times, microseconds (MinExposureTime, MaxExposureTime, ExposureTime)
 * @param gain gains, dB (MinGain, MaxGain, Gain)
 * @param focusSpeed focus DefaultSpeed
 * @param nearLimit focus NearLimit, metres
 * @param farLimit focus FarLimit, metres
 * @param whiteBalanceGain CrGain and CbGain (YrGain, YbGain in the options)
 */
public record ImagingOptions(
    FloatRange brightness,
    FloatRange colorSaturation,
    FloatRange contrast,
    FloatRange sharpness,
    FloatRange level,
    FloatRange exposureTime,
    FloatRange gain,
    FloatRange focusSpeed,
    FloatRange nearLimit,
    FloatRange farLimit,
    FloatRange whiteBalanceGain,
    List<IrCutFilter> irCutFilterModes) {

  /** The options of a virtual camera's video source. */
  public static final ImagingOptions DEFAULT =
      new ImagingOptions(
          new FloatRange(0, 100),
          new FloatRange(0, 100),
          new FloatRange(0, 100),
          new FloatRange(0, 100),
          new FloatRange(0, 100),
          new FloatRange(10, 40_000),
          new FloatRange(0, 36),
          new FloatRange(0, 1),
          new FloatRange(0, 10),
          new FloatRange(0, 100),
          new FloatRange(0, 255),
          List.of(IrCutFilter.ON, IrCutFilter.OFF, IrCutFilter.AUTO));

  public ImagingOptions {
    irCutFilterModes = List.copyOf(irCutFilterModes);
  }
}
