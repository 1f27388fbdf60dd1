package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.security.Credentials;
import dev.jonvif.rtsp.client.ProbeResult;
import dev.jonvif.rtsp.client.ProbeTransport;
import dev.jonvif.rtsp.client.RtspProbe;
import dev.jonvif.testkit.Ffmpeg;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real peers: ffprobe and ffmpeg (Debian's, installed by scripts/install-test-deps.sh) play our
 * streams over UDP, TCP-interleaved and the HTTP tunnel, with Digest credentials in the URL.
 */
class FfmpegInteropTest {

  static final TestCatalog CATALOG =
      new TestCatalog()
          .put("cam", "jpeg", TestCatalog.jpeg("cam jpeg", 320, 240))
          .put("cam", "h264", TestCatalog.h264("cam h264", 320, 180));
  static RtspServer server;

  @BeforeAll
  static void start() throws IOException {
    server = CATALOG.serveToViewer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void needsFfmpeg() {
    Ffmpeg.require();
  }

  private static String url(String user, String password, String profile) {
    return "rtsp://" + user + ":" + password + "@127.0.0.1:" + server.port() + "/cam/" + profile;
  }

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource({
    "jpeg, udp, mjpeg, 320, 240",
    "jpeg, tcp, mjpeg, 320, 240",
    "jpeg, http, mjpeg, 320, 240",
    "h264, udp, h264, 320, 180",
    "h264, tcp, h264, 320, 180",
    "h264, http, h264, 320, 180"
  })
  void ffprobeAndFfmpegPlayTheStream(
      String profile, String transport, String codec, int width, int height) throws Exception {
    Ffmpeg.Run probe = Ffmpeg.probe(transport, url("viewer", "s3cret", profile));
    assertThat(probe.exit()).as(probe.err()).isZero();
    assertThat(probe.out().strip()).isEqualTo(codec + "," + width + "," + height + ",10");

    Ffmpeg.Run decode = Ffmpeg.decodeTen(transport, url("viewer", "s3cret", profile));
    assertThat(decode.exit()).as(decode.err()).isZero();
    assertThat(Ffmpeg.frames(decode)).isEqualTo(10);
    assertThat(decode.out()).contains("#dimensions 0: " + width + "x" + height);
    assertThat(sessionsSoon()).as("ffmpeg's TEARDOWN freed its session").isZero();
  }

  /** The session count once ffmpeg's asynchronous TEARDOWN had a moment to arrive. */
  private static int sessionsSoon() throws InterruptedException {
    for (int i = 0; i < 50 && server.sessionCount() > 0; i++) {
      Thread.sleep(100);
    }
    return server.sessionCount();
  }

  @Test
  void aWrongPasswordGets401() throws Exception {
    Ffmpeg.Run probe = Ffmpeg.probe("tcp", url("viewer", "wrong", "jpeg"));
    assertThat(probe.exit()).isNotZero();
    assertThat(probe.err()).contains("401");
    assertThat(server.sessionCount()).isZero();
  }

  @Test
  void RTSS_1_1_48_aResolutionChangeShowsInTheNextProbe() throws Exception {
    TestCatalog cat = new TestCatalog().put("c", "p", TestCatalog.h264("c", 320, 180));
    try (RtspServer s = RtspServer.builder(cat).port(0).build().start()) {
      String u = "rtsp://127.0.0.1:" + s.port() + "/c/p";
      assertThat(Ffmpeg.probe("tcp", u).out().strip()).isEqualTo("h264,320,180,10");
      cat.put("c", "p", TestCatalog.h264("c", 256, 144));
      assertThat(Ffmpeg.probe("tcp", u).out().strip()).isEqualTo("h264,256,144,10");
    }
  }

  @Test
  void MEDIA2_RTSS_1_1_2_h265WhenAnEncoderIsAvailable() throws Exception {
    boolean available = EncoderSupport.isAvailable(VideoEncoding.H265);
    if ("true".equals(System.getenv("CI"))) {
      assertThat(available).as("Debian's ffmpeg has libx265").isTrue();
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(available, "no ffmpeg with libx265");
    StreamSpec spec =
        StreamSpec.builder(VideoEncoding.H265, 320, 180, new TestPatternRenderer("hevc"))
            .frameRate(15)
            .gopLength(15)
            .build();
    TestCatalog cat = new TestCatalog().put("c", "hevc", spec);
    try (RtspServer s = RtspServer.builder(cat).port(0).build().start()) {
      String u = "rtsp://127.0.0.1:" + s.port() + "/c/hevc";
      assertThat(Ffmpeg.probe("tcp", u).out().strip()).isEqualTo("hevc,320,180,10");
      ProbeResult r =
          new RtspProbe(Duration.ofSeconds(10))
              .probe(java.net.URI.create(u), (Credentials) null, List.of(ProbeTransport.UDP));
      assertThat(r.status()).as(r.detail()).isEqualTo(ProbeResult.Status.OK);
      assertThat(r.codec()).isEqualTo("H265");
      assertThat(r.width()).isEqualTo(320);
      assertThat(r.height()).isEqualTo(180);
    }
  }
}
