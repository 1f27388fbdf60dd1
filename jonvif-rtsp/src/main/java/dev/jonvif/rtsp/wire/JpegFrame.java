package dev.jonvif.rtsp.wire;

import dev.jonvif.core.MalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;
import javax.imageio.plugins.jpeg.JPEGHuffmanTable;

/**
 * A baseline JPEG image in the shape RTP/JPEG carries it: the RFC 2435 type, size, quantisation
 * tables and the entropy-coded scan. {@link #parse} reads it from a JFIF file (as {@code ImageIO}
 * writes one); {@link #toJfif()} rebuilds a decodable file (standard Huffman tables, as RFC 2435
 * requires of senders).
 *
 * @param type the RFC 2435 type: 0 (4:2:2) or 1 (4:2:0), plus 64 when restart markers are used
 * @param width the width in pixels
 * @param height the height in pixels
 * @param restartInterval the restart interval in MCUs, 0 without restart markers
 * @param quantTables the 8-bit quantisation tables, 64 bytes each in zigzag order: luma, chroma
 * @param scan the entropy-coded data between the SOS header and the EOI marker
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2435">RFC 2435</a>
 */
public record JpegFrame(
    int type, int width, int height, int restartInterval, byte[] quantTables, byte[] scan) {

  /** Zigzag index to natural (row-major) index of an 8x8 block. */
  static final int[] ZIGZAG = {
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20,
    13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59,
    52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63
  };

  public JpegFrame {
    Objects.requireNonNull(quantTables, "quantTables");
    Objects.requireNonNull(scan, "scan");
    if ((type & 63) > 1) {
      throw new IllegalArgumentException("RTP/JPEG type must be 0, 1, 64 or 65: " + type);
    }
    if (width <= 0 || height <= 0 || width > 65535 || height > 65535) {
      throw new IllegalArgumentException("bad JPEG size " + width + "x" + height);
    }
  }

  /**
   * Reads a baseline, 8-bit, three-component YCbCr JFIF whose chroma is 1x1 and luma 2x1 or 2x2.
   *
   * @throws MalformedMessageException when the file is not such a JPEG
   */
  public static JpegFrame parse(byte[] jfif) {
    if (jfif.length < 4 || (jfif[0] & 0xff) != 0xff || (jfif[1] & 0xff) != 0xd8) {
      throw new MalformedMessageException("not a JPEG file: no SOI marker");
    }
    byte[][] tables = new byte[4][];
    int[] componentTables = null;
    int type = -1;
    int width = 0;
    int height = 0;
    int restart = 0;
    int pos = 2;
    while (pos + 4 <= jfif.length) {
      if ((jfif[pos] & 0xff) != 0xff) {
        throw new MalformedMessageException("JPEG marker expected", pos, null, null);
      }
      int marker = jfif[pos + 1] & 0xff;
      if (marker == 0xff) {
        pos++;
        continue;
      }
      int length = Bytes.get16(jfif, pos + 2);
      int segment = pos + 4;
      int next = pos + 2 + length;
      if (length < 2 || next > jfif.length) {
        throw new MalformedMessageException("JPEG segment runs past the end", pos, null, null);
      }
      switch (marker) {
        case 0xdb -> readQuantTables(jfif, segment, next, tables);
        case 0xc0 -> {
          if (jfif[segment] != 8 || jfif[segment + 5] != 3) {
            throw new MalformedMessageException("only 8-bit three-component JPEG is supported");
          }
          height = Bytes.get16(jfif, segment + 1);
          width = Bytes.get16(jfif, segment + 3);
          int ySampling = jfif[segment + 7] & 0xff;
          type =
              switch (ySampling) {
                case 0x21 -> 0;
                case 0x22 -> 1;
                default ->
                    throw new MalformedMessageException(
                        "luma sampling must be 2x1 or 2x2, not 0x"
                            + Integer.toHexString(ySampling));
              };
          componentTables = new int[3];
          for (int c = 0; c < 3; c++) {
            int sampling = jfif[segment + 7 + 3 * c] & 0xff;
            if (c > 0 && sampling != 0x11) {
              throw new MalformedMessageException("chroma must not be subsampled in the SOF");
            }
            componentTables[c] = jfif[segment + 8 + 3 * c] & 0x0f;
          }
        }
        case 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf ->
            throw new MalformedMessageException("only baseline JPEG can travel as RTP/JPEG");
        case 0xdd -> restart = Bytes.get16(jfif, segment);
        case 0xda -> {
          if (componentTables == null) {
            throw new MalformedMessageException("JPEG scan before the frame header");
          }
          return new JpegFrame(
              restart > 0 ? type + 64 : type,
              width,
              height,
              restart,
              quantBytes(tables, componentTables),
              Arrays.copyOfRange(jfif, next, scanEnd(jfif, next)));
        }
        default -> {}
      }
      pos = next;
    }
    throw new MalformedMessageException("JPEG file without a scan");
  }

  private static void readQuantTables(byte[] b, int pos, int end, byte[][] tables) {
    while (pos < end) {
      int pq = (b[pos] & 0xff) >> 4;
      int tq = b[pos] & 0x0f;
      if (pq != 0 || tq > 3 || pos + 65 > end) {
        throw new MalformedMessageException("only 8-bit quantisation tables can travel in RTP");
      }
      tables[tq] = Arrays.copyOfRange(b, pos + 1, pos + 65);
      pos += 65;
    }
  }

  private static byte[] quantBytes(byte[][] tables, int[] componentTables) {
    byte[] luma = tables[componentTables[0]];
    byte[] cb = tables[componentTables[1]];
    byte[] cr = tables[componentTables[2]];
    if (luma == null || cb == null || !Arrays.equals(cb, cr)) {
      throw new MalformedMessageException("JPEG needs one luma and one shared chroma table");
    }
    byte[] out = new byte[128];
    System.arraycopy(luma, 0, out, 0, 64);
    System.arraycopy(cb, 0, out, 64, 64);
    return out;
  }

  /** Index of the first marker after the entropy-coded data (not stuffing, not RSTn). */
  private static int scanEnd(byte[] b, int pos) {
    for (int i = pos; i + 1 < b.length; i++) {
      if ((b[i] & 0xff) == 0xff) {
        int m = b[i + 1] & 0xff;
        if (m != 0 && m != 0xff && (m < 0xd0 || m > 0xd7)) {
          return i;
        }
      }
    }
    return b.length;
  }

  /**
   * The quantisation tables RFC 2435 Appendix A derives from a Q factor of 1 to 99 (luma then
   * chroma, zigzag order).
   */
  public static byte[] tablesForQuality(int q) {
    int factor = Math.max(1, Math.min(99, q));
    int scale = factor < 50 ? 5000 / factor : 200 - factor * 2;
    int[] luma = javax.imageio.plugins.jpeg.JPEGQTable.K1Luminance.getTable();
    int[] chroma = javax.imageio.plugins.jpeg.JPEGQTable.K2Chrominance.getTable();
    byte[] out = new byte[128];
    for (int i = 0; i < 64; i++) {
      out[i] = (byte) clamp((luma[ZIGZAG[i]] * scale + 50) / 100);
      out[64 + i] = (byte) clamp((chroma[ZIGZAG[i]] * scale + 50) / 100);
    }
    return out;
  }

  private static int clamp(int v) {
    return Math.max(1, Math.min(255, v));
  }

  /** The SOF0 marker segment (with its marker) describing this frame. */
  public byte[] startOfFrame() {
    byte[] sof = new byte[19];
    sof[0] = (byte) 0xff;
    sof[1] = (byte) 0xc0;
    Bytes.put16(sof, 2, 17);
    sof[4] = 8;
    Bytes.put16(sof, 5, height);
    Bytes.put16(sof, 7, width);
    sof[9] = 3;
    byte[] components = {1, (byte) ((type & 63) == 0 ? 0x21 : 0x22), 0, 2, 0x11, 1, 3, 0x11, 1};
    System.arraycopy(components, 0, sof, 10, 9);
    return sof;
  }

  /** A complete JFIF file for this frame, decodable by any JPEG decoder. */
  public byte[] toJfif() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(scan.length + 700);
    out.write(0xff);
    out.write(0xd8);
    for (int t = 0; t < quantTables.length / 64; t++) {
      out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xdb, 0, 67, (byte) t});
      out.write(quantTables, t * 64, 64);
    }
    out.writeBytes(startOfFrame());
    huffman(out, 0x00, JPEGHuffmanTable.StdDCLuminance);
    huffman(out, 0x10, JPEGHuffmanTable.StdACLuminance);
    huffman(out, 0x01, JPEGHuffmanTable.StdDCChrominance);
    huffman(out, 0x11, JPEGHuffmanTable.StdACChrominance);
    if (restartInterval > 0) {
      out.writeBytes(
          new byte[] {
            (byte) 0xff, (byte) 0xdd, 0, 4, (byte) (restartInterval >> 8), (byte) restartInterval
          });
    }
    out.writeBytes(
        new byte[] {(byte) 0xff, (byte) 0xda, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0});
    out.writeBytes(scan);
    out.write(0xff);
    out.write(0xd9);
    return out.toByteArray();
  }

  private static void huffman(ByteArrayOutputStream out, int classAndId, JPEGHuffmanTable table) {
    short[] lengths = table.getLengths();
    short[] values = table.getValues();
    int length = 2 + 1 + 16 + values.length;
    out.writeBytes(
        new byte[] {
          (byte) 0xff, (byte) 0xc4, (byte) (length >> 8), (byte) length, (byte) classAndId
        });
    for (short l : lengths) {
      out.write(l);
    }
    for (short v : values) {
      out.write(v);
    }
  }
}
