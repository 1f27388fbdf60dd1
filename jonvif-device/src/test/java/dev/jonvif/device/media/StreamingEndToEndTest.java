package dev.jonvif.device.media;

import static dev.jonvif.device.media.MediaServer.tr2;
import static dev.jonvif.device.media.MediaServer.trt;
import static dev.jonvif.device.media.MediaServer.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VideoStream;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.rtsp.EncoderSupport;
import dev.jonvif.rtsp.client.ProbeResult;
import dev.jonvif.rtsp.client.ProbeTransport;
import dev.jonvif.rtsp.client.RtspProbe;
import dev.jonvif.testkit.Ffmpeg;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every stream URI a virtual camera hands out plays: a two-camera fleet on loopback, URIs from
 * GetStreamUri (Media and Media2), checked with the RTSP probe and with ffprobe/ffmpeg.
 */
class StreamingEndToEndTest {

  private static final String PASSWORD = "secret12";
  private static final Credentials ADMIN = new Credentials("admin", PASSWORD);

  private static Fleet fleet;
  private static VirtualCamera cam1;
  private static VirtualCamera cam2;

  @BeforeAll
  static void start() {
    FleetOptions options =
        FleetOptions.forTests(List.of(persona("cam1"), persona("cam2")), PASSWORD)
            .withModules(List.of(new MediaModule(), new Media2Module()));
    fleet = Fleet.start(options);
    cam1 = fleet.camera("cam1");
    cam2 = fleet.camera("cam2");
  }

  @AfterAll
  static void stop() {
    fleet.close();
  }

  /**
   * Media and Media2: an H.264 stream (Profile_1) and an MJPEG one (Profile_2), small for speed.
   */
  private static Persona persona(String name) {
    return new Persona(
        name,
        "jonvif",
        "Stream",
        "1.0",
        "SN-" + name,
        "HW1",
        EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2),
        List.of(
            new VideoStream("main", 640, 360, VideoEncoding.H264, 10, 512),
            new VideoStream("mjpeg", 320, 240, VideoEncoding.JPEG, 10, 1024)),
        Duration.ZERO,
        null,
        List.of());
  }

  @Test
  void streamUrisCarryTheFleetsRtspPort() {
    String uri = media1StreamUri(cam1, "Profile_1", "UDP");
    assertThat(uri)
        .isEqualTo("rtsp://127.0.0.1:" + fleet.rtsp().port() + "/cam1/Profile_1")
        .isEqualTo(fleet.rtspBaseUrl(cam1) + "/Profile_1");
    assertThat(cam2.ports().rtsp()).isEqualTo(fleet.rtsp().port());
  }

  @Test
  void RTSS_probeOverUdpTcpAndTheHttpTunnel() {
    URI h264 = URI.create(media1StreamUri(cam1, "Profile_1", "UDP"));
    for (ProbeTransport t : List.of(ProbeTransport.UDP, ProbeTransport.TCP)) {
      assertStream(probe(h264, ADMIN, t), "H264", 640, 360);
    }
    URI jpeg = URI.create(media2StreamUri(cam1, "Profile_2", "RtspUnicast"));
    assertStream(probe(jpeg, ADMIN, ProbeTransport.TCP), "JPEG", 320, 240);
    URI tunnel = URI.create(media2StreamUri(cam1, "Profile_1", "RtspOverHttp"));
    assertThat(tunnel.getScheme()).isEqualTo("http");
    assertThat(tunnel.getPort()).isEqualTo(cam1.ports().http());
    assertStream(probe(tunnel, ADMIN, ProbeTransport.HTTP), "H264", 640, 360);
  }

  @Test
  void RTSS_wrongOrNoCredentialsAre401WithADigestChallenge() throws Exception {
    URI uri = URI.create(media2StreamUri(cam1, "Profile_1", "RtspUnicast"));
    assertThat(probe(uri, new Credentials("admin", "wrong"), ProbeTransport.TCP).status())
        .isEqualTo(ProbeResult.Status.UNAUTHORIZED);
    assertThat(probe(uri, null, ProbeTransport.TCP).status())
        .isEqualTo(ProbeResult.Status.UNAUTHORIZED);
    try (Socket s = new Socket("127.0.0.1", uri.getPort())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("DESCRIBE " + uri + " RTSP/1.0\r\nCSeq: 1\r\nAccept: application/sdp\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String head = readHead(s.getInputStream());
      assertThat(head).startsWith("RTSP/1.0 401").containsIgnoringCase("WWW-Authenticate: Digest");
    }
  }

  @Test
  void RTSS_ffprobeAndFfmpegPlayTheUrisWithDigestOverTcpAndHttp() throws Exception {
    Ffmpeg.require();
    String rtsp = withCredentials(media1StreamUri(cam1, "Profile_1", "RTSP"));
    assertThat(Ffmpeg.probe("tcp", rtsp).out().strip()).isEqualTo("h264,640,360,10");
    assertThat(Ffmpeg.frames(Ffmpeg.decodeTen("tcp", rtsp))).isEqualTo(10);
    String mjpeg = withCredentials(media2StreamUri(cam1, "Profile_2", "RtspUnicast"));
    assertThat(Ffmpeg.probe("tcp", mjpeg).out().strip()).isEqualTo("mjpeg,320,240,10");
    // ffmpeg tunnels an rtsp:// URL through HTTP to the same host and port: the web-service port.
    String http = media2StreamUri(cam1, "Profile_1", "RtspOverHttp");
    String tunnelled = withCredentials(http.replaceFirst("^http", "rtsp"));
    assertThat(Ffmpeg.probe("http", tunnelled).out().strip()).isEqualTo("h264,640,360,10");
    assertThat(Ffmpeg.frames(Ffmpeg.decodeTen("http", tunnelled))).isEqualTo(10);
  }

  @Test
  void RTSS_aResolutionChangeShowsInTheNextDescribe() throws Exception {
    URI uri = URI.create(media2StreamUri(cam2, "Profile_1", "RtspUnicast"));
    assertStream(probe(uri, ADMIN, ProbeTransport.TCP), "H264", 640, 360);
    call(cam2, OnvifService.MEDIA2, setEncoder("VideoEncoder_1", "H264", 320, 240));
    assertStream(probe(uri, ADMIN, ProbeTransport.TCP), "H264", 320, 240);
    if (Ffmpeg.available()) {
      assertThat(Ffmpeg.probe("tcp", withCredentials(uri.toString())).out().strip())
          .isEqualTo("h264,320,240,10");
    }
  }

  @Test
  void aTunnelSessionKeepsWorkingPastThePostsFakeContentLength() throws Exception {
    int port = cam1.ports().http();
    String path = "/rtsp-tunnel/cam1/Profile_1";
    String cookie = "long-session-cookie";
    int requests = 300; // about 46 KB of base64: well past Content-Length: 32767
    try (Socket get = new Socket("127.0.0.1", port);
        Socket post = new Socket("127.0.0.1", port)) {
      get.setSoTimeout(10_000);
      get.getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-sessioncookie: "
                      + cookie
                      + "\r\nAccept: application/x-rtsp-tunnelled\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = get.getInputStream();
      assertThat(readHead(in)).startsWith("HTTP/1.1 200");
      OutputStream out = post.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nx-sessioncookie: "
                  + cookie
                  + "\r\nContent-Type: application/x-rtsp-tunnelled\r\n"
                  + "Content-Length: 32767\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      int sent = 0;
      for (int i = 1; i <= requests; i++) {
        String options =
            "OPTIONS rtsp://127.0.0.1:"
                + port
                + path
                + " RTSP/1.0\r\nCSeq: "
                + i
                + "\r\nUser-Agent: jonvif-test-with-a-rather-long-user-agent-string\r\n\r\n";
        byte[] b64 =
            java.util.Base64.getEncoder().encode(options.getBytes(StandardCharsets.US_ASCII));
        out.write(b64);
        sent += b64.length;
        assertThat(readHead(in)).startsWith("RTSP/1.0 200").contains("CSeq: " + i);
      }
      out.flush();
      assertThat(sent).isGreaterThan(32767);
    }
  }

  @Test
  void setSynchronizationPointIsAcceptedByBothMediaServices() {
    assertThat(
            call(
                    cam1,
                    OnvifService.MEDIA,
                    trt("SetSynchronizationPoint", "ProfileToken", "Profile_1"))
                .localName())
        .isEqualTo("SetSynchronizationPointResponse");
    assertThat(
            call(
                    cam1,
                    OnvifService.MEDIA2,
                    tr2("SetSynchronizationPoint", "ProfileToken", "Profile_2"))
                .localName())
        .isEqualTo("SetSynchronizationPointResponse");
  }

  @Test
  void h265IsOfferedOnlyWhenThisMachineCanStreamIt() {
    List<VideoStream> out =
        MediaPersona.streamable(
            "hevc", List.of(new VideoStream("main", 640, 360, VideoEncoding.H265, 10, 512)));
    VideoEncoding expected =
        EncoderSupport.isAvailable(dev.jonvif.rtsp.VideoEncoding.H265)
            ? VideoEncoding.H265
            : VideoEncoding.H264;
    assertThat(out.get(0).encoding()).isEqualTo(expected);
  }

  // ---- helpers ----

  private static void assertStream(ProbeResult r, String codec, int width, int height) {
    assertThat(r.status()).as(r.detail() + " " + r.errors()).isEqualTo(ProbeResult.Status.OK);
    assertThat(r.codec()).isEqualTo(codec);
    assertThat(r.width()).isEqualTo(width);
    assertThat(r.height()).isEqualTo(height);
  }

  private static ProbeResult probe(URI uri, Credentials creds, ProbeTransport transport) {
    return new RtspProbe(Duration.ofSeconds(10)).probe(uri, creds, List.of(transport));
  }

  private static String withCredentials(String uri) {
    return uri.replaceFirst("://", "://admin:" + PASSWORD + "@");
  }

  private static String media1StreamUri(VirtualCamera cam, String profile, String protocol) {
    XmlElement body =
        xml(
            "<trt:GetStreamUri><trt:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream><tt:Transport>"
                + "<tt:Protocol>"
                + protocol
                + "</tt:Protocol></tt:Transport></trt:StreamSetup>"
                + "<trt:ProfileToken>"
                + profile
                + "</trt:ProfileToken></trt:GetStreamUri>");
    return call(cam, OnvifService.MEDIA, body)
        .childOrNull(Namespaces.TRT, "MediaUri")
        .childText(Namespaces.TT, "Uri");
  }

  private static String media2StreamUri(VirtualCamera cam, String profile, String protocol) {
    return call(
            cam,
            OnvifService.MEDIA2,
            tr2("GetStreamUri", "Protocol", protocol, "ProfileToken", profile))
        .childText(Namespaces.TR2, "Uri");
  }

  private static XmlElement setEncoder(String token, String encoding, int w, int h) {
    return xml(
        "<tr2:SetVideoEncoderConfiguration><tr2:Configuration token=\""
            + token
            + "\" GovLength=\"10\" Profile=\"Baseline\"><tt:Name>enc</tt:Name>"
            + "<tt:UseCount>1</tt:UseCount><tt:Encoding>"
            + encoding
            + "</tt:Encoding><tt:Resolution><tt:Width>"
            + w
            + "</tt:Width><tt:Height>"
            + h
            + "</tt:Height></tt:Resolution><tt:RateControl ConstantBitRate=\"true\">"
            + "<tt:FrameRateLimit>10</tt:FrameRateLimit><tt:BitrateLimit>512</tt:BitrateLimit>"
            + "</tt:RateControl><tt:Quality>55</tt:Quality></tr2:Configuration>"
            + "</tr2:SetVideoEncoderConfiguration>");
  }

  /** Calls as the administrator; expects 200; returns the response body. */
  private static XmlElement call(VirtualCamera cam, OnvifService service, XmlElement body) {
    return FleetSoap.call(cam, service, body, ADMIN);
  }

  private static String readHead(InputStream in) throws java.io.IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      sb.append((char) c);
      if (sb.toString().endsWith("\r\n\r\n")) {
        break;
      }
    }
    return sb.toString();
  }
}
