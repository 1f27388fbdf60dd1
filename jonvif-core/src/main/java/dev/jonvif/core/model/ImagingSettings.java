package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * Imaging settings of a video source ({@code tt:ImagingSettings20}). Every field may be {@code
 * null}: absent in the answer, or left unchanged by SetImagingSettings. Modes are wire values
 * ({@code ON}/{@code OFF}, {@code AUTO}/{@code MANUAL}).
 *
 * @param backlight backlight compensation
 * @param brightness brightness
 * @param colorSaturation colour saturation
 * @param contrast contrast
 * @param exposure exposure
 * @param focus focus
 * @param irCutFilter IR cut filter
 * @param sharpness sharpness
 * @param wideDynamicRange wide dynamic range
 * @param whiteBalance white balance
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, ImagingSettings20</a>
 */
public record ImagingSettings(
    ModeLevel backlight,
    Double brightness,
    Double colorSaturation,
    Double contrast,
    Exposure exposure,
    Focus focus,
    IrCutFilterMode irCutFilter,
    Double sharpness,
    ModeLevel wideDynamicRange,
    WhiteBalance whiteBalance) {

  /** Settings that change nothing; start here and set what should change. */
  public static final ImagingSettings NONE =
      new ImagingSettings(null, null, null, null, null, null, null, null, null, null);

  /**
   * A mode with an optional level (backlight compensation, wide dynamic range).
   *
   * @param mode {@code ON} or {@code OFF}
   * @param level the level, or {@code null}
   */
  public record ModeLevel(String mode, Double level) {}

  /**
   * Exposure ({@code tt:Exposure20}); times in microseconds, gains in dB.
   *
   * @param mode {@code AUTO} or {@code MANUAL}
   * @param minExposureTime smallest exposure time in AUTO, or {@code null}
   * @param maxExposureTime largest exposure time in AUTO, or {@code null}
   * @param minGain smallest gain in AUTO, or {@code null}
   * @param maxGain largest gain in AUTO, or {@code null}
   * @param exposureTime exposure time in MANUAL, or {@code null}
   * @param gain gain in MANUAL, or {@code null}
   */
  public record Exposure(
      String mode,
      Double minExposureTime,
      Double maxExposureTime,
      Double minGain,
      Double maxGain,
      Double exposureTime,
      Double gain) {}

  /**
   * Focus ({@code tt:FocusConfiguration20}).
   *
   * @param autoFocusMode {@code AUTO} or {@code MANUAL}
   * @param defaultSpeed default focus speed, or {@code null}
   * @param nearLimit near limit in metres, or {@code null}
   * @param farLimit far limit in metres, or {@code null}
   */
  public record Focus(
      String autoFocusMode, Double defaultSpeed, Double nearLimit, Double farLimit) {}

  /**
   * White balance ({@code tt:WhiteBalance20}).
   *
   * @param mode {@code AUTO} or {@code MANUAL}
   * @param crGain Cr gain, or {@code null}
   * @param cbGain Cb gain, or {@code null}
   */
  public record WhiteBalance(String mode, Double crGain, Double cbGain) {}

  public ImagingSettings withBrightness(Double v) {
    return new ImagingSettings(
        backlight,
        v,
        colorSaturation,
        contrast,
        exposure,
        focus,
        irCutFilter,
        sharpness,
        wideDynamicRange,
        whiteBalance);
  }

  public ImagingSettings withColorSaturation(Double v) {
    return new ImagingSettings(
        backlight,
        brightness,
        v,
        contrast,
        exposure,
        focus,
        irCutFilter,
        sharpness,
        wideDynamicRange,
        whiteBalance);
  }

  public ImagingSettings withContrast(Double v) {
    return new ImagingSettings(
        backlight,
        brightness,
        colorSaturation,
        v,
        exposure,
        focus,
        irCutFilter,
        sharpness,
        wideDynamicRange,
        whiteBalance);
  }

  public ImagingSettings withSharpness(Double v) {
    return new ImagingSettings(
        backlight,
        brightness,
        colorSaturation,
        contrast,
        exposure,
        focus,
        irCutFilter,
        v,
        wideDynamicRange,
        whiteBalance);
  }

  public ImagingSettings withIrCutFilter(IrCutFilterMode v) {
    return new ImagingSettings(
        backlight,
        brightness,
        colorSaturation,
        contrast,
        exposure,
        focus,
        v,
        sharpness,
        wideDynamicRange,
        whiteBalance);
  }

  public ImagingSettings withBacklight(ModeLevel v) {
    return new ImagingSettings(
        v,
        brightness,
        colorSaturation,
        contrast,
        exposure,
        focus,
        irCutFilter,
        sharpness,
        wideDynamicRange,
        whiteBalance);
  }

  public ImagingSettings withWideDynamicRange(ModeLevel v) {
    return new ImagingSettings(
        backlight,
        brightness,
        colorSaturation,
        contrast,
        exposure,
        focus,
        irCutFilter,
        sharpness,
        v,
        whiteBalance);
  }

  public ImagingSettings withExposure(Exposure v) {
    return new ImagingSettings(
        backlight,
        brightness,
        colorSaturation,
        contrast,
        v,
        focus,
        irCutFilter,
        sharpness,
        wideDynamicRange,
        whiteBalance);
  }

  public ImagingSettings withFocus(Focus v) {
    return new ImagingSettings(
        backlight,
        brightness,
        colorSaturation,
        contrast,
        exposure,
        v,
        irCutFilter,
        sharpness,
        wideDynamicRange,
        whiteBalance);
  }

  public ImagingSettings withWhiteBalance(WhiteBalance v) {
    return new ImagingSettings(
        backlight,
        brightness,
        colorSaturation,
        contrast,
        exposure,
        focus,
        irCutFilter,
        sharpness,
        wideDynamicRange,
        v);
  }

  /** Reads a {@code tt:ImagingSettings20} element. */
  public static ImagingSettings fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    XmlElement ex = Values.child(e, tt, "Exposure");
    XmlElement f = Values.child(e, tt, "Focus");
    XmlElement wb = Values.child(e, tt, "WhiteBalance");
    return new ImagingSettings(
        modeLevel(Values.child(e, tt, "BacklightCompensation")),
        Values.doubleChild(e, tt, "Brightness"),
        Values.doubleChild(e, tt, "ColorSaturation"),
        Values.doubleChild(e, tt, "Contrast"),
        ex == null
            ? null
            : new Exposure(
                Values.text(ex, tt, "Mode"),
                Values.doubleChild(ex, tt, "MinExposureTime"),
                Values.doubleChild(ex, tt, "MaxExposureTime"),
                Values.doubleChild(ex, tt, "MinGain"),
                Values.doubleChild(ex, tt, "MaxGain"),
                Values.doubleChild(ex, tt, "ExposureTime"),
                Values.doubleChild(ex, tt, "Gain")),
        f == null
            ? null
            : new Focus(
                Values.text(f, tt, "AutoFocusMode"),
                Values.doubleChild(f, tt, "DefaultSpeed"),
                Values.doubleChild(f, tt, "NearLimit"),
                Values.doubleChild(f, tt, "FarLimit")),
        IrCutFilterMode.fromWire(Values.text(e, tt, "IrCutFilter")),
        Values.doubleChild(e, tt, "Sharpness"),
        modeLevel(Values.child(e, tt, "WideDynamicRange")),
        wb == null
            ? null
            : new WhiteBalance(
                Values.text(wb, tt, "Mode"),
                Values.doubleChild(wb, tt, "CrGain"),
                Values.doubleChild(wb, tt, "CbGain")));
  }

  private static ModeLevel modeLevel(XmlElement e) {
    return e == null
        ? null
        : new ModeLevel(
            Values.text(e, Namespaces.TT, "Mode"), Values.doubleChild(e, Namespaces.TT, "Level"));
  }

  /**
   * Writes the fields that are set as {@code ns:name}, children in schema order. A group whose
   * required mode is missing is left out.
   */
  public XmlElement toElement(String ns, String name) {
    String tt = Namespaces.TT;
    XmlElement.Builder b = XmlElement.builder(ns, name);
    modeLevel(b, "BacklightCompensation", backlight);
    number(b, "Brightness", brightness);
    number(b, "ColorSaturation", colorSaturation);
    number(b, "Contrast", contrast);
    if (exposure != null && exposure.mode() != null) {
      XmlElement.Builder x = XmlElement.builder(tt, "Exposure").child(tt, "Mode", exposure.mode());
      number(x, "MinExposureTime", exposure.minExposureTime());
      number(x, "MaxExposureTime", exposure.maxExposureTime());
      number(x, "MinGain", exposure.minGain());
      number(x, "MaxGain", exposure.maxGain());
      number(x, "ExposureTime", exposure.exposureTime());
      number(x, "Gain", exposure.gain());
      b.child(x.build());
    }
    if (focus != null && focus.autoFocusMode() != null) {
      XmlElement.Builder x =
          XmlElement.builder(tt, "Focus").child(tt, "AutoFocusMode", focus.autoFocusMode());
      number(x, "DefaultSpeed", focus.defaultSpeed());
      number(x, "NearLimit", focus.nearLimit());
      number(x, "FarLimit", focus.farLimit());
      b.child(x.build());
    }
    if (irCutFilter != null) {
      b.child(tt, "IrCutFilter", irCutFilter.name());
    }
    number(b, "Sharpness", sharpness);
    modeLevel(b, "WideDynamicRange", wideDynamicRange);
    if (whiteBalance != null && whiteBalance.mode() != null) {
      XmlElement.Builder x =
          XmlElement.builder(tt, "WhiteBalance").child(tt, "Mode", whiteBalance.mode());
      number(x, "CrGain", whiteBalance.crGain());
      number(x, "CbGain", whiteBalance.cbGain());
      b.child(x.build());
    }
    return b.build();
  }

  private static void modeLevel(XmlElement.Builder b, String name, ModeLevel m) {
    if (m != null && m.mode() != null) {
      XmlElement.Builder x =
          XmlElement.builder(Namespaces.TT, name).child(Namespaces.TT, "Mode", m.mode());
      number(x, "Level", m.level());
      b.child(x.build());
    }
  }

  private static void number(XmlElement.Builder b, String name, Double v) {
    if (v != null) {
      b.child(Namespaces.TT, name, Values.formatNumber(v));
    }
  }
}
