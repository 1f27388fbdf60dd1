package dev.jonvif.cli;

import dev.jonvif.client.ImagingClient;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.ImagingOptions;
import dev.jonvif.core.model.ImagingSettings;
import dev.jonvif.core.model.IrCutFilterMode;
import dev.jonvif.core.model.Range;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jonvif imaging URL get|set|options}: brightness, IR cut filter, focus mode and more. */
@Command(
    name = "imaging",
    description =
        "Show or change imaging settings: get, set --brightness 60 --ir-cut off, options.")
final class ImagingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Parameters(index = "1", paramLabel = "ACTION", description = "get, set or options.")
  String action;

  @Option(names = "--source", paramLabel = "TOKEN", description = "Video source (default: first).")
  String source;

  @Option(names = "--brightness", paramLabel = "N", description = "Brightness.")
  Double brightness;

  @Option(names = "--contrast", paramLabel = "N", description = "Contrast.")
  Double contrast;

  @Option(names = "--saturation", paramLabel = "N", description = "Colour saturation.")
  Double saturation;

  @Option(names = "--sharpness", paramLabel = "N", description = "Sharpness.")
  Double sharpness;

  @Option(names = "--ir-cut", paramLabel = "MODE", description = "IR cut filter: on, off, auto.")
  String irCut;

  @Option(names = "--focus", paramLabel = "MODE", description = "Focus: auto or manual.")
  String focus;

  @Option(names = "--exposure", paramLabel = "MODE", description = "Exposure: auto or manual.")
  String exposure;

  @Option(names = "--wdr", paramLabel = "MODE", description = "Wide dynamic range: on or off.")
  String wdr;

  @Option(names = "--backlight", paramLabel = "MODE", description = "Backlight comp.: on or off.")
  String backlight;

  @Option(names = "--persist", description = "With set: keep the change over a reboot.")
  boolean persist;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (OnvifCamera cam = camera.connect()) {
      ImagingClient imaging = cam.imaging();
      String token =
          source != null
              ? source
              : cam.videoSourceToken()
                  .orElseThrow(
                      () -> new IllegalArgumentException("the camera has no video source"));
      switch (action) {
        case "get" -> print(out, imaging.settings(token));
        case "set" -> {
          imaging.setSettings(token, changes(), persist);
          print(out, imaging.settings(token));
        }
        case "options" -> printOptions(out, imaging.options(token));
        default ->
            throw new IllegalArgumentException(
                "unknown imaging action: " + action + " (get, set or options)");
      }
    }
    return 0;
  }

  private ImagingSettings changes() {
    ImagingSettings s =
        ImagingSettings.NONE
            .withBrightness(brightness)
            .withContrast(contrast)
            .withColorSaturation(saturation)
            .withSharpness(sharpness);
    if (irCut != null) {
      IrCutFilterMode m = IrCutFilterMode.fromWire(irCut);
      if (m == null) {
        throw new IllegalArgumentException("--ir-cut is on, off or auto, not " + irCut);
      }
      s = s.withIrCutFilter(m);
    }
    if (focus != null) {
      s =
          s.withFocus(
              new ImagingSettings.Focus(
                  mode(focus, "--focus", "AUTO", "MANUAL"), null, null, null));
    }
    if (exposure != null) {
      s =
          s.withExposure(
              new ImagingSettings.Exposure(
                  mode(exposure, "--exposure", "AUTO", "MANUAL"),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null));
    }
    if (wdr != null) {
      s =
          s.withWideDynamicRange(
              new ImagingSettings.ModeLevel(mode(wdr, "--wdr", "ON", "OFF"), null));
    }
    if (backlight != null) {
      s =
          s.withBacklight(
              new ImagingSettings.ModeLevel(mode(backlight, "--backlight", "ON", "OFF"), null));
    }
    if (s.equals(ImagingSettings.NONE)) {
      throw new IllegalArgumentException(
          "imaging set needs a setting, e.g. --brightness 60 or --ir-cut off");
    }
    return s;
  }

  private static String mode(String value, String option, String... allowed) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (!List.of(allowed).contains(v)) {
      throw new IllegalArgumentException(
          option
              + " is "
              + String.join(" or ", allowed).toLowerCase(Locale.ROOT)
              + ", not "
              + value);
    }
    return v;
  }

  private void print(PrintWriter out, ImagingSettings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("brightness", s.brightness());
    m.put("contrast", s.contrast());
    m.put("colorSaturation", s.colorSaturation());
    m.put("sharpness", s.sharpness());
    m.put("irCutFilter", s.irCutFilter() == null ? null : s.irCutFilter().name());
    m.put("focus", s.focus() == null ? null : s.focus().autoFocusMode());
    m.put("exposure", s.exposure() == null ? null : s.exposure().mode());
    m.put("wideDynamicRange", s.wideDynamicRange() == null ? null : s.wideDynamicRange().mode());
    m.put("backlight", s.backlight() == null ? null : s.backlight().mode());
    m.put("whiteBalance", s.whiteBalance() == null ? null : s.whiteBalance().mode());
    if (json) {
      out.println(Json.write(m));
      return;
    }
    m.forEach(
        (k, v) -> out.printf("%-17s %s%n", k, v == null ? "-" : Json.write(v).replace("\"", "")));
  }

  private void printOptions(PrintWriter out, ImagingOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("brightness", range(o.brightness()));
    m.put("contrast", range(o.contrast()));
    m.put("colorSaturation", range(o.colorSaturation()));
    m.put("sharpness", range(o.sharpness()));
    m.put("irCutFilter", o.irCutFilterModes().stream().map(Enum::name).toList());
    m.put("focus", o.autoFocusModes());
    m.put("exposure", o.exposureModes());
    m.put("wideDynamicRange", o.wideDynamicRangeModes());
    m.put("backlight", o.backlightModes());
    m.put("whiteBalance", o.whiteBalanceModes());
    if (json) {
      out.println(Json.write(m));
      return;
    }
    m.forEach(
        (k, v) ->
            out.printf(
                "%-17s %s%n",
                k,
                v == null
                    ? "-"
                    : v instanceof List<?> l
                        ? String.join(", ", l.stream().map(String::valueOf).toList())
                        : v));
  }

  private static Object range(Range r) {
    return r == null ? null : r.toString();
  }
}
