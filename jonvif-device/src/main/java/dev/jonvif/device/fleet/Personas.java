package dev.jonvif.device.fleet;

import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VideoStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The default fleet's personas: four fictional makers and models with different stream layouts, a
 * Media2-only H.265 camera, and one camera whose clock runs 7 minutes fast (beyond the usual 5
 * minute WS-UsernameToken window, so clients must correct for it); then a PTZ dome ({@code cam5})
 * and a doorbell with one relay and one digital input ({@code cam6}). Cameras are named {@code
 * cam1}, {@code cam2}, ...; past six the personas repeat with new serial numbers.
 */
public final class Personas {

  /** The skew of the default fleet's skewed-clock camera. */
  public static final Duration SKEWED_CLOCK = Duration.ofMinutes(7);

  private Personas() {}

  /** {@code count} cameras of the default fleet. */
  public static List<Persona> defaults(int count) {
    List<Persona> out = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      out.add(persona(i));
    }
    return out;
  }

  private static Persona persona(int i) {
    String name = "cam" + i;
    String serial = String.format(Locale.ROOT, "%08d", 10_000_000 + i * 7919);
    return switch ((i - 1) % 6) {
      case 0 ->
          new Persona(
              name,
              "Northwind Optics",
              "NW-D2040",
              "4.2.1 build 230915",
              "NW" + serial,
              "NW-D2040-HW2",
              EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2),
              List.of(
                  new VideoStream("main", 2560, 1440, VideoEncoding.H264, 25, 6144),
                  new VideoStream("sub", 640, 360, VideoEncoding.H264, 15, 768),
                  new VideoStream("mjpeg", 1280, 720, VideoEncoding.JPEG, 10, 4096)),
              Duration.ZERO,
              "entrance",
              List.of());
      case 1 ->
          new Persona(
              name,
              "Tessera Vision",
              "TV-B500",
              "V5.7.3_220801",
              "TV" + serial,
              "88",
              EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2),
              List.of(
                  new VideoStream("main", 1920, 1080, VideoEncoding.H264, 30, 4096),
                  new VideoStream("sub", 704, 576, VideoEncoding.JPEG, 12, 1024)),
              Duration.ZERO,
              "parking",
              List.of());
      case 2 ->
          new Persona(
              name,
              "Kestrel Security",
              "KS-T8 4K",
              "2.0.14",
              "KS" + serial,
              "KS-T8-R3",
              EnumSet.of(OnvifService.MEDIA2),
              List.of(
                  new VideoStream("main", 3840, 2160, VideoEncoding.H265, 20, 8192),
                  new VideoStream("sub", 1280, 720, VideoEncoding.H265, 15, 1536)),
              Duration.ZERO,
              "warehouse",
              List.of());
      case 4 ->
          new Persona(
              name,
              "Skyline Systems",
              "SK-PTZ30",
              "3.1.8",
              "SK" + serial,
              "SK-PTZ30-B",
              EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2, OnvifService.PTZ),
              List.of(
                  new VideoStream("main", 1920, 1080, VideoEncoding.H264, 25, 4096),
                  new VideoStream("sub", 640, 360, VideoEncoding.JPEG, 10, 1024)),
              Duration.ZERO,
              "yard",
              List.of(),
              Persona.IoPorts.NONE);
      case 5 ->
          new Persona(
              name,
              "Porchlight",
              "PL-Bell2",
              "2.4.0",
              "PL" + serial,
              "PL-BELL2",
              EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2, OnvifService.DEVICEIO),
              List.of(
                  new VideoStream("main", 1280, 960, VideoEncoding.H264, 20, 2048),
                  new VideoStream("sub", 640, 480, VideoEncoding.JPEG, 10, 768)),
              Duration.ZERO,
              "front-door",
              List.of(),
              new Persona.IoPorts(1, 1));
      default ->
          new Persona(
              name,
              "Orchid Imaging",
              "OR-100",
              "1.3.0",
              "OR" + serial,
              "OR-100",
              EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2),
              List.of(
                  new VideoStream("main", 1280, 720, VideoEncoding.H264, 25, 2048),
                  new VideoStream("snapshot", 640, 480, VideoEncoding.JPEG, 5, 512)),
              SKEWED_CLOCK,
              "garden",
              List.of());
    };
  }
}
