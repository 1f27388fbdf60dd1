package dev.jonvif.device.imaging.internal;

import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Args;
import dev.jonvif.device.DeviceFaults;
import dev.jonvif.device.imaging.FloatRange;
import dev.jonvif.device.imaging.ImagingOptions;
import dev.jonvif.device.imaging.ImagingSettings;
import dev.jonvif.device.imaging.ImagingSettings.AutoManual;
import dev.jonvif.device.imaging.ImagingSettings.Backlight;
import dev.jonvif.device.imaging.ImagingSettings.Exposure;
import dev.jonvif.device.imaging.ImagingSettings.Focus;
import dev.jonvif.device.imaging.ImagingSettings.IrCutFilter;
import dev.jonvif.device.imaging.ImagingSettings.OnOff;
import dev.jonvif.device.imaging.ImagingSettings.WhiteBalance;
import dev.jonvif.device.imaging.ImagingSettings.WideDynamicRange;

/**
 * Reads a SetImagingSettings request onto the current settings (what it leaves out stays) and
 * checks the result against the source's options. Anything unreadable or out of range is {@code
 * env:Sender/ter:InvalidArgVal/ter:SettingsInvalid}, and nothing changes.
 */
final class ImagingRequests {

  private ImagingRequests() {}

  /** {@code current} with what {@code e} (a tt:ImagingSettings20) sets, checked. */
  static ImagingSettings merge(ImagingSettings current, XmlElement e, ImagingOptions o) {
    ImagingSettings s =
        new ImagingSettings(
            backlight(current.backlight(), Args.child(e, TT, "BacklightCompensation")),
            number(e, "Brightness", current.brightness()),
            number(e, "ColorSaturation", current.colorSaturation()),
            number(e, "Contrast", current.contrast()),
            exposure(current.exposure(), Args.child(e, TT, "Exposure")),
            focus(current.focus(), Args.child(e, TT, "Focus")),
            mode(e, "IrCutFilter", IrCutFilter.class, current.irCutFilter()),
            number(e, "Sharpness", current.sharpness()),
            wdr(current.wideDynamicRange(), Args.child(e, TT, "WideDynamicRange")),
            whiteBalance(current.whiteBalance(), Args.child(e, TT, "WhiteBalance")));
    check(s, o);
    return s;
  }

  /** Throws {@code ter:SettingsInvalid} when {@code s} does not fit {@code o}. */
  static void check(ImagingSettings s, ImagingOptions o) {
    in("Brightness", s.brightness(), o.brightness());
    in("ColorSaturation", s.colorSaturation(), o.colorSaturation());
    in("Contrast", s.contrast(), o.contrast());
    in("Sharpness", s.sharpness(), o.sharpness());
    in("BacklightCompensation/Level", s.backlight().level(), o.level());
    in("WideDynamicRange/Level", s.wideDynamicRange().level(), o.level());
    Exposure x = s.exposure();
    in("Exposure/MinExposureTime", x.minExposureTime(), o.exposureTime());
    in("Exposure/MaxExposureTime", x.maxExposureTime(), o.exposureTime());
    in("Exposure/ExposureTime", x.exposureTime(), o.exposureTime());
    in("Exposure/MinGain", x.minGain(), o.gain());
    in("Exposure/MaxGain", x.maxGain(), o.gain());
    in("Exposure/Gain", x.gain(), o.gain());
    if (x.minExposureTime() > x.maxExposureTime() || x.minGain() > x.maxGain()) {
      throw invalid("Exposure minimums must not exceed the maximums");
    }
    in("Focus/DefaultSpeed", s.focus().defaultSpeed(), o.focusSpeed());
    in("Focus/NearLimit", s.focus().nearLimit(), o.nearLimit());
    in("Focus/FarLimit", s.focus().farLimit(), o.farLimit());
    in("WhiteBalance/CrGain", s.whiteBalance().crGain(), o.whiteBalanceGain());
    in("WhiteBalance/CbGain", s.whiteBalance().cbGain(), o.whiteBalanceGain());
    if (!o.irCutFilterModes().contains(s.irCutFilter())) {
      throw invalid("IrCutFilter " + s.irCutFilter() + " is not offered");
    }
  }

  private static Backlight backlight(Backlight cur, XmlElement e) {
    if (e == null) {
      return cur;
    }
    return new Backlight(mode(e, "Mode", OnOff.class, cur.mode()), number(e, "Level", cur.level()));
  }

  private static WideDynamicRange wdr(WideDynamicRange cur, XmlElement e) {
    if (e == null) {
      return cur;
    }
    return new WideDynamicRange(
        mode(e, "Mode", OnOff.class, cur.mode()), number(e, "Level", cur.level()));
  }

  private static Exposure exposure(Exposure cur, XmlElement e) {
    if (e == null) {
      return cur;
    }
    return new Exposure(
        mode(e, "Mode", AutoManual.class, cur.mode()),
        number(e, "MinExposureTime", cur.minExposureTime()),
        number(e, "MaxExposureTime", cur.maxExposureTime()),
        number(e, "MinGain", cur.minGain()),
        number(e, "MaxGain", cur.maxGain()),
        number(e, "ExposureTime", cur.exposureTime()),
        number(e, "Gain", cur.gain()));
  }

  private static Focus focus(Focus cur, XmlElement e) {
    if (e == null) {
      return cur;
    }
    return new Focus(
        mode(e, "AutoFocusMode", AutoManual.class, cur.autoFocusMode()),
        number(e, "DefaultSpeed", cur.defaultSpeed()),
        number(e, "NearLimit", cur.nearLimit()),
        number(e, "FarLimit", cur.farLimit()));
  }

  private static WhiteBalance whiteBalance(WhiteBalance cur, XmlElement e) {
    if (e == null) {
      return cur;
    }
    return new WhiteBalance(
        mode(e, "Mode", AutoManual.class, cur.mode()),
        number(e, "CrGain", cur.crGain()),
        number(e, "CbGain", cur.cbGain()));
  }

  /** A float child, or {@code fallback} when absent. */
  static float number(XmlElement parent, String name, float fallback) {
    String t = Args.text(parent, TT, name);
    if (t == null) {
      return fallback;
    }
    try {
      float v = Float.parseFloat(t);
      if (!Float.isFinite(v)) {
        throw invalid(name + " is not finite");
      }
      return v;
    } catch (NumberFormatException e) {
      throw invalid(name + " is not a number: " + Args.shorten(t));
    }
  }

  private static <E extends Enum<E>> E mode(
      XmlElement parent, String name, Class<E> type, E fallback) {
    String t = Args.text(parent, TT, name);
    if (t == null) {
      return fallback;
    }
    for (E v : type.getEnumConstants()) {
      if (v.name().equals(t)) {
        return v;
      }
    }
    throw invalid(name + " is not one of the modes: " + Args.shorten(t));
  }

  private static void in(String what, float v, FloatRange r) {
    if (!r.contains(v)) {
      throw invalid(what + " " + v + " is outside " + r.min() + ".." + r.max());
    }
  }

  /** {@code env:Sender/ter:InvalidArgVal/ter:SettingsInvalid}. */
  static RuntimeException invalid(String reason) {
    return DeviceFaults.invalidArgVal("SettingsInvalid", reason);
  }
}
