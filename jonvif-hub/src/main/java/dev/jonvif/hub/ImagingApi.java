package dev.jonvif.hub;

import static dev.jonvif.hub.CameraApi.call;
import static dev.jonvif.hub.CameraApi.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jonvif.client.ImagingClient;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.ImagingOptions;
import dev.jonvif.core.model.ImagingSettings;
import dev.jonvif.core.model.IrCutFilterMode;
import dev.jonvif.core.model.Range;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /api/cameras/{id}/imaging} and {@code /aux}: image settings and auxiliary commands. */
final class ImagingApi {

  void imaging(Exchange x, CameraSession s) {
    if (!s.view().capabilities().imaging()) {
      throw new ApiError(
          409, "not_supported", "camera " + s.record().id() + " has no imaging service");
    }
    OnvifCamera c = s.camera();
    String source = videoSource(s);
    ImagingClient img = call(c::imaging);
    ImagingOptions opts = call(() -> img.options(source));
    switch (x.method()) {
      case "GET" -> {}
      case "PATCH" -> {
        ImagingSettings change = change(x.json(), opts);
        call(
            () -> {
              img.setSettings(source, change, true);
              return Boolean.TRUE;
            });
      }
      default -> throw CameraApi.methodNotAllowed("GET, PATCH");
    }
    x.json(200, view(call(() -> img.settings(source)), opts, auxCommands(c, s)));
  }

  void aux(Exchange x, CameraSession s) {
    expect(x, "POST");
    String command = Json.requiredString(x.json(), "command");
    if (!s.view().capabilities().ptz()) {
      throw new ApiError(
          409, "not_supported", "camera " + s.record().id() + " takes no auxiliary commands");
    }
    OnvifCamera c = s.camera();
    String profile =
        s.profiles().stream()
            .filter(p -> p.ptz() != null)
            .findFirst()
            .orElseThrow(() -> new ApiError(409, "not_supported", "no media profile has PTZ"))
            .token();
    List<String> known = auxCommands(c, s);
    if (!known.isEmpty() && !known.contains(command)) {
      throw ApiError.badRequest("unknown command " + command + "; the camera offers " + known);
    }
    String answer = call(() -> c.ptz().sendAuxiliaryCommand(profile, command));
    x.json(200, Map.of("command", command, "answer", answer));
  }

  private static List<String> auxCommands(OnvifCamera c, CameraSession s) {
    if (!s.view().capabilities().ptz()) {
      return List.of();
    }
    try {
      return c.ptz().nodes().stream()
          .flatMap(n -> n.auxiliaryCommands().stream())
          .distinct()
          .toList();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static ImagingSettings change(JsonNode b, ImagingOptions o) {
    ImagingSettings s = ImagingSettings.NONE;
    Double v;
    if ((v = checked(b, "brightness", o.brightness())) != null) {
      s = s.withBrightness(v);
    }
    if ((v = checked(b, "contrast", o.contrast())) != null) {
      s = s.withContrast(v);
    }
    if ((v = checked(b, "saturation", o.colorSaturation())) != null) {
      s = s.withColorSaturation(v);
    }
    if ((v = checked(b, "sharpness", o.sharpness())) != null) {
      s = s.withSharpness(v);
    }
    String ir = Json.optionalString(b, "irCutFilter");
    if (ir != null) {
      IrCutFilterMode m = IrCutFilterMode.fromWire(ir);
      if (m == null || (!o.irCutFilterModes().isEmpty() && !o.irCutFilterModes().contains(m))) {
        throw ApiError.badRequest("irCutFilter must be one of " + o.irCutFilterModes());
      }
      s = s.withIrCutFilter(m);
    }
    Boolean af = Json.optionalBoolean(b, "autofocus");
    if (af != null) {
      s = s.withFocus(new ImagingSettings.Focus(af ? "AUTO" : "MANUAL", null, null, null));
    }
    if (s.equals(ImagingSettings.NONE)) {
      throw ApiError.badRequest(
          "give at least one of brightness, contrast, saturation, sharpness, irCutFilter, autofocus");
    }
    return s;
  }

  private static Double checked(JsonNode b, String field, Range r) {
    Double v = Json.optionalNumber(b, field);
    if (v != null && r != null && (v < r.min() || v > r.max())) {
      throw ApiError.badRequest(field + " must be within " + r.min() + ".." + r.max());
    }
    return v;
  }

  private static Map<String, Object> view(ImagingSettings s, ImagingOptions o, List<String> aux) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("brightness", s.brightness());
    out.put("contrast", s.contrast());
    out.put("saturation", s.colorSaturation());
    out.put("sharpness", s.sharpness());
    out.put("irCutFilter", s.irCutFilter() == null ? null : s.irCutFilter().name());
    out.put(
        "autofocus",
        s.focus() == null || s.focus().autoFocusMode() == null
            ? null
            : s.focus().autoFocusMode().toUpperCase(Locale.ROOT).equals("AUTO"));
    Map<String, Object> ranges = new LinkedHashMap<>();
    range(ranges, "brightness", o.brightness());
    range(ranges, "contrast", o.contrast());
    range(ranges, "saturation", o.colorSaturation());
    range(ranges, "sharpness", o.sharpness());
    out.put("ranges", ranges);
    out.put("irCutFilterModes", o.irCutFilterModes().stream().map(Enum::name).toList());
    out.put("auxCommands", aux);
    return out;
  }

  private static void range(Map<String, Object> out, String name, Range r) {
    if (r != null) {
      out.put(name, Map.of("min", r.min(), "max", r.max()));
    }
  }

  private static String videoSource(CameraSession s) {
    return s.profiles().stream()
        .filter(p -> p.videoSource() != null && !p.videoSource().sourceToken().isEmpty())
        .map(p -> p.videoSource().sourceToken())
        .findFirst()
        .orElseThrow(
            () -> new ApiError(409, "not_supported", "no media profile has a video source"));
  }
}
