package dev.jonvif.rtsp;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Picture conversions the encoders need. */
final class Images {

  private Images() {}

  /** {@code image} as an opaque 3-byte BGR picture (itself when it already is one). */
  static BufferedImage rgb(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
      return image;
    }
    BufferedImage out =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  /** {@code image} at exactly {@code width} x {@code height} (itself when it already is). */
  static BufferedImage sized(BufferedImage image, int width, int height) {
    if (image.getWidth() == width && image.getHeight() == height) {
      return image;
    }
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return out;
  }

  /**
   * Fills full-range (JFIF) YUV 4:2:0 planes from a picture, replicating edge pixels into the
   * padding when the planes are larger than the picture. Values are stored as {@code value - 128},
   * as jcodec expects.
   */
  static void toYuv420Signed(
      BufferedImage image, byte[] y, byte[] u, byte[] v, int planeWidth, int planeHeight) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] row = new int[w];
    int[] rgbRows = new int[2 * planeWidth * 3];
    for (int py = 0; py < planeHeight; py += 2) {
      for (int k = 0; k < 2; k++) {
        int sy = Math.min(py + k, h - 1);
        image.getRGB(0, sy, w, 1, row, 0, w);
        for (int px = 0; px < planeWidth; px++) {
          int rgb = row[Math.min(px, w - 1)];
          int r = (rgb >> 16) & 0xff;
          int g = (rgb >> 8) & 0xff;
          int b = rgb & 0xff;
          int base = (k * planeWidth + px) * 3;
          rgbRows[base] = r;
          rgbRows[base + 1] = g;
          rgbRows[base + 2] = b;
          int luma = (77 * r + 150 * g + 29 * b + 128) >> 8;
          y[(py + k) * planeWidth + px] = (byte) (luma - 128);
        }
      }
      int cw = planeWidth / 2;
      for (int cx = 0; cx < cw; cx++) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int k = 0; k < 2; k++) {
          for (int j = 0; j < 2; j++) {
            int base = (k * planeWidth + 2 * cx + j) * 3;
            r += rgbRows[base];
            g += rgbRows[base + 1];
            b += rgbRows[base + 2];
          }
        }
        r = (r + 2) >> 2;
        g = (g + 2) >> 2;
        b = (b + 2) >> 2;
        int cb = ((-43 * r - 85 * g + 128 * b + 128) >> 8) + 128;
        int cr = ((128 * r - 107 * g - 21 * b + 128) >> 8) + 128;
        u[(py / 2) * cw + cx] = (byte) (clamp(cb) - 128);
        v[(py / 2) * cw + cx] = (byte) (clamp(cr) - 128);
      }
    }
  }

  private static int clamp(int x) {
    return x < 0 ? 0 : Math.min(255, x);
  }
}
