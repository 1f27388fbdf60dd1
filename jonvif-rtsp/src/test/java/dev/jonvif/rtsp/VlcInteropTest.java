package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.testkit.Vlc;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * VLC (its live555 RTSP client) plays every encoding over UDP, TCP-interleaved and the HTTP tunnel
 * with Digest credentials, which live555 answers the RFC 2069 way. Runs where VLC has live555
 * (VideoLAN's builds, Arch, Fedora with RPM Fusion). Debian's VLC has none and cannot open {@code
 * rtsp://} at all, so this test is tagged {@code live555-vlc} and left out of the default suite;
 * run it where such a VLC exists with {@code mvn -pl jonvif-rtsp -am verify
 * -Djonvif.excludedGroups= -Dgroups=live555-vlc}.
 */
@Tag("live555-vlc")
class VlcInteropTest {

  static final TestCatalog CATALOG =
      new TestCatalog()
          .put("cam", "jpeg", TestCatalog.jpeg("vlc jpeg", 320, 240))
          .put("cam", "h264", TestCatalog.h264("vlc h264", 320, 180))
          .put(
              "cam",
              "h265",
              StreamSpec.builder(VideoEncoding.H265, 320, 180, new TestPatternRenderer("vlc hevc"))
                  .frameRate(15)
                  .gopLength(15)
                  .build());
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
  void needsVlcWithRtsp() throws Exception {
    Vlc.requireRtsp();
  }

  private static List<String> options(String transport) {
    return switch (transport) {
      case "udp" -> List.of();
      case "tcp" -> List.of("--rtsp-tcp");
      case "http" -> List.of("--rtsp-http", "--rtsp-http-port=" + server.port());
      default -> throw new IllegalArgumentException(transport);
    };
  }

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource({
    "jpeg, udp, 320, 240",
    "jpeg, tcp, 320, 240",
    "jpeg, http, 320, 240",
    "h264, udp, 320, 180",
    "h264, tcp, 320, 180",
    "h264, http, 320, 180",
    "h265, udp, 320, 180",
    "h265, tcp, 320, 180",
    "h265, http, 320, 180"
  })
  void vlcDecodesTheStream(String profile, String transport, int width, int height)
      throws Exception {
    if (profile.equals("h265")) {
      Assumptions.assumeTrue(EncoderSupport.isAvailable(VideoEncoding.H265), "no H.265 encoder");
    }
    String url = "rtsp://viewer:s3cret@127.0.0.1:" + server.port() + "/cam/" + profile;
    Vlc.Run run = Vlc.play(url, options(transport), Duration.ofSeconds(4));

    assertThat(run.pictures()).as(run.log()).isGreaterThanOrEqualTo(5);
    assertThat(run.log()).contains("vsz " + width + "x" + height);
  }
}
