package dev.jonvif.device.imaging.internal;

import static dev.jonvif.core.Namespaces.TT;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.imaging.FloatRange;
import dev.jonvif.device.imaging.FocusMoveOptions;
import dev.jonvif.device.imaging.FocusStatus;
import dev.jonvif.device.imaging.ImagingOptions;
import dev.jonvif.device.imaging.ImagingSettings;
import dev.jonvif.device.imaging.ImagingSettings.AutoManual;
import dev.jonvif.device.imaging.ImagingSettings.IrCutFilter;
import dev.jonvif.device.imaging.ImagingSettings.OnOff;

/** Writers for tt:ImagingSettings20, tt:ImagingOptions20, tt:MoveOptions20, tt:ImagingStatus20. */
final class ImagingXml {

  private ImagingXml() {}

  static XmlElement settings(String ns, String name, ImagingSettings s) {
    ImagingSettings.Exposure e = s.exposure();
    ImagingSettings.Focus f = s.focus();
    return XmlElement.builder(ns, name)
        .child(
            XmlElement.builder(TT, "BacklightCompensation")
                .child(TT, "Mode", s.backlight().mode().name())
                .child(TT, "Level", s.backlight().level())
                .build())
        .child(TT, "Brightness", s.brightness())
        .child(TT, "ColorSaturation", s.colorSaturation())
        .child(TT, "Contrast", s.contrast())
        .child(
            XmlElement.builder(TT, "Exposure")
                .child(TT, "Mode", e.mode().name())
                .child(TT, "MinExposureTime", e.minExposureTime())
                .child(TT, "MaxExposureTime", e.maxExposureTime())
                .child(TT, "MinGain", e.minGain())
                .child(TT, "MaxGain", e.maxGain())
                .child(TT, "ExposureTime", e.exposureTime())
                .child(TT, "Gain", e.gain())
                .build())
        .child(
            XmlElement.builder(TT, "Focus")
                .child(TT, "AutoFocusMode", f.autoFocusMode().name())
                .child(TT, "DefaultSpeed", f.defaultSpeed())
                .child(TT, "NearLimit", f.nearLimit())
                .child(TT, "FarLimit", f.farLimit())
                .build())
        .child(TT, "IrCutFilter", s.irCutFilter().name())
        .child(TT, "Sharpness", s.sharpness())
        .child(
            XmlElement.builder(TT, "WideDynamicRange")
                .child(TT, "Mode", s.wideDynamicRange().mode().name())
                .child(TT, "Level", s.wideDynamicRange().level())
                .build())
        .child(
            XmlElement.builder(TT, "WhiteBalance")
                .child(TT, "Mode", s.whiteBalance().mode().name())
                .child(TT, "CrGain", s.whiteBalance().crGain())
                .child(TT, "CbGain", s.whiteBalance().cbGain())
                .build())
        .build();
  }

  static XmlElement options(String ns, String name, ImagingOptions o) {
    XmlElement.Builder b =
        XmlElement.builder(ns, name)
            .child(
                modes(XmlElement.builder(TT, "BacklightCompensation"), "Mode", OnOff.values())
                    .child(range("Level", o.level()))
                    .build())
            .child(range("Brightness", o.brightness()))
            .child(range("ColorSaturation", o.colorSaturation()))
            .child(range("Contrast", o.contrast()))
            .child(
                modes(XmlElement.builder(TT, "Exposure"), "Mode", AutoManual.values())
                    .child(range("MinExposureTime", o.exposureTime()))
                    .child(range("MaxExposureTime", o.exposureTime()))
                    .child(range("MinGain", o.gain()))
                    .child(range("MaxGain", o.gain()))
                    .child(range("ExposureTime", o.exposureTime()))
                    .child(range("Gain", o.gain()))
                    .build())
            .child(
                modes(XmlElement.builder(TT, "Focus"), "AutoFocusModes", AutoManual.values())
                    .child(range("DefaultSpeed", o.focusSpeed()))
                    .child(range("NearLimit", o.nearLimit()))
                    .child(range("FarLimit", o.farLimit()))
                    .build());
    for (IrCutFilter m : o.irCutFilterModes()) {
      b.child(TT, "IrCutFilterModes", m.name());
    }
    return b.child(range("Sharpness", o.sharpness()))
        .child(
            modes(XmlElement.builder(TT, "WideDynamicRange"), "Mode", OnOff.values())
                .child(range("Level", o.level()))
                .build())
        .child(
            modes(XmlElement.builder(TT, "WhiteBalance"), "Mode", AutoManual.values())
                .child(range("YrGain", o.whiteBalanceGain()))
                .child(range("YbGain", o.whiteBalanceGain()))
                .build())
        .build();
  }

  static XmlElement moveOptions(String ns, String name, FocusMoveOptions o) {
    return XmlElement.builder(ns, name)
        .child(
            XmlElement.builder(TT, "Absolute")
                .child(range("Position", o.position()))
                .child(range("Speed", o.speed()))
                .build())
        .child(
            XmlElement.builder(TT, "Relative")
                .child(range("Distance", o.distance()))
                .child(range("Speed", o.speed()))
                .build())
        .child(
            XmlElement.builder(TT, "Continuous").child(range("Speed", o.continuousSpeed())).build())
        .build();
  }

  static XmlElement status(String ns, String name, FocusStatus s) {
    return XmlElement.builder(ns, name)
        .child(
            XmlElement.builder(TT, "FocusStatus20")
                .child(TT, "Position", s.position())
                .child(TT, "MoveStatus", s.moveStatus().name())
                .build())
        .build();
  }

  private static XmlElement range(String name, FloatRange r) {
    return XmlElement.builder(TT, name).child(TT, "Min", r.min()).child(TT, "Max", r.max()).build();
  }

  private static XmlElement.Builder modes(XmlElement.Builder b, String name, Enum<?>[] values) {
    for (Enum<?> v : values) {
      b.child(TT, name, v.name());
    }
    return b;
  }
}
