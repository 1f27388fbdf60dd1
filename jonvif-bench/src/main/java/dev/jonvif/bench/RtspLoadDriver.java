package dev.jonvif.bench;

import dev.jonvif.rtsp.RtspServer;
import dev.jonvif.rtsp.StreamCatalog;
import dev.jonvif.rtsp.StreamSpec;
import dev.jonvif.rtsp.TestPatternRenderer;
import dev.jonvif.rtsp.VideoEncoding;
import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.RtpPacket;
import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspItem;
import dev.jonvif.rtsp.wire.RtspParser;
import dev.jonvif.rtsp.wire.RtspRequest;
import dev.jonvif.rtsp.wire.RtspResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for jonvif-rtsp, on loopback. Prints figures, asserts nothing.
 *
 * <pre>
 * java -cp jonvif-bench/target/jonvif-bench.jar dev.jonvif.bench.RtspLoadDriver encode [seconds]
 *     CPU time per frame of the stream thread (render + encode + packetise), H.264 and JPEG
 *     at 640x360, the stream asked for more frames than it can make; and the rendering alone,
 *     so encode + packetise = the difference
 * ... RtspLoadDriver viewers [N=100] [seconds=20] [h264|jpeg]
 *     N TCP-interleaved viewers of one 640x360 10 fps stream
 * ... RtspLoadDriver cameras [N=100] [seconds=20] [h264|jpeg]
 *     N cameras (streams) with one viewer each, 640x360 10 fps
 * </pre>
 */
public final class RtspLoadDriver {

  private RtspLoadDriver() {}

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "encode";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    VideoEncoding enc =
        args.length > 3 && args[3].equalsIgnoreCase("jpeg")
            ? VideoEncoding.JPEG
            : VideoEncoding.H264;
    switch (mode) {
      case "encode" -> {
        encode(VideoEncoding.H264, args.length > 1 ? n : 15);
        encode(VideoEncoding.JPEG, args.length > 1 ? n : 15);
        render(args.length > 1 ? n : 15);
      }
      case "viewers" -> load(enc, 1, n, seconds);
      case "cameras" -> load(enc, n, 1, seconds);
      default -> System.err.println("modes: encode | viewers [N] [s] [h264|jpeg] | cameras ...");
    }
  }

  private static StreamSpec spec(VideoEncoding enc, String label, double fps) {
    return StreamSpec.builder(enc, 640, 360, new TestPatternRenderer(label))
        .frameRate(fps)
        .gopLength(30)
        .build();
  }

  /** One viewer of a stream asked for 120 fps: the stream thread is busy all the time. */
  private static void encode(VideoEncoding enc, int seconds) throws Exception {
    StreamCatalog catalog = (c, p) -> Optional.of(spec(enc, c, 120));
    try (RtspServer server = RtspServer.builder(catalog).port(0).build().start()) {
      Viewer v = new Viewer(server, "cam0");
      Thread.ofVirtual().start(v);
      Thread.sleep(3000); // warm-up (JIT)
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      Thread pump = findThread("rtsp-stream-cam0/p");
      long cpu0 = mx.getThreadCpuTime(pump.threadId());
      long f0 = v.frames.get();
      Thread.sleep(seconds * 1000L);
      long cpu = mx.getThreadCpuTime(pump.threadId()) - cpu0;
      long frames = v.frames.get() - f0;
      System.out.printf(
          Locale.ROOT,
          "%s 640x360: %.1f ms CPU per frame (render+encode+packetise), %.1f frames/s delivered;"
              + " load average %.1f%n",
          enc,
          cpu / 1e6 / Math.max(1, frames),
          frames / (double) seconds,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      v.stop();
    }
  }

  /** CPU time of drawing one 640x360 test-pattern frame, on this thread. */
  private static void render(int seconds) {
    TestPatternRenderer r = new TestPatternRenderer("render");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 200; i++) {
      r.render(t.plusMillis(i * 100L), 640, 360); // warm-up (JIT)
    }
    long cpu0 = mx.getCurrentThreadCpuTime();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    int frames = 0;
    while (System.nanoTime() < end) {
      r.render(t.plusMillis(frames * 100L), 640, 360);
      frames++;
    }
    long cpu = mx.getCurrentThreadCpuTime() - cpu0;
    System.out.printf(
        Locale.ROOT,
        "render only 640x360: %.1f ms CPU per frame (%d frames); load average %.1f%n",
        cpu / 1e6 / frames,
        frames,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static void load(VideoEncoding enc, int cameras, int viewersPerCamera, int seconds)
      throws Exception {
    StreamCatalog catalog = (c, p) -> Optional.of(spec(enc, c, 10));
    try (RtspServer server = RtspServer.builder(catalog).port(0).build().start()) {
      List<Viewer> viewers = new ArrayList<>();
      for (int c = 0; c < cameras; c++) {
        for (int i = 0; i < viewersPerCamera; i++) {
          Viewer v = new Viewer(server, "cam" + c);
          viewers.add(v);
          Thread.ofVirtual().start(v);
        }
      }
      Thread.sleep(5000); // everyone joined and warmed up
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long[] start = viewers.stream().mapToLong(v -> v.frames.get()).toArray();
      long t0 = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      double min = Double.MAX_VALUE;
      double max = 0;
      double sum = 0;
      for (int i = 0; i < viewers.size(); i++) {
        double fps = (viewers.get(i).frames.get() - start[i]) / wall;
        min = Math.min(min, fps);
        max = Math.max(max, fps);
        sum += fps;
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "%s 640x360 10 fps, %d camera(s) x %d viewer(s): per viewer %.1f / %.1f / %.1f fps"
              + " (min/avg/max); CPU %.2f cores of %d; heap %d MiB after GC; sessions %d;"
              + " load average %.1f%n",
          enc,
          cameras,
          viewersPerCamera,
          min,
          sum / viewers.size(),
          max,
          cpu / wall,
          Runtime.getRuntime().availableProcessors(),
          (rt.totalMemory() - rt.freeMemory()) >> 20,
          server.sessionCount(),
          os.getSystemLoadAverage());
      viewers.forEach(Viewer::stop);
    }
  }

  private static Thread findThread(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no thread " + name));
  }

  /** A TCP-interleaved viewer that counts whole frames (RTP marker bits). */
  private static final class Viewer implements Runnable {
    final AtomicLong frames = new AtomicLong();
    private final RtspServer server;
    private final String camera;
    private volatile Socket socket;

    Viewer(RtspServer server, String camera) {
      this.server = server;
      this.camera = camera;
    }

    @Override
    public void run() {
      String uri = server.streamUri("127.0.0.1", camera, "p").toString();
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        socket = s;
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        RtspParser parser = new RtspParser();
        RtspResponse setup =
            exchange(
                out, in, parser, "SETUP", uri, "Transport", "RTP/AVP/TCP;unicast;interleaved=0-1");
        String session = setup.headers().value("Session").split(";")[0];
        exchange(out, in, parser, "PLAY", uri, "Session", session);
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
          parser.feed(buf, 0, n);
          for (Optional<RtspItem> i = parser.next(); i.isPresent(); i = parser.next()) {
            if (i.get() instanceof InterleavedFrame f
                && f.channel() == 0
                && RtpPacket.parse(f.payload()).marker()) {
              frames.incrementAndGet();
            }
          }
        }
      } catch (IOException e) {
        // stopped
      }
    }

    private static RtspResponse exchange(
        OutputStream out, InputStream in, RtspParser parser, String method, String uri, String... h)
        throws IOException {
      RtspHeaders headers = RtspHeaders.of(h).toBuilder().add("CSeq", "1").build();
      out.write(RtspRequest.of(method, uri, headers).encode());
      byte[] buf = new byte[8192];
      while (true) {
        for (Optional<RtspItem> i = parser.next(); i.isPresent(); i = parser.next()) {
          if (i.get() instanceof RtspResponse r) {
            return r;
          }
        }
        int n = in.read(buf);
        if (n < 0) {
          throw new IOException("closed");
        }
        parser.feed(buf, 0, n);
      }
    }

    void stop() {
      try {
        if (socket != null) {
          socket.close();
        }
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
