package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.security.Credentials;
import dev.jonvif.rtsp.client.ProbeResult;
import dev.jonvif.rtsp.client.ProbeTransport;
import dev.jonvif.rtsp.client.RtspProbe;
import dev.jonvif.rtsp.wire.RtspResponse;
import dev.jonvif.rtsp.wire.Sdp;
import dev.jonvif.testkit.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our server against our probe and a bare client, over loopback. */
class RtspServerTest {

  static final TestCatalog CATALOG =
      new TestCatalog()
          .put("cam1", "jpeg", TestCatalog.jpeg("cam1 jpeg", 320, 240))
          .put("cam1", "h264", TestCatalog.h264("cam1 h264", 320, 180))
          .put("cam 2", "p/1", TestCatalog.jpeg("cam 2", 160, 120));
  static final RtspProbe PROBE = new RtspProbe(Duration.ofSeconds(8));
  static RtspServer server;
  static TunnelHttpAdapter http;

  @BeforeAll
  static void start() throws IOException {
    server = RtspServer.builder(CATALOG).port(0).build().start();
    http = new TunnelHttpAdapter(server.tunnel());
  }

  @AfterAll
  static void stop() throws IOException {
    http.close();
    server.close();
  }

  private static URI uri(String camera, String profile) {
    return server.streamUri("127.0.0.1", camera, profile);
  }

  @Test
  void RTSS_1_1_34_jpegOverUdp() {
    ProbeResult r = PROBE.probe(uri("cam1", "jpeg"), null, List.of(ProbeTransport.UDP));
    assertThat(r.status()).as(r.detail()).isEqualTo(ProbeResult.Status.OK);
    assertThat(r.transport()).isEqualTo(ProbeTransport.UDP);
    assertThat(r.codec()).isEqualTo("JPEG");
    assertThat(r.width()).isEqualTo(320);
    assertThat(r.height()).isEqualTo(240);
    assertThat(r.timeToFirstFrame()).isNotNull();
  }

  @Test
  void RTSS_1_1_36_jpegOverTcpInterleaved() {
    ProbeResult r = PROBE.probe(uri("cam1", "jpeg"), null, List.of(ProbeTransport.TCP));
    assertThat(r.status()).as(r.detail()).isEqualTo(ProbeResult.Status.OK);
    assertThat(r.transport()).isEqualTo(ProbeTransport.TCP);
  }

  @Test
  void RTSS_1_1_35_jpegOverHttpTunnelOnTheRtspPortAndThroughAnAdapter() {
    ProbeResult onRtspPort = PROBE.probe(uri("cam1", "jpeg"), null, List.of(ProbeTransport.HTTP));
    assertThat(onRtspPort.status()).as(onRtspPort.detail()).isEqualTo(ProbeResult.Status.OK);
    assertThat(onRtspPort.transport()).isEqualTo(ProbeTransport.HTTP);

    URI viaAdapter = URI.create("http://127.0.0.1:" + http.port() + "/cam1/jpeg");
    ProbeResult adapted = PROBE.probe(viaAdapter, null, RtspProbe.DEFAULT_ORDER);
    assertThat(adapted.status()).as(adapted.detail()).isEqualTo(ProbeResult.Status.OK);
    assertThat(adapted.transport()).isEqualTo(ProbeTransport.HTTP);
    assertThat(adapted.width()).isEqualTo(320);
  }

  @Test
  void RTSS_1_1_43_h264SeesAnIdrWithTheSpsSize() {
    ProbeResult r = PROBE.probe(uri("cam1", "h264"), null, List.of(ProbeTransport.TCP));
    assertThat(r.status()).as(r.detail()).isEqualTo(ProbeResult.Status.OK);
    assertThat(r.codec()).isEqualTo("H264");
    assertThat(r.width()).isEqualTo(320);
    assertThat(r.height()).isEqualTo(180);
  }

  @Test
  void encodedPathSegmentsNameTheStream() {
    ProbeResult r = PROBE.probe(uri("cam 2", "p/1"), null, List.of(ProbeTransport.TCP));
    assertThat(r.status()).as(r.detail()).isEqualTo(ProbeResult.Status.OK);
    assertThat(r.width()).isEqualTo(160);
  }

  @Test
  void describeAnnouncesCodecSizeRateAndControl() throws IOException {
    try (RawClient c = new RawClient(server.port())) {
      String base = uri("cam1", "h264").toString();
      RtspResponse r = c.request("DESCRIBE", base, "Accept", "application/sdp");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.headers().value("Content-Type")).isEqualTo("application/sdp");
      assertThat(r.headers().value("Content-Base")).isEqualTo(base + "/");
      Sdp sdp = Sdp.parse(r.bodyText());
      assertThat(sdp.attribute("range")).hasValue("npt=now-");
      assertThat(sdp.sessionLines())
          .anyMatch(l -> l.startsWith("o=") && l.contains(" IN IP4 127.0.0.1"));
      Sdp.Media v = sdp.media().get(0);
      assertThat(v.encodingName()).hasValue("H264");
      assertThat(v.attribute("framesize")).hasValue("96 320-180");
      assertThat(v.attribute("x-dimensions")).hasValue("320,180");
      assertThat(v.attribute("framerate")).hasValue("15");
      assertThat(v.attribute("control")).hasValue(base + "/trackID=0");
      Map<String, String> fmtp = v.formatParameters();
      assertThat(fmtp).containsEntry("packetization-mode", "1");
      assertThat(fmtp.get("profile-level-id")).matches("[0-9A-F]{6}");
      assertThat(fmtp.get("sprop-parameter-sets")).contains(",");
      assertThat(v.attributes()).noneMatch(a -> a.equals("sendonly"));
    }
  }

  @Test
  void RTSS_1_1_31_setupAndPlayCarrySessionTransportAndRtpInfo() throws IOException {
    try (RawClient c = new RawClient(server.port())) {
      String base = uri("cam1", "jpeg").toString();
      RtspResponse setup =
          c.request(
              "SETUP", base + "/trackID=0", "Transport", "RTP/AVP;unicast;client_port=40000-40001");
      assertThat(setup.status()).isEqualTo(200);
      assertThat(setup.headers().value("Session")).matches("[0-9A-F]{16};timeout=60");
      assertThat(setup.headers().value("Transport"))
          .contains("client_port=40000-40001")
          .contains("server_port=" + server.udpPort() + "-" + (server.udpPort() + 1))
          .contains("ssrc=");
      String session = RawClient.session(setup);
      RtspResponse play = c.request("PLAY", base, "Session", session, "Range", "npt=0.000-");
      assertThat(play.status()).isEqualTo(200);
      assertThat(play.headers().value("Range")).isEqualTo("npt=now-");
      assertThat(play.headers().value("RTP-Info"))
          .matches(
              "url="
                  + java.util.regex.Pattern.quote(base + "/trackID=0")
                  + ";seq=\\d+;rtptime=\\d+");
      assertThat(c.request("PAUSE", base, "Session", session).status()).isEqualTo(200);
      assertThat(c.request("TEARDOWN", base, "Session", session).status()).isEqualTo(200);
    }
  }

  @Test
  void RTSS_1_1_53_rtpInfoAndRtcpSenderReportsMatchTheMedia() throws IOException {
    try (RawClient c = new RawClient(server.port())) {
      String base = uri("cam1", "jpeg").toString();
      RtspResponse setup =
          c.request("SETUP", base, "Transport", "RTP/AVP/TCP;unicast;interleaved=4-5");
      String session = RawClient.session(setup);
      RtspResponse play = c.request("PLAY", base, "Session", session);
      String info = play.headers().value("RTP-Info");
      int seq = Integer.parseInt(info.replaceAll(".*;seq=(\\d+);.*", "$1"));
      c.awaitFrames(4, 1);
      dev.jonvif.rtsp.wire.RtpPacket first =
          dev.jonvif.rtsp.wire.RtpPacket.parse(
              c.frames.stream().filter(f -> f.channel() == 4).findFirst().orElseThrow().payload());
      assertThat(first.payloadType()).isEqualTo(26);
      assertThat((first.sequence() - seq) & 0xffff).isLessThan(1000);
      assertThat(setup.headers().value("Transport"))
          .contains(String.format("ssrc=%08X", first.ssrc()));
      c.awaitFrames(5, 1); // the first sender report comes within a second
      byte[] rtcp =
          c.frames.stream().filter(f -> f.channel() == 5).findFirst().orElseThrow().payload();
      assertThat(dev.jonvif.rtsp.wire.Rtcp.packetTypes(rtcp))
          .containsExactly(dev.jonvif.rtsp.wire.Rtcp.SR, dev.jonvif.rtsp.wire.Rtcp.SDES);
      assertThat(dev.jonvif.rtsp.wire.Rtcp.senderClock(rtcp)).isPresent();
      assertThat(c.request("TEARDOWN", base, "Session", session).status()).isEqualTo(200);
    }
  }

  @Test
  void teardownFreesTheSession() throws IOException {
    try (RawClient c = new RawClient(server.port())) {
      String base = uri("cam1", "jpeg").toString();
      int before = quietSessionCount();
      RtspResponse setup =
          c.request(
              "SETUP", base + "/trackID=0", "Transport", "RTP/AVP/TCP;unicast;interleaved=0-1");
      String session = RawClient.session(setup);
      assertThat(server.sessionCount()).isEqualTo(before + 1);
      assertThat(c.request("PLAY", base, "Session", session).status()).isEqualTo(200);
      c.awaitFrames(0, 3);
      assertThat(c.request("TEARDOWN", base, "Session", session).status()).isEqualTo(200);
      assertThat(server.sessionCount()).isEqualTo(before);
      assertThat(c.request("PLAY", base, "Session", session).status()).isEqualTo(454);
    }
  }

  /** The session count once the sessions of earlier tests' closed connections have ended. */
  private static int quietSessionCount() {
    for (int i = 0; i < 50 && server.sessionCount() > 0; i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return server.sessionCount();
  }

  @Test
  void errorStatuses() throws IOException {
    try (RawClient c = new RawClient(server.port())) {
      String base = uri("cam1", "jpeg").toString();
      assertThat(c.request("DESCRIBE", uri("nobody", "x").toString()).status()).isEqualTo(404);
      assertThat(c.request("DESCRIBE", "rtsp://127.0.0.1/").status()).isEqualTo(404);
      assertThat(c.request("PLAY", base).status()).isEqualTo(455);
      assertThat(c.request("PLAY", base, "Session", "DEADBEEF").status()).isEqualTo(454);
      assertThat(c.request("SETUP", base, "Transport", "RTP/AVP;multicast").status())
          .isEqualTo(461);
      assertThat(c.request("SETUP", base, "Transport", "RTP/SAVP;unicast;client_port=1-2").status())
          .isEqualTo(461);
      assertThat(c.request("RECORD", base).status()).isEqualTo(405);
      assertThat(c.request("FROB", base).status()).isEqualTo(501);
      RtspResponse setup = c.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=0-1");
      String session = RawClient.session(setup);
      assertThat(
              c.request(
                      "SETUP",
                      uri("cam1", "h264").toString(),
                      "Session",
                      session,
                      "Transport",
                      "RTP/AVP/TCP;interleaved=2-3")
                  .status())
          .isEqualTo(459);
      assertThat(c.request("PLAY", uri("cam1", "h264").toString(), "Session", session).status())
          .isEqualTo(459);
      assertThat(c.request("TEARDOWN", base, "Session", session).status()).isEqualTo(200);
      c.send("OPTIONS * RTSP/1.0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      assertThat(((RtspResponse) c.next()).status()).isEqualTo(400);
    }
  }

  @Test
  void optionsListsTheMethods() throws IOException {
    try (RawClient c = new RawClient(server.port())) {
      RtspResponse r = c.request("OPTIONS", "*");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.headers().value("Public"))
          .contains(
              "DESCRIBE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER", "SET_PARAMETER");
    }
  }

  @Test
  void aChangedSpecShowsInTheNextDescribeAndStream() {
    TestCatalog cat = new TestCatalog().put("cam", "p", TestCatalog.h264("cam", 320, 180));
    try (RtspServer s = RtspServer.builder(cat).port(0).build().start()) {
      URI u = s.streamUri("127.0.0.1", "cam", "p");
      assertThat(PROBE.probe(u, null, List.of(ProbeTransport.TCP)).height()).isEqualTo(180);
      cat.put("cam", "p", TestCatalog.h264("cam", 256, 144));
      ProbeResult after = PROBE.probe(u, null, List.of(ProbeTransport.TCP));
      assertThat(after.status()).as(after.detail()).isEqualTo(ProbeResult.Status.OK);
      assertThat(after.width()).isEqualTo(256);
      assertThat(after.height()).isEqualTo(144);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void sessionsTimeOutUnlessKeptAlive() throws IOException {
    MutableClock clock = MutableClock.at("2025-01-01T00:00:00Z");
    TestCatalog cat = new TestCatalog().put("cam", "p", TestCatalog.jpeg("cam", 160, 120));
    try (RtspServer s = RtspServer.builder(cat).port(0).clock(clock).build().start();
        RawClient c = new RawClient(s.port())) {
      String base = s.streamUri("127.0.0.1", "cam", "p").toString();
      String kept =
          RawClient.session(c.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=0-1"));
      String idle =
          RawClient.session(c.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=2-3"));
      clock.advance(Duration.ofSeconds(40));
      assertThat(c.request("SET_PARAMETER", base, "Session", kept).status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(30));
      assertThat(s.expireSessions()).isEqualTo(1);
      assertThat(c.request("PLAY", base, "Session", idle).status()).isEqualTo(454);
      assertThat(c.request("GET_PARAMETER", base, "Session", kept).status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(50));
      assertThat(c.request("OPTIONS", base, "Session", kept).status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(50));
      assertThat(s.expireSessions()).isZero();
      assertThat(s.sessionCount()).isEqualTo(1);
    }
  }

  @Test
  void RTSS_1_1_32_keepAliveBySetParameter() throws IOException {
    assertKeepAliveHoldsThePlayingSession("SET_PARAMETER");
  }

  @Test
  void RTSS_1_1_33_keepAliveByOptions() throws IOException {
    assertKeepAliveHoldsThePlayingSession("OPTIONS");
  }

  /**
   * The SETUP answer announces the timeout in its Session header; a playing session kept alive by
   * {@code method} every half timeout outlives the timeout and keeps streaming, while a session
   * left alone beside it ends.
   */
  private static void assertKeepAliveHoldsThePlayingSession(String method) throws IOException {
    MutableClock clock = MutableClock.at("2025-01-01T00:00:00Z");
    TestCatalog cat = new TestCatalog().put("cam", "p", TestCatalog.jpeg("cam", 160, 120));
    try (RtspServer s = RtspServer.builder(cat).port(0).clock(clock).build().start();
        RawClient c = new RawClient(s.port())) {
      String base = s.streamUri("127.0.0.1", "cam", "p").toString();
      RtspResponse setup = c.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=0-1");
      assertThat(setup.status()).isEqualTo(200);
      String header = setup.headers().value("Session");
      assertThat(header).matches("[0-9A-F]+;timeout=[0-9]+");
      String kept = RawClient.session(setup);
      Duration timeout = Duration.ofSeconds(Long.parseLong(header.split("timeout=")[1]));
      String idle =
          RawClient.session(c.request("SETUP", base, "Transport", "RTP/AVP/TCP;interleaved=2-3"));
      assertThat(c.request("PLAY", base, "Session", kept).status()).isEqualTo(200);
      c.awaitFrames(0, 1);
      for (int i = 0; i < 3; i++) {
        clock.advance(timeout.dividedBy(2));
        assertThat(c.request(method, base, "Session", kept).status()).isEqualTo(200);
        s.expireSessions();
      }
      assertThat(c.request(method, base, "Session", idle).status()).isEqualTo(454);
      assertThat(s.sessionCount()).isEqualTo(1);
      c.awaitFrames(0, c.frames.size() + 3); // still streaming past the timeout
      assertThat(c.request("TEARDOWN", base, "Session", kept).status()).isEqualTo(200);
    }
  }

  @Test
  void HTTPDIGESTFORRTSP_1_anonymousGets401WithDigestChallenges() throws IOException {
    TestCatalog cat = new TestCatalog().put("cam", "p", TestCatalog.jpeg("cam", 160, 120));
    StreamAuth auth = StreamAuth.users(Map.of("admin", "secret"));
    try (RtspServer s = RtspServer.builder(cat).port(0).auth(auth).build().start();
        RawClient c = new RawClient(s.port())) {
      URI u = s.streamUri("127.0.0.1", "cam", "p");
      assertThat(c.request("OPTIONS", u.toString()).status()).isEqualTo(200);
      RtspResponse r = c.request("DESCRIBE", u.toString());
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.headers().all("WWW-Authenticate"))
          .anyMatch(
              h -> h.startsWith("Digest ") && h.contains("algorithm=MD5") && h.contains("nonce="))
          .anyMatch(h -> h.contains("algorithm=SHA-256"));
      assertThat(
              c.request("SETUP", u.toString(), "Transport", "RTP/AVP/TCP;interleaved=0-1").status())
          .isEqualTo(401);

      ProbeResult ok =
          PROBE.probe(u, new Credentials("admin", "secret"), List.of(ProbeTransport.TCP));
      assertThat(ok.status()).as(ok.detail()).isEqualTo(ProbeResult.Status.OK);
      ProbeResult viaUri =
          PROBE.probe(
              URI.create("rtsp://admin:secret@127.0.0.1:" + s.port() + "/cam/p"),
              null,
              List.of(ProbeTransport.UDP));
      assertThat(viaUri.status()).as(viaUri.detail()).isEqualTo(ProbeResult.Status.OK);
      ProbeResult wrong =
          PROBE.probe(u, new Credentials("admin", "nope"), List.of(ProbeTransport.TCP));
      assertThat(wrong.status()).isEqualTo(ProbeResult.Status.UNAUTHORIZED);
      assertThat(PROBE.probe(u, null, List.of(ProbeTransport.TCP)).status())
          .isEqualTo(ProbeResult.Status.UNAUTHORIZED);
    }
  }

  @Test
  void probeTellsAnOfflineCameraFromAMissingStream() throws IOException {
    int freePort;
    try (java.net.ServerSocket ss = new java.net.ServerSocket(0)) {
      freePort = ss.getLocalPort();
    }
    ProbeResult offline =
        PROBE.probe(
            URI.create("rtsp://127.0.0.1:" + freePort + "/x/y"), null, RtspProbe.DEFAULT_ORDER);
    assertThat(offline.status()).isEqualTo(ProbeResult.Status.UNREACHABLE);
    assertThat(offline.errors())
        .containsKeys(ProbeTransport.UDP, ProbeTransport.TCP, ProbeTransport.HTTP);
    ProbeResult missing = PROBE.probe(uri("cam1", "nope"), null, RtspProbe.DEFAULT_ORDER);
    assertThat(missing.status()).isEqualTo(ProbeResult.Status.NOT_FOUND);
  }
}
