package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.rtsp.client.ProbeResult;
import dev.jonvif.rtsp.client.ProbeTransport;
import dev.jonvif.rtsp.client.RtspProbe;
import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.RtpPacket;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class KeyFrameAndSourceTest {

  /** Whether an RTP packet starts an H.264 IDR picture (single NAL or first FU-A fragment). */
  private static boolean startsIdr(byte[] rtp) {
    byte[] p = RtpPacket.parse(rtp).payload();
    int type = p[0] & 0x1f;
    return type == 5 || (type == 28 && (p[1] & 0x80) != 0 && (p[1] & 0x1f) == 5);
  }

  /**
   * Reads interleaved packets until {@code count} IDR pictures have started; returns packets read.
   */
  private static int readUntilIdrs(RawClient c, int count) throws IOException {
    int idrs = 0;
    int packets = 0;
    while (idrs < count) {
      if (c.next() instanceof InterleavedFrame f && f.channel() == 0) {
        packets++;
        if (startsIdr(f.payload())) {
          idrs++;
        }
      }
    }
    return packets;
  }

  @Test
  void RTSS_1_1_44_forceKeyFrameSendsAnIdrBeforeTheRegularOne() throws IOException {
    StreamSpec spec =
        StreamSpec.builder(VideoEncoding.H264, 160, 96, new TestPatternRenderer("sync"))
            .frameRate(15)
            .gopLength(100_000)
            .build();
    TestCatalog cat = new TestCatalog().put("cam", "p", spec);
    try (RtspServer s = RtspServer.builder(cat).port(0).build().start();
        RawClient c = new RawClient(s.port())) {
      String base = s.streamUri("127.0.0.1", "cam", "p").toString();
      String session =
          RawClient.session(c.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=0-1"));
      assertThat(c.request("PLAY", base, "Session", session).status()).isEqualTo(200);
      readUntilIdrs(c, 1); // a newcomer starts at a key frame
      for (int i = 0; i < 5; i++) {
        s.forceKeyFrame("cam", "p");
        readUntilIdrs(c, 1); // the regular one is 100,000 frames away
      }
    }
  }

  /** A source of already encoded JPEG frames, paced by itself, as an embedding device provides. */
  private static final class JpegFiles implements EncodedSource {
    final AtomicInteger opened = new AtomicInteger();
    final byte[] jpeg;

    JpegFiles() throws IOException {
      BufferedImage img =
          new TestPatternRenderer("file").render(Clock.systemUTC().instant(), 208, 120);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "jpeg", out);
      jpeg = out.toByteArray();
    }

    @Override
    public EncodedStream open(StreamSpec spec) {
      opened.incrementAndGet();
      return new EncodedStream() {
        @Override
        public AccessUnit next() throws InterruptedException {
          Thread.sleep(40);
          return new AccessUnit(Clock.systemUTC().instant(), jpeg, true);
        }

        @Override
        public void close() {}
      };
    }
  }

  @Test
  void anEncodedSourceStreamsWithoutAnEncoder() throws IOException {
    JpegFiles files = new JpegFiles();
    StreamSpec spec = StreamSpec.builder(VideoEncoding.JPEG, 208, 120, files).build();
    TestCatalog cat = new TestCatalog().put("cam", "file", spec);
    try (RtspServer s = RtspServer.builder(cat).port(0).build().start()) {
      URI u = s.streamUri("127.0.0.1", "cam", "file");
      ProbeResult r =
          new RtspProbe(Duration.ofSeconds(8)).probe(u, null, List.of(ProbeTransport.TCP));
      assertThat(r.status()).as(r.detail()).isEqualTo(ProbeResult.Status.OK);
      assertThat(r.width()).isEqualTo(208);
      assertThat(r.height()).isEqualTo(120);
      assertThat(files.opened.get()).isEqualTo(1);
    }
  }
}
