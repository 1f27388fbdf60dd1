package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.MetadataPayload;
import dev.jonvif.rtsp.wire.Rtcp;
import dev.jonvif.rtsp.wire.RtpPacket;
import dev.jonvif.rtsp.wire.RtspItem;
import dev.jonvif.rtsp.wire.RtspParser;
import dev.jonvif.rtsp.wire.RtspResponse;
import dev.jonvif.rtsp.wire.Sdp;
import dev.jonvif.testkit.Ffmpeg;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A stream with a metadata track (Profile T): SDP, SETUP of either or both tracks, documents. */
class MetadataTrackTest {

  static final String TT = Namespaces.TT;

  /** One VideoAnalytics frame per document, stamped with its time. */
  static final MetadataSource FRAMES =
      t ->
          XmlElement.builder(TT, "MetadataStream")
              .child(
                  XmlElement.builder(TT, "VideoAnalytics")
                      .child(XmlElement.builder(TT, "Frame").attribute("UtcTime", t).build())
                      .build())
              .build();

  static RtspServer server;

  @BeforeAll
  static void start() throws IOException {
    MetadataTrack track = new MetadataTrack(Duration.ofMillis(100), FRAMES);
    TestCatalog catalog =
        new TestCatalog()
            .put(
                "cam",
                "meta",
                StreamSpec.builder(VideoEncoding.JPEG, 160, 120, new TestPatternRenderer("m"))
                    .frameRate(15)
                    .metadata(track)
                    .build())
            .put("cam", "plain", TestCatalog.jpeg("plain", 160, 120));
    server = RtspServer.builder(catalog).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String url(String profile) {
    return server.streamUri("127.0.0.1", "cam", profile).toString();
  }

  private static XmlElement parseDocument(byte[] doc) {
    XmlElement root = XmlParser.parse(doc);
    assertThat(root.is(TT, "MetadataStream")).isTrue();
    assertThat(root.path(TT, "VideoAnalytics", "Frame").attribute("UtcTime")).isNotBlank();
    return root;
  }

  @Test
  void MEDIA2_RTSS_4_1_1_describeHasAnApplicationLineWithOnvifMetadata() throws IOException {
    try (RawClient c = new RawClient(server.port())) {
      RtspResponse r = c.request("DESCRIBE", url("meta"), "Accept", "application/sdp");
      Sdp sdp = Sdp.parse(r.bodyText());
      assertThat(sdp.media()).hasSize(2);
      Sdp.Media m = sdp.media().get(1);
      assertThat(m.type()).isEqualTo("application");
      assertThat(m.formats()).containsExactly("107");
      assertThat(m.attributes())
          .contains("rtpmap:107 vnd.onvif.metadata/90000", "control:" + url("meta") + "/trackID=1")
          .doesNotContain("sendonly");
      assertThat(sdp.sessionAttributes()).doesNotContain("sendonly");

      RtspResponse plain = c.request("DESCRIBE", url("plain"), "Accept", "application/sdp");
      assertThat(Sdp.parse(plain.bodyText()).media()).hasSize(1);
      assertThat(
              c.request("SETUP", url("plain") + "/trackID=1", "Transport", "RTP/AVP/TCP").status())
          .as("no metadata track on a profile without one")
          .isEqualTo(404);
    }
  }

  @Test
  void MEDIA2_RTSS_4_1_1_metadataAloneOverUdpWithRtcp() throws IOException {
    try (DatagramSocket rtp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        DatagramSocket rtcp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        RawClient c = new RawClient(server.port())) {
      rtp.setSoTimeout(5000);
      rtcp.setSoTimeout(5000);
      String ports = rtp.getLocalPort() + "-" + rtcp.getLocalPort();
      RtspResponse setup =
          c.request(
              "SETUP",
              url("meta") + "/trackID=1",
              "Transport",
              "RTP/AVP;unicast;client_port=" + ports);
      assertThat(setup.status()).isEqualTo(200);
      String session = RawClient.session(setup);
      RtspResponse play = c.request("PLAY", url("meta"), "Session", session);
      assertThat(play.status()).isEqualTo(200);
      assertThat(play.headers().value("RTP-Info")).startsWith("url=" + url("meta") + "/trackID=1;");

      MetadataPayload.Depacketizer d = new MetadataPayload.Depacketizer();
      List<byte[]> documents = new ArrayList<>();
      byte[] buf = new byte[2048];
      while (documents.size() < 3) {
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        rtp.receive(p);
        RtpPacket packet = RtpPacket.parse(p.getData(), 0, p.getLength());
        assertThat(packet.payloadType()).isEqualTo(MetadataPayload.PAYLOAD_TYPE);
        d.add(packet).ifPresent(documents::add);
      }
      documents.forEach(MetadataTrackTest::parseDocument);

      DatagramPacket report = new DatagramPacket(buf, buf.length);
      rtcp.receive(report);
      byte[] rtcpBytes = java.util.Arrays.copyOf(report.getData(), report.getLength());
      assertThat(Rtcp.packetTypes(rtcpBytes)).contains(Rtcp.SR);

      assertThat(c.request("TEARDOWN", url("meta"), "Session", session).status()).isEqualTo(200);
    }
  }

  @Test
  void MEDIA2_RTSS_4_1_3_and_4_1_4_videoAndMetadataInOneSessionAcrossASyncPoint()
      throws IOException {
    try (RawClient c = new RawClient(server.port())) {
      RtspResponse video =
          c.request(
              "SETUP",
              url("meta") + "/trackID=0",
              "Transport",
              "RTP/AVP/TCP;unicast;interleaved=0-1");
      String session = RawClient.session(video);
      RtspResponse meta =
          c.request(
              "SETUP",
              url("meta") + "/trackID=1",
              "Transport",
              "RTP/AVP/TCP;unicast;interleaved=2-3",
              "Session",
              session);
      assertThat(meta.status()).isEqualTo(200);
      assertThat(RawClient.session(meta)).isEqualTo(session);
      assertThat(
              c.request(
                      "SETUP",
                      url("meta") + "/trackID=1",
                      "Transport",
                      "RTP/AVP/TCP;interleaved=4-5",
                      "Session",
                      session)
                  .status())
          .as("a track set up twice")
          .isEqualTo(455);
      RtspResponse play = c.request("PLAY", url("meta"), "Session", session);
      assertThat(play.headers().value("RTP-Info"))
          .contains("url=" + url("meta") + "/trackID=0;")
          .contains(",url=" + url("meta") + "/trackID=1;");

      c.awaitFrames(2, 3);
      server.forceKeyFrame("cam", "meta"); // SetSynchronizationPoint: documents stay whole
      c.awaitFrames(2, 6);
      c.awaitFrames(0, 2);
      MetadataPayload.Depacketizer d = new MetadataPayload.Depacketizer();
      List<XmlElement> documents = new ArrayList<>();
      for (InterleavedFrame f : c.frames) {
        if (f.channel() == 2) {
          Optional<byte[]> doc = d.add(RtpPacket.parse(f.payload()));
          doc.map(MetadataTrackTest::parseDocument).ifPresent(documents::add);
        }
      }
      assertThat(documents).hasSizeGreaterThanOrEqualTo(5);
      Instant first =
          Instant.parse(documents.get(0).path(TT, "VideoAnalytics", "Frame").attribute("UtcTime"));
      Instant last =
          Instant.parse(
              documents
                  .get(documents.size() - 1)
                  .path(TT, "VideoAnalytics", "Frame")
                  .attribute("UtcTime"));
      assertThat(last).isAfter(first);
      assertThat(c.request("TEARDOWN", url("meta"), "Session", session).status()).isEqualTo(200);
    }
  }

  @Test
  void MEDIA2_RTSS_4_1_2_metadataThroughTheHttpTunnel() throws IOException {
    String path = "/cam/meta";
    try (Socket get = new Socket(InetAddress.getLoopbackAddress(), server.port());
        Socket post = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      get.setSoTimeout(10_000);
      String cookie = "meta-tunnel";
      get.getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.0\r\nx-sessioncookie: " + cookie + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      assertThat(HttpTunnelEndpoint.readHead(get.getInputStream())).startsWith("HTTP/1.0 200");
      post.getOutputStream()
          .write(
              ("POST "
                      + path
                      + " HTTP/1.0\r\nx-sessioncookie: "
                      + cookie
                      + "\r\nContent-Length: 32767\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      RtspParser parser = new RtspParser();
      String setup =
          "SETUP "
              + url("meta")
              + "/trackID=1 RTSP/1.0\r\nCSeq: 1\r\n"
              + "Transport: RTP/AVP/TCP;unicast;interleaved=0-1\r\n\r\n";
      tunnelSend(post, setup);
      RtspResponse r = (RtspResponse) nextItem(get, parser, RtspResponse.class);
      assertThat(r.status()).isEqualTo(200);
      tunnelSend(
          post,
          "PLAY "
              + url("meta")
              + " RTSP/1.0\r\nCSeq: 2\r\nSession: "
              + RawClient.session(r)
              + "\r\n\r\n");
      assertThat(((RtspResponse) nextItem(get, parser, RtspResponse.class)).status())
          .isEqualTo(200);
      MetadataPayload.Depacketizer d = new MetadataPayload.Depacketizer();
      Optional<byte[]> doc = Optional.empty();
      while (doc.isEmpty()) {
        InterleavedFrame f = (InterleavedFrame) nextItem(get, parser, InterleavedFrame.class);
        if (f.channel() == 0) {
          doc = d.add(RtpPacket.parse(f.payload()));
        }
      }
      parseDocument(doc.get());
    }
  }

  private static void tunnelSend(Socket post, String request) throws IOException {
    post.getOutputStream()
        .write(Base64.getEncoder().encode(request.getBytes(StandardCharsets.US_ASCII)));
    post.getOutputStream().flush();
  }

  private static RtspItem nextItem(Socket s, RtspParser parser, Class<?> type) throws IOException {
    byte[] buf = new byte[8192];
    while (true) {
      for (Optional<RtspItem> i = parser.next(); i.isPresent(); i = parser.next()) {
        if (type.isInstance(i.get())) {
          return i.get();
        }
      }
      int n = s.getInputStream().read(buf);
      if (n < 0) {
        throw new IOException("closed");
      }
      parser.feed(buf, 0, n);
    }
  }

  @Test
  void metadataDocumentsLargerThanOnePacketAreSplitWithTheMarkerOnTheLast() {
    byte[] doc = new byte[3000];
    List<RtpPacket> ps = MetadataPayload.packetize(doc, 1400, 65535, 1234, 42);
    assertThat(ps).hasSize(3);
    assertThat(ps).extracting(RtpPacket::marker).containsExactly(false, false, true);
    assertThat(ps).extracting(RtpPacket::sequence).containsExactly(65535, 0, 1);
    assertThat(ps).extracting(RtpPacket::timestamp).containsOnly(1234L);
    MetadataPayload.Depacketizer d = new MetadataPayload.Depacketizer();
    assertThat(d.add(ps.get(0))).isEmpty();
    assertThat(d.add(ps.get(1))).isEmpty();
    assertThat(d.add(ps.get(2))).hasValueSatisfying(b -> assertThat(b).hasSize(3000));

    MetadataPayload.Depacketizer lossy = new MetadataPayload.Depacketizer();
    lossy.add(ps.get(0));
    assertThat(lossy.add(ps.get(2))).as("a document with a lost packet").isEmpty();
  }

  @Test
  void ffprobeSeesTheDataStreamAndFfmpegStillDecodesTheVideo() throws Exception {
    Ffmpeg.require();
    Ffmpeg.Run streams =
        Ffmpeg.run(
            List.of(
                "ffprobe",
                "-v",
                "error",
                "-rtsp_transport",
                "tcp",
                "-show_entries",
                "stream=index,codec_type",
                "-of",
                "csv=p=0",
                url("meta")));
    assertThat(streams.exit()).as(streams.err()).isZero();
    assertThat(streams.out().lines().map(String::strip)).containsExactly("0,video", "1,data");

    Ffmpeg.Run decode = Ffmpeg.decodeTen("tcp", url("meta"));
    assertThat(decode.exit()).as(decode.err()).isZero();
    assertThat(Ffmpeg.frames(decode)).isEqualTo(10);
  }
}
