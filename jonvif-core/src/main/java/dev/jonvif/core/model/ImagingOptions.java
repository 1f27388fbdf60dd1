package dev.jonvif.core.model;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the imaging settings of a video source may be set to ({@code tt:ImagingOptions20}). A range
 * is {@code null} and a list empty when the camera does not offer that setting.
 *
 * @param backlightModes backlight compensation modes
 * @param backlightLevel backlight compensation level
 * @param brightness brightness
 * @param colorSaturation colour saturation
 * @param contrast contrast
 * @param exposureModes exposure modes
 * @param exposureTime exposure time (µs)
 * @param gain gain (dB)
 * @param autoFocusModes focus modes
 * @param focusDefaultSpeed focus default speed
 * @param irCutFilterModes IR cut filter modes
 * @param sharpness sharpness
 * @param wideDynamicRangeModes WDR modes
 * @param wideDynamicRangeLevel WDR level
 * @param whiteBalanceModes white balance modes
 * @see <a href="https://www.onvif.org/ver10/schema/onvif.xsd">onvif.xsd, ImagingOptions20</a>
 */
public record ImagingOptions(
    List<String> backlightModes,
    Range backlightLevel,
    Range brightness,
    Range colorSaturation,
    Range contrast,
    List<String> exposureModes,
    Range exposureTime,
    Range gain,
    List<String> autoFocusModes,
    Range focusDefaultSpeed,
    List<IrCutFilterMode> irCutFilterModes,
    Range sharpness,
    List<String> wideDynamicRangeModes,
    Range wideDynamicRangeLevel,
    List<String> whiteBalanceModes) {

  public ImagingOptions {
    backlightModes = List.copyOf(backlightModes);
    exposureModes = List.copyOf(exposureModes);
    autoFocusModes = List.copyOf(autoFocusModes);
    irCutFilterModes = List.copyOf(irCutFilterModes);
    wideDynamicRangeModes = List.copyOf(wideDynamicRangeModes);
    whiteBalanceModes = List.copyOf(whiteBalanceModes);
  }

  /** Reads a {@code tt:ImagingOptions20} element. */
  public static ImagingOptions fromElement(XmlElement e) {
    String tt = Namespaces.TT;
    XmlElement bl = Values.child(e, tt, "BacklightCompensation");
    XmlElement ex = Values.child(e, tt, "Exposure");
    XmlElement f = Values.child(e, tt, "Focus");
    XmlElement wdr = Values.child(e, tt, "WideDynamicRange");
    XmlElement wb = Values.child(e, tt, "WhiteBalance");
    List<IrCutFilterMode> ir = new ArrayList<>();
    for (String m : Values.texts(e, tt, "IrCutFilterModes")) {
      IrCutFilterMode mode = IrCutFilterMode.fromWire(m);
      if (mode != null) {
        ir.add(mode);
      }
    }
    return new ImagingOptions(
        Values.texts(bl, tt, "Mode"),
        range(bl, "Level"),
        range(e, "Brightness"),
        range(e, "ColorSaturation"),
        range(e, "Contrast"),
        Values.texts(ex, tt, "Mode"),
        range(ex, "ExposureTime"),
        range(ex, "Gain"),
        Values.texts(f, tt, "AutoFocusModes"),
        range(f, "DefaultSpeed"),
        ir,
        range(e, "Sharpness"),
        Values.texts(wdr, tt, "Mode"),
        range(wdr, "Level"),
        Values.texts(wb, tt, "Mode"));
  }

  private static Range range(XmlElement parent, String name) {
    return Range.fromElement(Values.child(parent, Namespaces.TT, name));
  }
}
