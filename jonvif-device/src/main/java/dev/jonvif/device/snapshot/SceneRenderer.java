package dev.jonvif.device.snapshot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a {@link Scene} with Java2D and encodes it as a baseline JPEG: a sky-and-ground background
 * with a grid, a sun that moves with the clock's seconds (so consecutive frames differ), a tower
 * that slides with pan and grows with zoom, lamps for relay outputs and digital inputs, and text
 * with the camera name, time, profile and resolution. Brightness and contrast shade the picture;
 * night mode (IR cut filter OFF) turns it grey. Thread-safe. The background (which depends only on
 * size, imaging and PTZ) is drawn once and reused, and JPEG writers are pooled, so a 640x360 frame
 * costs a few milliseconds.
 *
 * <p>If the platform has no usable fonts (a headless JRE without fontconfig), text is left out and
 * the rest is still drawn.
 */
public final class SceneRenderer {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static volatile boolean textWorks = true;

  private static final int MAX_BACKGROUNDS = 32;
  private static final int MAX_FRAMES = 64;
  private static final int MAX_IDLE_WRITERS = 8;

  private final float quality;
  private final Map<BackgroundKey, BufferedImage> backgrounds = new ConcurrentHashMap<>();
  private final Queue<ImageWriter> writers = new ConcurrentLinkedQueue<>();
  private final Map<Scene, byte[]> frames = new ConcurrentHashMap<>();

  /** A renderer writing JPEG at quality 0.8. */
  public SceneRenderer() {
    this(0.8f);
  }

  /** A renderer writing JPEG at {@code quality} (0..1). */
  public SceneRenderer(float quality) {
    if (!(quality > 0 && quality <= 1)) {
      throw new IllegalArgumentException("quality " + quality);
    }
    this.quality = quality;
  }

  /**
   * The scene as JPEG bytes at the scene's size. The picture changes once per second of the scene's
   * clock, so frames asked for within the same second are encoded once.
   */
  public byte[] renderJpeg(Scene scene) {
    Scene key = scene.withTime(scene.time().truncatedTo(ChronoUnit.SECONDS));
    byte[] jpeg = frames.get(key);
    if (jpeg == null) {
      jpeg = encode(render(key));
      if (frames.size() >= MAX_FRAMES) {
        frames.clear();
      }
      frames.put(key, jpeg);
    }
    return jpeg.clone();
  }

  /** The scene as an image (3-byte BGR). */
  public BufferedImage render(Scene s) {
    BufferedImage img = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    try {
      g.drawImage(background(s), 0, 0, null);
      drawSun(g, s);
      drawLandmark(g, s);
      drawIndicators(g, s);
      if (textWorks) {
        try {
          drawText(g, s);
        } catch (Error | RuntimeException e) {
          // Fonts are unavailable on this JRE (no fontconfig): keep drawing without text.
          textWorks = false;
        }
      }
    } finally {
      g.dispose();
    }
    if (night(s)) {
      toGrey(img);
    }
    return img;
  }

  /** The background depends only on size, imaging and PTZ: drawn once and reused. */
  private BufferedImage background(Scene s) {
    BackgroundKey key = new BackgroundKey(s.width(), s.height(), s.imaging(), s.ptz());
    BufferedImage bg = backgrounds.get(key);
    if (bg == null) {
      bg = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = bg.createGraphics();
      try {
        drawBackground(g, s);
      } finally {
        g.dispose();
      }
      if (backgrounds.size() >= MAX_BACKGROUNDS) {
        backgrounds.clear();
      }
      backgrounds.put(key, bg);
    }
    return bg;
  }

  private record BackgroundKey(
      int width, int height, Scene.Imaging imaging, Scene.PtzPosition ptz) {}

  /** Night mode: the IR cut filter is out, the sensor sees no colour. */
  private static boolean night(Scene s) {
    return s.imaging() != null && "OFF".equalsIgnoreCase(s.imaging().irMode());
  }

  private static void toGrey(BufferedImage img) {
    int w = img.getWidth();
    int[] row = new int[w];
    for (int y = 0; y < img.getHeight(); y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int p = row[x];
        int l = (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
        row[x] = (l << 16) | (l << 8) | l;
      }
      img.setRGB(0, y, w, 1, row, 0, w);
    }
  }

  /**
   * A tower standing on the horizon at a fixed place in the world: it slides across the frame as
   * the camera pans, and grows as it zooms in.
   */
  private static void drawLandmark(Graphics2D g, Scene s) {
    float pan = s.ptz() == null ? 0 : s.ptz().pan();
    float zoom = s.ptz() == null ? 0 : s.ptz().zoom();
    float scale = 1 + 3 * zoom;
    int w = s.width();
    int h = s.height();
    int cx = (int) (w / 2f + (0.25f - pan) * w * scale);
    int tw = Math.max(2, (int) (w / 24f * scale));
    int th = Math.max(2, (int) (h / 4f * scale));
    int base = horizonY(s) + Math.max(1, h / 40);
    g.setColor(new Color(150, 60, 40));
    g.fillRect(cx - tw / 2, base - th, tw, th);
    g.setColor(new Color(230, 230, 230));
    g.fillRect(cx - tw, base - th - tw / 2, 2 * tw, Math.max(1, tw / 2));
  }

  /** A lamp per relay output (green when active) and per digital input (orange when active). */
  private static void drawIndicators(Graphics2D g, Scene s) {
    int d = Math.max(4, s.height() / 24);
    int x = s.width() - d - d / 2;
    int y = d / 2;
    for (Map.Entry<String, Boolean> r : new java.util.TreeMap<>(s.relays()).entrySet()) {
      lamp(g, x, y, d, r.getValue() ? new Color(40, 220, 60) : new Color(30, 60, 30));
      x -= d + d / 2;
    }
    for (Map.Entry<String, Boolean> i : new java.util.TreeMap<>(s.inputs()).entrySet()) {
      lamp(g, x, y, d, i.getValue() ? new Color(255, 150, 0) : new Color(70, 50, 20));
      x -= d + d / 2;
    }
  }

  private static void lamp(Graphics2D g, int x, int y, int d, Color c) {
    g.setColor(c);
    g.fillOval(x, y, d, d);
    g.setColor(Color.BLACK);
    g.drawOval(x, y, d, d);
  }

  private static void drawBackground(Graphics2D g, Scene s) {
    int w = s.width();
    int h = s.height();
    Scene.Imaging im = s.imaging() == null ? Scene.Imaging.DEFAULT : s.imaging();
    boolean night = "OFF".equalsIgnoreCase(im.irMode());
    float light = 0.5f + (im.brightness() - 50) / 100f;
    float spread = 0.5f + (im.contrast() - 50) / 100f;
    Color sky = shade(night ? new Color(90, 90, 90) : new Color(70, 130, 200), light, spread);
    Color horizon =
        shade(night ? new Color(160, 160, 160) : new Color(180, 210, 240), light, spread);
    Color ground = shade(night ? new Color(110, 110, 110) : new Color(70, 120, 60), light, spread);
    int horizonY = horizonY(s);
    g.setPaint(new GradientPaint(0, 0, sky, 0, Math.max(1, horizonY), horizon));
    g.fillRect(0, 0, w, horizonY);
    g.setColor(ground);
    g.fillRect(0, horizonY, w, h - horizonY);
    // A perspective grid on the ground, shifted by the pan position.
    g.setColor(ground.darker());
    g.setStroke(new BasicStroke(Math.max(1, w / 640f)));
    float pan = s.ptz() == null ? 0 : s.ptz().pan();
    int lines = 12;
    for (int i = -lines; i <= 2 * lines; i++) {
      int x = (int) (i * w / (float) lines - pan * w / 2);
      g.drawLine(w / 2 + (x - w / 2) / 6, horizonY, x, h);
    }
    for (int i = 1; i <= 6; i++) {
      int y = horizonY + (h - horizonY) * i * i / 36;
      g.drawLine(0, y, w, y);
    }
  }

  private static int horizonY(Scene s) {
    float tilt = s.ptz() == null ? 0 : s.ptz().tilt();
    int y = (int) (s.height() * (0.6f + tilt * 0.3f));
    return Math.max(1, Math.min(s.height() - 1, y));
  }

  private static void drawSun(Graphics2D g, Scene s) {
    int w = s.width();
    float zoom = s.ptz() == null ? 0 : s.ptz().zoom();
    int r = Math.max(4, (int) (Math.min(w, s.height()) / 12f * (1 + 2 * zoom)));
    double phase = (s.time().getEpochSecond() % 60) / 60.0;
    int cx = (int) (phase * (w + 2 * r)) - r;
    int cy = horizonY(s) / 3 + r / 2;
    g.setColor(new Color(255, 220, 80));
    g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
  }

  private static void drawText(Graphics2D g, Scene s) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    int size = Math.max(10, s.height() / 18);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
    String[] lines = {
      s.camera(),
      TIME.format(s.time().atZone(s.zone())),
      s.profileName() + " (" + s.profileToken() + ")  " + s.width() + "x" + s.height(),
      details(s)
    };
    int y = size + size / 3;
    for (String line : lines) {
      if (line.isEmpty()) {
        continue;
      }
      g.setColor(new Color(0, 0, 0, 150));
      g.drawString(line, size / 2 + 2, y + 2);
      g.setColor(Color.WHITE);
      g.drawString(line, size / 2, y);
      y += size + size / 4;
    }
  }

  private static String details(Scene s) {
    StringBuilder sb = new StringBuilder();
    if (s.ptz() != null) {
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              "PTZ %.2f %.2f %.2f",
              s.ptz().pan(),
              s.ptz().tilt(),
              s.ptz().zoom()));
    }
    if (s.imaging() != null) {
      sb.append(sb.isEmpty() ? "" : "  ")
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "B%.0f C%.0f IR %s",
                  s.imaging().brightness(),
                  s.imaging().contrast(),
                  s.imaging().irMode()));
    }
    for (Map.Entry<String, Boolean> r : new java.util.TreeMap<>(s.relays()).entrySet()) {
      sb.append(sb.isEmpty() ? "" : "  ").append(r.getKey()).append(r.getValue() ? " on" : " off");
    }
    for (Map.Entry<String, Boolean> i : new java.util.TreeMap<>(s.inputs()).entrySet()) {
      sb.append(sb.isEmpty() ? "" : "  ").append(i.getKey()).append(i.getValue() ? " on" : " off");
    }
    return sb.toString();
  }

  private static Color shade(Color c, float light, float spread) {
    return new Color(
        adjust(c.getRed(), light, spread),
        adjust(c.getGreen(), light, spread),
        adjust(c.getBlue(), light, spread));
  }

  private static int adjust(int v, float light, float spread) {
    float centred = (v - 128) * (spread * 2) + 128;
    float lit = centred + (light - 0.5f) * 200;
    return Math.max(0, Math.min(255, Math.round(lit)));
  }

  private byte[] encode(BufferedImage img) {
    ImageWriter writer = writers.poll();
    if (writer == null) {
      Iterator<ImageWriter> found = ImageIO.getImageWritersByFormatName("jpeg");
      if (!found.hasNext()) {
        throw new IllegalStateException("no JPEG writer in this JRE");
      }
      writer = found.next();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(img.getWidth() * img.getHeight() / 8);
    boolean reusable = false;
    try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality);
      writer.write(null, new IIOImage(img, null, null), p);
      writer.reset();
      reusable = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (reusable && writers.size() < MAX_IDLE_WRITERS) {
        writers.add(writer);
      } else {
        writer.dispose();
      }
    }
    return out.toByteArray();
  }
}
