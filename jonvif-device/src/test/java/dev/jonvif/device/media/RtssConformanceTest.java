package dev.jonvif.device.media;

import static dev.jonvif.device.media.MediaServer.tr2;
import static dev.jonvif.device.media.MediaServer.trt;
import static dev.jonvif.device.media.MediaServer.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real-time streaming conformance rows (RTSS-*, MEDIA2_RTSS-*) against virtual cameras: each test
 * asks the camera over SOAP what to stream (GetStreamUri, encoder options, instance counts), then
 * plays it with the RTSP probe. Streams are kept small (at most 352x288) to spare the CPU.
 */
class RtssConformanceTest {

  private static final String PASSWORD = "secret12";
  private static final Credentials ADMIN = new Credentials("admin", PASSWORD);
  private static final String TT = Namespaces.TT;
  private static final String TRT = Namespaces.TRT;
  private static final String TR2 = Namespaces.TR2;

  private static Fleet fleet;

  @BeforeAll
  static void start() {
    List<String> names = List.of("enc", "inst", "m2", "m2inst");
    List<Persona> personas = new ArrayList<>();
    names.forEach(n -> personas.add(persona(n, n.startsWith("m2"))));
    fleet =
        Fleet.start(
            FleetOptions.forTests(personas, PASSWORD)
                .withModules(List.of(new MediaModule(), new Media2Module())));
  }

  @AfterAll
  static void stop() {
    fleet.close();
  }

  /**
   * Media and Media2: small H.264 and MJPEG streams on one source, and for {@code hevc} an H.265
   * one (H.264 where this machine cannot encode H.265).
   */
  private static Persona persona(String name, boolean hevc) {
    List<VideoStream> streams = new ArrayList<>();
    streams.add(new VideoStream("main", 352, 288, VideoEncoding.H264, 10, 512));
    streams.add(new VideoStream("mjpeg", 320, 240, VideoEncoding.JPEG, 10, 1024));
    if (hevc) {
      streams.add(new VideoStream("hevc", 320, 240, VideoEncoding.H265, 10, 512));
    }
    return new Persona(
        name,
        "jonvif",
        "Rtss",
        "1.0",
        "SN-" + name,
        "HW1",
        EnumSet.of(OnvifService.MEDIA, OnvifService.MEDIA2),
        MediaPersona.streamable(name, streams),
        Duration.ZERO,
        null,
        List.of());
  }

  // ---- Media1 ----

  @Test
  void RTSS_1_1_41_and_42_h264OverUdpAndTheHttpTunnel() {
    VirtualCamera cam = fleet.camera("inst");
    URI udp = URI.create(media1StreamUri(cam, "Profile_1", "UDP"));
    assertStream(probe(udp, ProbeTransport.UDP), "H264", 352, 288);
    URI http = URI.create(media1StreamUri(cam, "Profile_1", "HTTP"));
    assertThat(http.getScheme()).isEqualTo("http");
    assertStream(probe(http, ProbeTransport.HTTP), "H264", 352, 288);
  }

  @Test
  void RTSS_1_1_24_and_26_and_46_everyOfferedResolutionStreamsAfterSetVideoEncoderConfiguration() {
    VirtualCamera cam = fleet.camera("enc");
    String token = "VideoEncoder_1";
    XmlElement options =
        call(
                cam,
                OnvifService.MEDIA,
                trt("GetVideoEncoderConfigurationOptions", "ConfigurationToken", token))
            .childOrNull(TRT, "Options");
    int streamed = 0;
    for (String encoding : List.of("JPEG", "H264")) {
      XmlElement codec = options.childOrNull(TT, encoding);
      assertThat(codec).as(encoding + " options").isNotNull();
      for (XmlElement size : codec.children(TT, "ResolutionsAvailable")) {
        int w = Integer.parseInt(size.childText(TT, "Width"));
        int h = Integer.parseInt(size.childText(TT, "Height"));
        call(cam, OnvifService.MEDIA, media1Encoder(token, encoding, w, h, options));
        XmlElement now =
            call(
                    cam,
                    OnvifService.MEDIA,
                    trt("GetVideoEncoderConfiguration", "ConfigurationToken", token))
                .childOrNull(TRT, "Configuration");
        assertThat(now.childText(TT, "Encoding")).isEqualTo(encoding);
        URI uri = URI.create(media1StreamUri(cam, "Profile_1", "RTSP"));
        assertStream(probe(uri, ProbeTransport.TCP), encoding, w, h);
        streamed++;
      }
    }
    assertThat(streamed).isGreaterThanOrEqualTo(2);
  }

  @Test
  void RTSS_1_1_27_to_30_and_RTSS_1_1_49_to_52_guaranteedInstancesStreamAtOnceOverEveryTransport() {
    VirtualCamera cam = fleet.camera("inst");
    XmlElement profiles = call(cam, OnvifService.MEDIA, trt("GetProfiles"));
    List<XmlElement> sources =
        call(cam, OnvifService.MEDIA, trt("GetVideoSourceConfigurations"))
            .children(TRT, "Configurations");
    assertThat(sources).isNotEmpty();
    for (XmlElement source : sources) {
      String vsc = source.attribute("token");
      int n =
          Integer.parseInt(
              call(
                      cam,
                      OnvifService.MEDIA,
                      trt("GetGuaranteedNumberOfVideoEncoderInstances", "ConfigurationToken", vsc))
                  .childText(TRT, "TotalNumber"));
      assertThat(n).as("guaranteed instances of " + vsc).isPositive();
      List<String> tokens = new ArrayList<>();
      for (XmlElement p : profiles.children(TRT, "Profiles")) {
        XmlElement pv = p.childOrNull(TT, "VideoSourceConfiguration");
        if (pv != null
            && vsc.equals(pv.attribute("token"))
            && p.childOrNull(TT, "VideoEncoderConfiguration") != null) {
          tokens.add(p.attribute("token"));
        }
      }
      assertThat(tokens).as("profiles with an encoder on " + vsc).hasSizeGreaterThanOrEqualTo(n);
      tokens = tokens.subList(0, n);
      List<ProbeTransport> all =
          List.of(ProbeTransport.UDP, ProbeTransport.HTTP, ProbeTransport.TCP);
      for (ProbeTransport t : all) {
        streamAtOnce(cam, tokens, i -> t);
      }
      streamAtOnce(cam, tokens, i -> all.get(i % all.size()));
    }
  }

  // ---- Media2 ----

  @Test
  void MEDIA2_RTSS_1_1_1_and_3_and_4_h264OverUdpAndTcpAndASynchronizationPoint() {
    VirtualCamera cam = fleet.camera("m2");
    assertMedia2Codec(cam, "Profile_1", "H264");
  }

  @Test
  void MEDIA2_RTSS_1_1_8_to_11_h265OverUdpHttpAndTcpAndASynchronizationPoint() {
    assumeTrue(
        EncoderSupport.isAvailable(dev.jonvif.rtsp.VideoEncoding.H265),
        "H.265 needs ffmpeg with libx265");
    VirtualCamera cam = fleet.camera("m2");
    assertMedia2Codec(cam, "Profile_3", "H265");
    URI http = URI.create(media2StreamUri(cam, "Profile_3", "RtspOverHttp"));
    assertStream(probe(http, ProbeTransport.HTTP), "H265", 320, 240);
  }

  @Test
  void MEDIA2_RTSS_1_1_23_to_25_videoEncoderInstancesStreamAtOncePerCodec() {
    VirtualCamera cam = fleet.camera("m2inst");
    for (XmlElement source :
        call(cam, OnvifService.MEDIA2, tr2("GetVideoSourceConfigurations"))
            .children(TR2, "Configurations")) {
      String vsc = source.attribute("token");
      XmlElement info =
          call(cam, OnvifService.MEDIA2, tr2("GetVideoEncoderInstances", "ConfigurationToken", vsc))
              .childOrNull(TR2, "Info");
      int total = Integer.parseInt(info.childText(TR2, "Total"));
      assertThat(total).isPositive();
      List<String> profiles = media2ProfilesOn(cam, vsc);
      assertThat(profiles).hasSizeGreaterThanOrEqualTo(total);
      // MEDIA2_RTSS-1-1-23: as configured
      streamAtOnce(cam, profiles.subList(0, total), i -> ProbeTransport.TCP);
      for (XmlElement codec : info.children(TR2, "Codec")) {
        String encoding = codec.childText(TR2, "Encoding");
        int n = Math.min(Integer.parseInt(codec.childText(TR2, "Number")), total);
        if (encoding.equals("H265")
            && !EncoderSupport.isAvailable(dev.jonvif.rtsp.VideoEncoding.H265)) {
          continue;
        }
        if (!encoding.equals("H264") && !encoding.equals("H265")) {
          continue;
        }
        // MEDIA2_RTSS-1-1-24 (H.264) and -25 (H.265): that many encoders set to the codec
        List<String> chosen = profiles.subList(0, n);
        for (String profile : chosen) {
          call(
              cam, OnvifService.MEDIA2, media2Encoder(encoderOf(cam, profile), encoding, 320, 240));
        }
        List<ProbeResult> results = streamAtOnce(cam, chosen, i -> ProbeTransport.TCP);
        results.forEach(r -> assertThat(r.codec()).isEqualTo(encoding));
      }
    }
  }

  // ---- helpers ----

  private void assertMedia2Codec(VirtualCamera cam, String profile, String codec) {
    XmlElement vec =
        call(
                cam,
                OnvifService.MEDIA2,
                tr2("GetVideoEncoderConfigurations", "ConfigurationToken", encoderOf(cam, profile)))
            .childOrNull(TR2, "Configurations");
    int w = Integer.parseInt(vec.path(TT, "Resolution", "Width").textTrim());
    int h = Integer.parseInt(vec.path(TT, "Resolution", "Height").textTrim());
    URI udp = URI.create(media2StreamUri(cam, profile, "RtspUnicast"));
    assertStream(probe(udp, ProbeTransport.UDP), codec, w, h);
    URI tcp = URI.create(media2StreamUri(cam, profile, "RTSP"));
    assertStream(probe(tcp, ProbeTransport.TCP), codec, w, h);
    assertThat(
            call(cam, OnvifService.MEDIA2, tr2("SetSynchronizationPoint", "ProfileToken", profile))
                .localName())
        .isEqualTo("SetSynchronizationPointResponse");
    // the probe counts a frame only from a key frame (IDR / IRAP) on
    ProbeResult after = probe(tcp, ProbeTransport.TCP);
    assertStream(after, codec, w, h);
    assertThat(after.timeToFirstFrame()).isNotNull();
  }

  private static List<String> media2ProfilesOn(VirtualCamera cam, String vsc) {
    List<String> out = new ArrayList<>();
    XmlElement r = call(cam, OnvifService.MEDIA2, tr2("GetProfiles", "Type", "All"));
    for (XmlElement p : r.children(TR2, "Profiles")) {
      XmlElement conf = p.childOrNull(TR2, "Configurations");
      if (conf == null) {
        continue;
      }
      XmlElement vs = conf.childOrNull(TR2, "VideoSource");
      if (vs != null
          && vsc.equals(vs.attribute("token"))
          && conf.childOrNull(TR2, "VideoEncoder") != null) {
        out.add(p.attribute("token"));
      }
    }
    return out;
  }

  private static String encoderOf(VirtualCamera cam, String profile) {
    XmlElement r =
        call(
            cam, OnvifService.MEDIA2, tr2("GetProfiles", "Token", profile, "Type", "VideoEncoder"));
    return r.childOrNull(TR2, "Profiles")
        .childOrNull(TR2, "Configurations")
        .childOrNull(TR2, "VideoEncoder")
        .attribute("token");
  }

  /** Probes every profile at the same time, profile i over {@code transport(i)}; all must play. */
  private static List<ProbeResult> streamAtOnce(
      VirtualCamera cam,
      List<String> profiles,
      java.util.function.IntFunction<ProbeTransport> transport) {
    List<CompletableFuture<ProbeResult>> running = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      ProbeTransport t = transport.apply(i);
      URI uri =
          URI.create(
              t == ProbeTransport.HTTP
                  ? media2StreamUri(cam, profiles.get(i), "RtspOverHttp")
                  : media2StreamUri(
                      cam, profiles.get(i), t == ProbeTransport.UDP ? "RtspUnicast" : "RTSP"));
      running.add(CompletableFuture.supplyAsync(() -> probe(uri, t)));
    }
    List<ProbeResult> out = new ArrayList<>();
    for (int i = 0; i < running.size(); i++) {
      ProbeResult r = running.get(i).join();
      assertThat(r.status())
          .as(profiles.get(i) + ": " + r.detail() + " " + r.errors())
          .isEqualTo(ProbeResult.Status.OK);
      assertThat(r.transport()).isEqualTo(transport.apply(i));
      out.add(r);
    }
    return out;
  }

  private static void assertStream(ProbeResult r, String codec, int width, int height) {
    assertThat(r.status()).as(r.detail() + " " + r.errors()).isEqualTo(ProbeResult.Status.OK);
    assertThat(r.codec()).isEqualTo(codec);
    assertThat(r.width()).isEqualTo(width);
    assertThat(r.height()).isEqualTo(height);
  }

  private static ProbeResult probe(URI uri, ProbeTransport transport) {
    return new RtspProbe(Duration.ofSeconds(20)).probe(uri, ADMIN, List.of(transport));
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
    return call(cam, OnvifService.MEDIA, body).childOrNull(TRT, "MediaUri").childText(TT, "Uri");
  }

  private static String media2StreamUri(VirtualCamera cam, String profile, String protocol) {
    return call(
            cam,
            OnvifService.MEDIA2,
            tr2("GetStreamUri", "Protocol", protocol, "ProfileToken", profile))
        .childText(TR2, "Uri");
  }

  private static XmlElement media1Encoder(
      String token, String encoding, int w, int h, XmlElement options) {
    String h264 =
        encoding.equals("H264")
            ? "<tt:H264><tt:GovLength>10</tt:GovLength><tt:H264Profile>"
                + options.path(TT, "H264", "H264ProfilesSupported").textTrim()
                + "</tt:H264Profile></tt:H264>"
            : "";
    return xml(
        "<trt:SetVideoEncoderConfiguration><trt:Configuration token=\""
            + token
            + "\"><tt:Name>enc</tt:Name><tt:UseCount>1</tt:UseCount><tt:Encoding>"
            + encoding
            + "</tt:Encoding><tt:Resolution><tt:Width>"
            + w
            + "</tt:Width><tt:Height>"
            + h
            + "</tt:Height></tt:Resolution><tt:Quality>"
            + options.path(TT, "QualityRange", "Min").textTrim()
            + "</tt:Quality><tt:RateControl><tt:FrameRateLimit>10</tt:FrameRateLimit>"
            + "<tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>1024</tt:BitrateLimit>"
            + "</tt:RateControl>"
            + h264
            + "<tt:Multicast><tt:Address><tt:Type>IPv4</tt:Type><tt:IPv4Address>0.0.0.0"
            + "</tt:IPv4Address></tt:Address><tt:Port>0</tt:Port><tt:TTL>1</tt:TTL>"
            + "<tt:AutoStart>false</tt:AutoStart></tt:Multicast><tt:SessionTimeout>PT60S"
            + "</tt:SessionTimeout></trt:Configuration><trt:ForcePersistence>true"
            + "</trt:ForcePersistence></trt:SetVideoEncoderConfiguration>");
  }

  private static XmlElement media2Encoder(String token, String encoding, int w, int h) {
    String profile = encoding.equals("H264") ? "Baseline" : "Main";
    return xml(
        "<tr2:SetVideoEncoderConfiguration><tr2:Configuration token=\""
            + token
            + "\" GovLength=\"10\" Profile=\""
            + profile
            + "\"><tt:Name>enc</tt:Name>"
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
}
