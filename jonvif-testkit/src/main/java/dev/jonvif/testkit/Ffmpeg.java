package dev.jonvif.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs ffmpeg and ffprobe, the RTSP interop peers, against a stream URL. Tests call {@link
 * #require()} first: it skips the test when the tools are missing, except in CI (env {@code
 * CI=true}), where a missing peer fails the test ({@code scripts/install-test-deps.sh} installs
 * it).
 */
public final class Ffmpeg {

  /** What a process printed and how it ended. */
  public record Run(int exit, String out, String err) {}

  private Ffmpeg() {}

  /**
   * Skips the calling test when ffmpeg or ffprobe is missing, except in CI (env CI=true), where a
   * missing peer fails the test: scripts/install-test-deps.sh installs it.
   */
  public static void require() {
    boolean present = onPath("ffmpeg") && onPath("ffprobe");
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(
          "ffmpeg/ffprobe are missing in CI: scripts/install-test-deps.sh should install them");
    }
    Assumptions.assumeTrue(present, "ffmpeg/ffprobe not installed");
  }

  /** Whether ffmpeg and ffprobe are both installed. */
  public static boolean available() {
    return onPath("ffmpeg") && onPath("ffprobe");
  }

  public static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  public static Run run(List<String> command) throws IOException, InterruptedException {
    Path err = Files.createTempFile("ffmpeg", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Run(
          p.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /** ffprobe of the first video stream, decoding ten frames: {@code codec,width,height,frames}. */
  public static Run probe(String transport, String url) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of("ffprobe", "-v", "error", "-analyzeduration", "1000000", "-fpsprobesize", "0"));
    cmd.addAll(List.of("-rtsp_transport", transport, "-select_streams", "v:0", "-count_frames"));
    cmd.addAll(List.of("-read_intervals", "%+#10", "-show_entries"));
    cmd.addAll(List.of("stream=codec_name,width,height,nb_read_frames", "-of", "csv=p=0", url));
    return run(cmd);
  }

  /** ffmpeg decoding ten frames to framemd5 on stdout (one line per decoded frame). */
  public static Run decodeTen(String transport, String url)
      throws IOException, InterruptedException {
    return run(
        List.of(
            "ffmpeg",
            "-v",
            "error",
            "-fpsprobesize",
            "0",
            "-rtsp_transport",
            transport,
            "-i",
            url,
            "-frames:v",
            "10",
            "-f",
            "framemd5",
            "-"));
  }

  /** Decoded frames in framemd5 output. */
  public static long frames(Run r) {
    return r.out().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
  }
}
