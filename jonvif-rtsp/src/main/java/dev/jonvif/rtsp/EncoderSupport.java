package dev.jonvif.rtsp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Which encodings this machine can generate from a {@link FrameRenderer}. A camera must never
 * advertise an encoding it cannot stream: the device asks here before offering H.264 or H.265.
 *
 * <p>JPEG is always available (the JDK encodes it). H.264 needs jcodec on the class path. H.265
 * needs an {@code ffmpeg} executable with the {@code libx265} encoder: the one named by the system
 * property {@value #FFMPEG_PROPERTY}, else {@code ffmpeg} on the {@code PATH}. The answer is probed
 * once and cached. ({@link EncodedSource} streams need no encoder at all.)
 */
public final class EncoderSupport {

  /** System property naming the ffmpeg executable. */
  public static final String FFMPEG_PROPERTY = "jonvif.ffmpeg";

  private static volatile Boolean hevc;

  private EncoderSupport() {}

  /** Whether streams of {@code encoding} can be generated from rendered frames here. */
  public static boolean isAvailable(VideoEncoding encoding) {
    return switch (encoding) {
      case JPEG -> true;
      case H264 -> JcodecH264Encoder.isAvailable();
      case H265 -> hevcAvailable();
    };
  }

  /** Every encoding that {@link #isAvailable(VideoEncoding)}. */
  public static Set<VideoEncoding> available() {
    Set<VideoEncoding> out = EnumSet.noneOf(VideoEncoding.class);
    for (VideoEncoding e : VideoEncoding.values()) {
      if (isAvailable(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The ffmpeg executable to run. */
  static String ffmpeg() {
    return System.getProperty(FFMPEG_PROPERTY, "ffmpeg");
  }

  private static boolean hevcAvailable() {
    Boolean known = hevc;
    if (known == null) {
      known = probeHevc();
      hevc = known;
    }
    return known;
  }

  private static boolean probeHevc() {
    try {
      Process p =
          new ProcessBuilder(ffmpeg(), "-hide_banner", "-encoders")
              .redirectErrorStream(true)
              .start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
      }
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0 && out.contains("libx265");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
