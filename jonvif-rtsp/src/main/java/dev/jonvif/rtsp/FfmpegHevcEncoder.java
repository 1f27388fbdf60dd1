package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.H265Payload;
import dev.jonvif.rtsp.wire.NalUnits;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * H.265 through an ffmpeg child process with libx265: raw BGR frames in on stdin, an Annex B stream
 * out on stdout, split into access units by a reader thread (one frame of latency: a unit is
 * complete when the next one starts). A forced key frame restarts the process, whose first picture
 * is always an IRAP.
 */
final class FfmpegHevcEncoder implements FrameEncoder {

  private static final Logger LOG = Logger.getLogger(FfmpegHevcEncoder.class.getName());

  private final StreamSpec spec;
  private Process process;
  private OutputStream stdin;
  private final ArrayDeque<Instant> times = new ArrayDeque<>();
  private volatile Consumer<AccessUnit> sink = u -> {};
  private volatile int generation;

  private FfmpegHevcEncoder(StreamSpec spec) {
    this.spec = spec;
  }

  static FrameEncoder start(StreamSpec spec) throws IOException {
    FfmpegHevcEncoder e = new FfmpegHevcEncoder(spec);
    e.launch();
    return e;
  }

  private void launch() throws IOException {
    String rate = String.format(Locale.ROOT, "%.3f", spec.frameRate());
    int gop = spec.gopLength();
    List<String> cmd =
        List.of(
            EncoderSupport.ffmpeg(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "bgr24",
            "-s",
            spec.width() + "x" + spec.height(),
            "-r",
            rate,
            "-i",
            "pipe:0",
            "-c:v",
            "libx265",
            "-preset",
            "ultrafast",
            "-tune",
            "zerolatency",
            "-pix_fmt",
            "yuv420p",
            "-x265-params",
            "keyint=" + gop + ":min-keyint=" + gop + ":bframes=0:repeat-headers=1:log-level=error",
            "-f",
            "hevc",
            "pipe:1");
    process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    stdin = process.getOutputStream();
    Process p = process;
    int gen = ++generation;
    Thread.ofVirtual().name("hevc-reader").start(() -> read(p.getInputStream(), gen));
  }

  @Override
  public void encode(BufferedImage image, Instant time, boolean keyFrame, Consumer<AccessUnit> sink)
      throws IOException {
    this.sink = sink;
    if (keyFrame && !times.isEmpty()) {
      restart();
    }
    byte[] bgr = ((DataBufferByte) Images.rgb(image).getRaster().getDataBuffer()).getData();
    synchronized (times) {
      times.addLast(time);
    }
    stdin.write(bgr);
    stdin.flush();
  }

  private void restart() throws IOException {
    stop();
    synchronized (times) {
      times.clear();
    }
    launch();
  }

  /** Splits the byte stream into access units and hands each to the current sink. */
  private void read(InputStream in, int gen) {
    ByteArrayOutputStream pending = new ByteArrayOutputStream(256 * 1024);
    List<byte[]> unit = new ArrayList<>();
    boolean unitHasPicture = false;
    byte[] chunk = new byte[64 * 1024];
    try (in) {
      int n;
      while ((n = in.read(chunk)) > 0) {
        pending.write(chunk, 0, n);
        byte[] all = pending.toByteArray();
        int lastStart = lastStartCode(all);
        if (lastStart <= 0) {
          continue;
        }
        pending.reset();
        pending.write(all, lastStart, all.length - lastStart);
        byte[] complete = java.util.Arrays.copyOf(all, lastStart);
        for (byte[] nal : NalUnits.split(complete)) {
          int type = H265Payload.type(nal);
          boolean vcl = type < 32;
          boolean firstSlice = vcl && nal.length > 2 && (nal[2] & 0x80) != 0;
          boolean prefix = type >= 32 && type <= 40 && type != 38;
          if (unitHasPicture && (firstSlice || prefix)) {
            emit(unit, gen);
            unit = new ArrayList<>();
            unitHasPicture = false;
          }
          unit.add(nal);
          unitHasPicture |= vcl;
        }
      }
      if (unitHasPicture) {
        emit(unit, gen);
      }
    } catch (IOException e) {
      LOG.log(Level.FINE, "ffmpeg H.265 output ended", e);
    }
  }

  private static int lastStartCode(byte[] b) {
    for (int i = b.length - 3; i > 0; i--) {
      if (b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 1) {
        return i > 0 && b[i - 1] == 0 ? i - 1 : i;
      }
    }
    return -1;
  }

  private void emit(List<byte[]> nals, int gen) {
    if (gen != generation) {
      return;
    }
    Instant time;
    synchronized (times) {
      time = times.pollFirst();
    }
    if (time == null) {
      return;
    }
    boolean key = nals.stream().anyMatch(H265Payload::isIrap);
    sink.accept(new AccessUnit(time, NalUnits.join(nals), key));
  }

  private void stop() {
    if (process == null) {
      return;
    }
    try {
      stdin.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing ffmpeg stdin", e);
    }
    process.destroy();
    process = null;
  }

  @Override
  public void close() {
    stop();
  }
}
