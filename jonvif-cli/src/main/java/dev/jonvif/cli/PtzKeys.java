package dev.jonvif.cli;

import dev.jonvif.client.PtzClient;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.model.PtzPreset;
import dev.jonvif.core.model.PtzStatus;
import dev.jonvif.core.model.PtzVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code jonvif ptz URL keys}: steer with the keyboard. An arrow key pans or tilts while it is held
 * and {@code +}/{@code -} zoom: the terminal repeats a held key, so the camera moves
 * (ContinuousMove) from the first press and stops when the repeats have been silent for {@link
 * #RELEASE_AFTER}. Digits go to presets (1 is the first), {@code h} goes home, space stops, {@code
 * q} quits. One status line shows the live position.
 */
final class PtzKeys {

  /** Key-repeat silence that counts as release. */
  static final Duration RELEASE_AFTER = Duration.ofMillis(250);

  /** How often the status line is refreshed. */
  static final Duration REFRESH = Duration.ofMillis(200);

  /**
   * Timeout of each ContinuousMove, renewed while the key is held: if this program dies, the camera
   * stops by itself soon after.
   */
  static final Duration SAFETY_TIMEOUT = Duration.ofSeconds(2);

  /** Velocity of a key press (generic velocity space). */
  static final double SPEED = 0.5;

  private static final int QUIT = 'q';
  private static final int END_OF_INPUT = Integer.MIN_VALUE;

  private final PtzClient ptz;
  private final String profile;
  private final List<PtzPreset> presets;
  private final PrintWriter out;
  private final Clock clock;
  private final BlockingQueue<Integer> keys = new LinkedBlockingQueue<>();

  private volatile PtzVector moving; // the velocity in force, or null when standing
  private long lastKeyMillis;
  private long lastMoveSentMillis;
  private String message = "";

  PtzKeys(PtzClient ptz, String profile, List<PtzPreset> presets, PrintWriter out) {
    this(ptz, profile, presets, out, Clock.systemUTC());
  }

  PtzKeys(PtzClient ptz, String profile, List<PtzPreset> presets, PrintWriter out, Clock clock) {
    this.ptz = Objects.requireNonNull(ptz);
    this.profile = Objects.requireNonNull(profile);
    this.presets = List.copyOf(presets);
    this.out = out;
    this.clock = clock;
  }

  /** Runs on the controlling terminal until {@code q}; returns the exit code. */
  int run() throws InterruptedException {
    try (Terminal terminal = Terminal.open()) {
      Thread reader = readKeys(terminal.input());
      // On Ctrl-C the JVM runs hooks but not this method's finally blocks.
      Thread restore =
          new Thread(
              () -> {
                stopQuietly();
                terminal.close();
              });
      Runtime.getRuntime().addShutdownHook(restore);
      try {
        out.println(
            "arrows pan/tilt, +/- zoom, 1-9 presets, h home, space stop, q quit ("
                + presets.size()
                + " presets)");
        loop();
      } finally {
        stopQuietly();
        reader.interrupt();
        Runtime.getRuntime().removeShutdownHook(restore);
        out.println();
        out.flush();
      }
    }
    return 0;
  }

  private Thread readKeys(InputStream in) {
    Thread t =
        new Thread(
            () -> {
              KeyDecoder decoder = new KeyDecoder();
              try {
                for (int b = in.read(); b >= 0; b = in.read()) {
                  int key = decoder.feed(b);
                  if (key != KeyDecoder.NONE) {
                    keys.add(key);
                  }
                }
              } catch (IOException e) {
                // The terminal went away: treat like end of input.
              }
              keys.add(END_OF_INPUT);
            },
            "jonvif-ptz-keys");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void loop() throws InterruptedException {
    long nextRefresh = 0;
    while (true) {
      long now = clock.millis();
      if (now >= nextRefresh) {
        refresh();
        nextRefresh = now + REFRESH.toMillis();
      }
      long wait = nextRefresh - now;
      if (moving != null) {
        wait = Math.min(wait, lastKeyMillis + RELEASE_AFTER.toMillis() - now);
      }
      Integer key = keys.poll(Math.max(1, wait), TimeUnit.MILLISECONDS);
      now = clock.millis();
      if (key == null) {
        if (moving != null && now - lastKeyMillis >= RELEASE_AFTER.toMillis()) {
          act(() -> ptz.stop(profile));
          moving = null;
        }
        continue;
      }
      if (key == QUIT || key == END_OF_INPUT) {
        return;
      }
      handle(key, now);
    }
  }

  private void handle(int key, long now) {
    PtzVector velocity = velocity(key);
    if (velocity != null) {
      lastKeyMillis = now;
      boolean renew = now - lastMoveSentMillis >= SAFETY_TIMEOUT.toMillis() / 2;
      if (!velocity.equals(moving) || renew) {
        if (act(() -> ptz.continuousMove(profile, velocity, SAFETY_TIMEOUT))) {
          moving = velocity;
          lastMoveSentMillis = now;
        }
      }
      return;
    }
    if (moving != null) {
      act(() -> ptz.stop(profile));
      moving = null;
    }
    if (key >= '0' && key <= '9') {
      int index = key == '0' ? 9 : key - '1';
      if (index < presets.size()) {
        PtzPreset p = presets.get(index);
        message = "preset " + (p.name().isEmpty() ? p.token() : p.name());
        act(() -> ptz.gotoPreset(profile, p.token(), null));
      } else {
        message = "no preset " + (char) key;
      }
    } else if (key == 'h') {
      message = "home";
      act(() -> ptz.gotoHome(profile, null));
    } else if (key == ' ') {
      message = "stopped";
    }
  }

  /** The velocity a key asks for, or {@code null} for a key that does not move. */
  static PtzVector velocity(int key) {
    return switch (key) {
      case KeyDecoder.LEFT -> PtzVector.panTilt(-SPEED, 0);
      case KeyDecoder.RIGHT -> PtzVector.panTilt(SPEED, 0);
      case KeyDecoder.UP -> PtzVector.panTilt(0, SPEED);
      case KeyDecoder.DOWN -> PtzVector.panTilt(0, -SPEED);
      case '+', '=' -> PtzVector.zoom(SPEED);
      case '-', '_' -> PtzVector.zoom(-SPEED);
      default -> null;
    };
  }

  /** Runs a camera call; a failure becomes the status line's message instead of ending the loop. */
  private boolean act(Runnable call) {
    try {
      call.run();
      return true;
    } catch (OnvifException e) {
      message = ErrorHandler.Messages.describe(e);
      return false;
    }
  }

  private void refresh() {
    String line;
    try {
      PtzStatus s = ptz.status(profile);
      PtzVector p = s.position();
      line =
          String.format(
              Locale.ROOT,
              "pan %+.3f  tilt %+.3f  zoom %.3f  %s",
              p.pan(),
              p.tilt(),
              p.zoomValue(),
              s.isIdle() ? "IDLE  " : "MOVING");
    } catch (OnvifException e) {
      line = "status unavailable";
    }
    out.print("\r" + line + (message.isEmpty() ? "" : "  " + message) + "\u001b[K");
    out.flush();
  }

  private void stopQuietly() {
    if (moving != null) {
      act(() -> ptz.stop(profile));
      moving = null;
    }
  }
}
