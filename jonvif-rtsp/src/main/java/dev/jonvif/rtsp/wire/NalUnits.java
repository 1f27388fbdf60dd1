package dev.jonvif.rtsp.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits and joins H.264/H.265 byte streams (ITU-T H.264 Annex B start codes). */
public final class NalUnits {

  private static final byte[] START_CODE = {0, 0, 0, 1};

  private NalUnits() {}

  /** The NAL units of an Annex B byte stream, without start codes; empty units are skipped. */
  public static List<byte[]> split(byte[] stream) {
    List<byte[]> out = new ArrayList<>(4);
    int n = stream.length;
    int unitStart = -1;
    int i = 0;
    while (i + 2 < n) {
      if (stream[i] == 0 && stream[i + 1] == 0 && stream[i + 2] == 1) {
        if (unitStart >= 0) {
          add(out, stream, unitStart, trimZeros(stream, unitStart, i));
        }
        i += 3;
        unitStart = i;
      } else {
        i++;
      }
    }
    if (unitStart >= 0) {
      add(out, stream, unitStart, n);
    } else if (n > 0) {
      out.add(stream.clone());
    }
    return out;
  }

  /** The NAL units joined with four-byte start codes. */
  public static byte[] join(List<byte[]> units) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] u : units) {
      out.writeBytes(START_CODE);
      out.writeBytes(u);
    }
    return out.toByteArray();
  }

  private static int trimZeros(byte[] b, int from, int to) {
    while (to > from && b[to - 1] == 0) {
      to--;
    }
    return to;
  }

  private static void add(List<byte[]> out, byte[] b, int from, int to) {
    if (to > from) {
      out.add(Arrays.copyOfRange(b, from, to));
    }
  }

  /** The unit with emulation-prevention bytes (00 00 03) removed: its raw byte sequence. */
  public static byte[] unescape(byte[] nal) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(nal.length);
    int zeros = 0;
    for (byte b : nal) {
      if (zeros >= 2 && b == 3) {
        zeros = 0;
        continue;
      }
      out.write(b);
      zeros = b == 0 ? zeros + 1 : 0;
    }
    return out.toByteArray();
  }
}
