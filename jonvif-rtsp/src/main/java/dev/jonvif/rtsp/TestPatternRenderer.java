package dev.jonvif.rtsp;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A built-in picture: colour bars, a bar sweeping once per second, and the stream's label and the
 * frame's UTC time, so a person can see the stream is live. Reuses its image between frames.
 */
public final class TestPatternRenderer implements FrameRenderer {

  private static final Color[] BARS = {
    Color.WHITE, Color.YELLOW, Color.CYAN, Color.GREEN, Color.MAGENTA, Color.RED, Color.BLUE
  };
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneOffset.UTC);

  private final String label;
  private BufferedImage image;

  /** A pattern showing {@code label} (e.g. the camera name and profile). */
  public TestPatternRenderer(String label) {
    this.label = Objects.requireNonNull(label, "label");
  }

  @Override
  public synchronized BufferedImage render(Instant time, int width, int height) {
    if (image == null || image.getWidth() != width || image.getHeight() != height) {
      image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    }
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int barWidth = (width + BARS.length - 1) / BARS.length;
      for (int i = 0; i < BARS.length; i++) {
        g.setColor(BARS[i]);
        g.fillRect(i * barWidth, 0, barWidth, height * 2 / 3);
      }
      g.setColor(Color.DARK_GRAY);
      g.fillRect(0, height * 2 / 3, width, height - height * 2 / 3);
      int sweep = (int) ((time.toEpochMilli() % 1000) * width / 1000);
      g.setColor(Color.ORANGE);
      g.setStroke(new BasicStroke(Math.max(2, width / 160f)));
      g.drawLine(sweep, 0, sweep, height);
      int fontSize = Math.max(10, height / 14);
      g.setFont(new Font(Font.MONOSPACED, Font.BOLD, fontSize));
      g.setColor(Color.WHITE);
      int base = height * 2 / 3 + fontSize + fontSize / 3;
      g.drawString(label, fontSize / 2, base);
      g.drawString(TIME.format(time), fontSize / 2, base + fontSize + fontSize / 3);
    } finally {
      g.dispose();
    }
    return image;
  }
}
