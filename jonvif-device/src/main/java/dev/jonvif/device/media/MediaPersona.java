package dev.jonvif.device.media;

import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VideoStream;
import dev.jonvif.device.ptz.PtzState;
import dev.jonvif.rtsp.EncoderSupport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The media side of a camera persona: which media services it offers, its video sources with the
 * encodings each offers, the profiles it ships with and how many profiles it can hold.
 *
 * @param media1 whether the Media (ver10) service is offered
 * @param media2 whether the Media2 (ver20) service is offered
 * @param maxProfiles the MaximumNumberOfProfiles capability
 * @param ptzConfigurations the tokens of the PTZ configurations profiles can hold (empty without
 *     PTZ); the shipped profiles hold the first one
 */
public record MediaPersona(
    boolean media1,
    boolean media2,
    int maxProfiles,
    List<VideoSourceOptions> sources,
    List<ProfileSpec> profiles,
    List<String> ptzConfigurations) {

  /** A media persona without PTZ. */
  public MediaPersona(
      boolean media1,
      boolean media2,
      int maxProfiles,
      List<VideoSourceOptions> sources,
      List<ProfileSpec> profiles) {
    this(media1, media2, maxProfiles, sources, profiles, List.of());
  }

  private static final Logger LOG = Logger.getLogger(MediaPersona.class.getName());

  public MediaPersona {
    sources = List.copyOf(sources);
    profiles = List.copyOf(profiles);
    ptzConfigurations = ptzConfigurations == null ? List.of() : List.copyOf(ptzConfigurations);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a persona needs a video source");
    }
    if (profiles.isEmpty() || profiles.size() > maxProfiles) {
      throw new IllegalArgumentException(
          "persona needs 1.." + maxProfiles + " profiles, has " + profiles.size());
    }
    for (ProfileSpec p : profiles) {
      check(p, sources);
    }
  }

  /** Whether the camera has PTZ (its profiles can hold a PTZ configuration). */
  public boolean hasPtz() {
    return !ptzConfigurations.isEmpty();
  }

  private static void check(ProfileSpec p, List<VideoSourceOptions> sources) {
    if (p.sourceIndex() >= sources.size()) {
      throw new IllegalArgumentException(p.name() + ": no video source " + p.sourceIndex());
    }
    EncodingOptions o = sources.get(p.sourceIndex()).options(p.encoding());
    if (o == null
        || !o.offers(p.resolution())
        || !o.frameRate().contains(p.frameRate())
        || !o.bitrate().contains(p.bitrate())) {
      throw new IllegalArgumentException(
          p.name() + ": " + p.encoding() + " " + p.resolution() + " not offered by its source");
    }
  }

  /** Profiles a camera holds at most when its persona has few streams. */
  public static final int DEFAULT_MAX_PROFILES = 8;

  /**
   * The media side of a camera persona: one video source as large as its largest stream, offering
   * the encodings of its streams (plus JPEG whenever Media (ver10) is offered, since ver10 clients
   * take JPEG for granted), and one profile per stream, the first one fixed.
   */
  public static MediaPersona from(Persona p) {
    List<VideoStream> streams = p.streams();
    if (streams.isEmpty()) {
      streams = List.of(new VideoStream("main", 1920, 1080, VideoEncoding.H264, 25, 4096));
    }
    streams = streamable(p.name(), streams);
    VideoStream largest = streams.get(0);
    int fps = 1;
    for (VideoStream s : streams) {
      if ((long) s.width() * s.height() > (long) largest.width() * largest.height()) {
        largest = s;
      }
      fps = Math.max(fps, s.frameRate());
    }
    Resolution nativeSize = new Resolution(largest.width(), largest.height());
    for (VideoStream s : streams) {
      if (s.width() > nativeSize.width() || s.height() > nativeSize.height()) {
        nativeSize =
            new Resolution(
                Math.max(nativeSize.width(), s.width()), Math.max(nativeSize.height(), s.height()));
      }
    }
    boolean media1 = p.offers(OnvifService.MEDIA);
    Set<VideoEncoding> encodings = new LinkedHashSet<>();
    streams.forEach(s -> encodings.add(s.encoding()));
    if (media1) {
      encodings.add(VideoEncoding.JPEG);
    }
    List<Resolution> sizes = new ArrayList<>(VideoSourceOptions.resolutionsUpTo(nativeSize));
    for (VideoStream s : streams) {
      Resolution r = new Resolution(s.width(), s.height());
      if (!sizes.contains(r)) {
        sizes.add(r);
      }
    }
    sizes.sort(
        Comparator.comparingLong((Resolution r) -> (long) r.width() * r.height()).reversed());
    List<EncodingOptions> options = new ArrayList<>();
    for (VideoEncoding e : encodings) {
      EncodingOptions o = EncodingOptions.typical(e, sizes, fps);
      int minKbps = o.bitrate().min();
      int maxKbps = o.bitrate().max();
      for (VideoStream s : streams) {
        if (s.encoding() == e) {
          minKbps = Math.min(minKbps, s.bitrateKbps());
          maxKbps = Math.max(maxKbps, s.bitrateKbps());
        }
      }
      options.add(
          new EncodingOptions(
              e,
              o.resolutions(),
              o.quality(),
              o.frameRate(),
              o.encodingInterval(),
              new IntRange(minKbps, maxKbps),
              o.govLength(),
              o.profiles()));
    }
    VideoSource source = new VideoSource("VideoSource_1", nativeSize, fps);
    List<ProfileSpec> profiles = new ArrayList<>();
    for (int i = 0; i < streams.size(); i++) {
      VideoStream s = streams.get(i);
      profiles.add(
          new ProfileSpec(
              s.name(),
              0,
              s.encoding(),
              new Resolution(s.width(), s.height()),
              s.frameRate(),
              s.bitrateKbps(),
              i == 0));
    }
    return new MediaPersona(
        media1,
        p.offers(OnvifService.MEDIA2),
        Math.max(DEFAULT_MAX_PROFILES, streams.size() + 4),
        List.of(new VideoSourceOptions(source, options)),
        profiles,
        p.offers(OnvifService.PTZ) ? List.of(PtzState.CONFIGURATION_TOKEN) : List.of());
  }

  /**
   * The streams with every encoding this machine cannot stream replaced (H.265 without an ffmpeg
   * that has libx265 becomes H.264; H.264 without jcodec becomes JPEG), so a camera never
   * advertises an encoding its RTSP streams cannot carry. Each replacement is logged.
   */
  static List<VideoStream> streamable(String personaName, List<VideoStream> streams) {
    List<VideoStream> out = new ArrayList<>(streams.size());
    for (VideoStream s : streams) {
      VideoEncoding e = s.encoding();
      while (!EncoderSupport.isAvailable(dev.jonvif.rtsp.VideoEncoding.valueOf(e.name()))) {
        VideoEncoding fallback = e == VideoEncoding.H265 ? VideoEncoding.H264 : VideoEncoding.JPEG;
        LOG.info(
            personaName
                + ": stream "
                + s.name()
                + " falls back from "
                + e
                + " to "
                + fallback
                + " (no "
                + e
                + " encoder on this machine)");
        e = fallback;
      }
      out.add(
          e == s.encoding()
              ? s
              : new VideoStream(
                  s.name(), s.width(), s.height(), e, s.frameRate(), s.bitrateKbps()));
    }
    return out;
  }

  /** The options of the source with this token, or {@code null}. */
  public VideoSourceOptions source(String token) {
    for (VideoSourceOptions s : sources) {
      if (s.source().token().equals(token)) {
        return s;
      }
    }
    return null;
  }

  /** Whether {@code api} can see a configuration with this encoding. */
  public static boolean visible(MediaApi api, VideoEncoding encoding) {
    return api == MediaApi.MEDIA2 || Encodings.inMedia1(encoding);
  }
}
