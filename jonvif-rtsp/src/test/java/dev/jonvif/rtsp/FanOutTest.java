package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.RtpPacket;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One encoding per frame for every viewer; a stalled viewer costs only itself. */
class FanOutTest {

  private static Map<Integer, byte[]> packetsBySequence(List<InterleavedFrame> frames) {
    Map<Integer, byte[]> out = new HashMap<>();
    for (InterleavedFrame f : frames) {
      if (f.channel() == 0) {
        out.put(RtpPacket.parse(f.payload()).sequence(), f.payload());
      }
    }
    return out;
  }

  @Test
  void everyViewerGetsTheSamePacketsEncodedOnce() throws IOException {
    TestCatalog cat = new TestCatalog().put("cam", "p", TestCatalog.jpeg("cam", 160, 120));
    try (RtspServer s = RtspServer.builder(cat).port(0).build().start();
        RawClient a = new RawClient(s.port());
        RawClient b = new RawClient(s.port());
        RawClient c = new RawClient(s.port())) {
      String base = s.streamUri("127.0.0.1", "cam", "p").toString();
      for (RawClient x : List.of(a, b, c)) {
        String session =
            RawClient.session(x.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=0-1"));
        assertThat(x.request("PLAY", base, "Session", session).status()).isEqualTo(200);
      }
      for (RawClient x : List.of(a, b, c)) {
        x.awaitFrames(0, 30);
      }
      Map<Integer, byte[]> pa = packetsBySequence(a.frames);
      Map<Integer, byte[]> pb = packetsBySequence(b.frames);
      Map<Integer, byte[]> pc = packetsBySequence(c.frames);
      pa.keySet().retainAll(pb.keySet());
      pa.keySet().retainAll(pc.keySet());
      assertThat(pa).isNotEmpty();
      pa.forEach(
          (seq, bytes) -> {
            assertThat(pb.get(seq)).isEqualTo(bytes);
            assertThat(pc.get(seq)).isEqualTo(bytes);
          });
      assertThat(s.runningStreamCount()).isEqualTo(1);
    }
  }

  /** Big noisy frames, so a client that does not read fills its buffers quickly. */
  private static FrameRenderer noise() {
    BufferedImage[] images = new BufferedImage[2];
    Random r = new Random(1);
    for (int i = 0; i < 2; i++) {
      images[i] = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
      for (int y = 0; y < 480; y++) {
        for (int x = 0; x < 640; x++) {
          images[i].setRGB(x, y, r.nextInt(0xffffff));
        }
      }
    }
    int[] n = {0};
    return (time, w, h) -> images[n[0]++ % 2];
  }

  @Test
  void aStalledTcpViewerIsDroppedWithoutStallingOthers() throws Exception {
    StreamSpec spec =
        StreamSpec.builder(VideoEncoding.JPEG, 640, 480, noise()).frameRate(25).quality(95).build();
    TestCatalog cat = new TestCatalog().put("cam", "p", spec);
    try (RtspServer s =
            RtspServer.builder(cat)
                .port(0)
                .slowViewerTimeout(java.time.Duration.ofSeconds(1))
                .build()
                .start();
        RawClient stalled = new RawClient(s.port(), 4096);
        RawClient healthy = new RawClient(s.port())) {
      String base = s.streamUri("127.0.0.1", "cam", "p").toString();
      String s1 =
          RawClient.session(
              stalled.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=0-1"));
      assertThat(stalled.request("PLAY", base, "Session", s1).status()).isEqualTo(200);
      String s2 =
          RawClient.session(
              healthy.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=0-1"));
      assertThat(healthy.request("PLAY", base, "Session", s2).status()).isEqualTo(200);
      // The stalled client never reads again; the healthy one keeps receiving whole frames.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      int markers = 0;
      while (s.sessionCount() > 1 && System.nanoTime() < deadline) {
        if (healthy.next() instanceof InterleavedFrame f
            && f.channel() == 0
            && RtpPacket.parse(f.payload()).marker()) {
          markers++;
        }
      }
      assertThat(s.sessionCount()).as("the stalled viewer's session ended").isEqualTo(1);
      int before = markers;
      while (markers < before + 10) {
        if (healthy.next() instanceof InterleavedFrame f
            && f.channel() == 0
            && RtpPacket.parse(f.payload()).marker()) {
          markers++;
        }
      }
      assertThat(healthy.request("GET_PARAMETER", base, "Session", s2).status()).isEqualTo(200);
    }
  }
}
