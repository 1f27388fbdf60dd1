package dev.jonvif.cli;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The controlling terminal in character mode (no line buffering, no echo) through {@code stty} on
 * {@code /dev/tty}: JDK only. Closing restores the settings it found; Ctrl-C still raises SIGINT.
 */
final class Terminal implements AutoCloseable {

  private static final File TTY = new File("/dev/tty");

  private final String saved;
  private final InputStream in;

  private Terminal(String saved, InputStream in) {
    this.saved = saved;
    this.in = in;
  }

  /**
   * Switches the terminal to character mode.
   *
   * @throws IllegalStateException when there is no terminal to read keys from
   */
  static Terminal open() {
    if (!TTY.canRead()) {
      throw new IllegalStateException("ptz keys needs a terminal (no readable /dev/tty)");
    }
    try {
      String saved = stty("-g").strip();
      stty("-icanon", "-echo", "min", "1", "time", "0");
      return new Terminal(saved, new FileInputStream(TTY));
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot set the terminal to character mode: " + e.getMessage());
    }
  }

  /** The key bytes, one {@code read()} per byte. */
  InputStream input() {
    return in;
  }

  private static String stty(String... args) throws IOException {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "stty";
    System.arraycopy(args, 0, cmd, 1, args.length);
    Process p =
        new ProcessBuilder(cmd)
            .redirectInput(TTY)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    try {
      if (p.waitFor() != 0) {
        throw new IOException("stty " + String.join(" ", args) + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running stty");
    }
    return out;
  }

  @Override
  public void close() {
    try {
      stty(saved);
    } catch (IOException | RuntimeException e) {
      // Nothing better to do: the user can type `stty sane`.
    }
  }
}
