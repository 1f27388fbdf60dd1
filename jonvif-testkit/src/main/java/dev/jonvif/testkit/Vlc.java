package dev.jonvif.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs VLC headless ({@code vlc -I dummy}) as an RTSP interop peer and counts the pictures it
 * decoded: its scene filter writes every decoded picture to a PNG file.
 *
 * <p>VLC refuses to run as root, so under root it runs as {@code nobody} through util-linux's
 * {@code setpriv}, with a private HOME. Its RTSP client is the live555 module; Debian (and Ubuntu)
 * build VLC without it ({@code --disable-live555} since 3.0.12-2, Debian bug #981439), so there
 * {@link #requireRtsp()} skips the test, in CI too: installing that VLC would not help.
 */
public final class Vlc {

  /** What VLC printed, how it ended, and how many pictures it decoded. */
  public record Run(int exit, String log, int pictures) {}

  private Vlc() {}

  /**
   * Skips the calling test unless a VLC with an RTSP client (live555) is installed.
   *
   * @throws org.opentest4j.TestAbortedException when there is none
   */
  public static void requireRtsp() throws IOException, InterruptedException {
    if (!Ffmpeg.onPath("vlc")) {
      Assumptions.abort("VLC is not installed");
    }
    if (!hasLive555()) {
      Assumptions.abort(
          "this VLC has no RTSP client: it was built without live555"
              + " (Debian and Ubuntu: --disable-live555, Debian bug #981439)");
    }
  }

  private static Boolean live555;

  /** Whether the installed VLC lists the live555 module (asked once). */
  private static synchronized boolean hasLive555() throws IOException, InterruptedException {
    if (live555 == null) {
      Path home = privateDir("vlc-home");
      try {
        Ffmpeg.Run list = Ffmpeg.run(command(home, List.of("--list")));
        live555 = list.out().lines().anyMatch(l -> l.strip().startsWith("live555 "));
      } finally {
        deleteTree(home);
      }
    }
    return live555;
  }

  /**
   * Plays {@code url} for {@code time} without audio or display.
   *
   * @param options VLC options for the input, e.g. {@code --rtsp-tcp}
   */
  public static Run play(String url, List<String> options, Duration time)
      throws IOException, InterruptedException {
    Path home = privateDir("vlc-home");
    Path shots = Files.createDirectory(home.resolve("shots"));
    try {
      Files.setPosixFilePermissions(shots, PosixFilePermissions.fromString("rwxrwxrwx"));
      List<String> args = new ArrayList<>();
      args.addAll(List.of("-vv", "-I", "dummy", "--no-audio", "--vout=dummy", "--play-and-exit"));
      args.add("--run-time=" + time.toSeconds());
      args.addAll(List.of("--video-filter=scene", "--scene-path=" + shots, "--scene-ratio=1"));
      args.addAll(List.of("--scene-format=png", "--scene-prefix=picture"));
      args.addAll(options);
      args.add(url);
      Ffmpeg.Run r = Ffmpeg.run(command(home, args));
      int pictures;
      try (Stream<Path> files = Files.list(shots)) {
        pictures = (int) files.filter(p -> p.toString().endsWith(".png")).count();
      }
      return new Run(r.exit(), r.err() + r.out(), pictures);
    } finally {
      deleteTree(home);
    }
  }

  /** {@code vlc args}, as {@code nobody} with a private HOME when this process is root. */
  private static List<String> command(Path home, List<String> args) {
    List<String> cmd = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
    }
    cmd.addAll(List.of("env", "HOME=" + home, "vlc"));
    cmd.addAll(args);
    return cmd;
  }

  /** A temporary directory anyone may write (VLC may run as another user). */
  private static Path privateDir(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    return dir;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
