package dev.jonvif.device.media;

import static dev.jonvif.device.media.MediaServer.trt;
import static dev.jonvif.device.media.MediaServer.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Media (ver10) over HTTP on loopback; every answer is checked against the ONVIF schemas. */
class Media1EndToEndTest {

  private static final String TT = Namespaces.TT;
  private static final String TRT = Namespaces.TRT;
  private static final OnvifService MEDIA = OnvifService.MEDIA;

  private static MediaServer server;
  private static int cameraCount;
  private String cam;

  @BeforeAll
  static void start() {
    server = new MediaServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Each test gets a fresh camera, so tests do not see each other's changes. */
  Media1EndToEndTest() {
    cam = "m1-" + (++cameraCount);
    server.add(TestCameras.h264(cam));
  }

  private XmlElement ok(XmlElement body) {
    return server.ok(cam, MEDIA, body);
  }

  private SoapFault fault(XmlElement body, int status) {
    return server.fault(cam, MEDIA, body, status);
  }

  private static List<XmlElement> all(XmlElement parent, String name) {
    return parent.childrenLenient(name);
  }

  private static String useCount(XmlElement config) {
    return config.childText(TT, "UseCount");
  }

  @Test
  void MEDIA_8_1_1_serviceCapabilitiesAnswerWithoutCredentials() {
    XmlElement r = server.ok(cam, MEDIA, trt("GetServiceCapabilities"), null);
    XmlElement caps = r.childOrNull(TRT, "Capabilities");
    assertThat(caps.attribute("SnapshotUri")).isEqualTo("true");
    assertThat(caps.attribute("Rotation")).isEqualTo("false");
    assertThat(caps.childOrNull(TRT, "ProfileCapabilities").attribute("MaximumNumberOfProfiles"))
        .isEqualTo("8");
    XmlElement streaming = caps.childOrNull(TRT, "StreamingCapabilities");
    assertThat(streaming.attribute("RTP_RTSP_TCP")).isEqualTo("true");
    assertThat(streaming.attribute("RTPMulticast")).isEqualTo("false");
  }

  @Test
  void MEDIA_8_1_2_getServicesCarriesTheSameCapabilities() {
    XmlElement own = server.ok(cam, MEDIA, trt("GetServiceCapabilities"), null);
    XmlElement services =
        server.ok(
            cam,
            OnvifService.DEVICE,
            xml(
                "<tds:GetServices><tds:IncludeCapability>true</tds:IncludeCapability></tds:GetServices>"),
            null);
    XmlElement media =
        services.childrenLenient("Service").stream()
            .filter(s -> TRT.equals(s.childTextLenient("Namespace")))
            .findFirst()
            .orElseThrow();
    assertThat(media.childTextLenient("XAddr"))
        .isEqualTo("http://127.0.0.1:" + server.port(cam) + "/onvif/media_service");
    assertThat(MediaServer.canonical(media.pathLenient("Capabilities", "Capabilities")))
        .isEqualTo(MediaServer.canonical(own.childOrNull(TRT, "Capabilities")));
  }

  @Test
  void getCapabilitiesHasAMediaSectionWithTheMediaXAddr() {
    XmlElement caps =
        server.ok(
            cam,
            OnvifService.DEVICE,
            xml("<tds:GetCapabilities><tds:Category>Media</tds:Category></tds:GetCapabilities>"),
            null);
    XmlElement media = caps.path(Namespaces.TDS, "Capabilities").childOrNull(TT, "Media");
    assertThat(media.childText(TT, "XAddr")).isEqualTo(server.url(cam, "/onvif/media_service"));
    assertThat(media.path(TT, "StreamingCapabilities", "RTP_RTSP_TCP").textTrim())
        .isEqualTo("true");
    assertThat(
            media
                .path(TT, "Extension", "ProfileCapabilities", "MaximumNumberOfProfiles")
                .textTrim())
        .isEqualTo("8");
  }

  @Test
  void MEDIA_1_1_1_and_1_1_3_profilesAreFixedOrNotAndGetProfileAgrees() {
    XmlElement r = ok(trt("GetProfiles"));
    List<XmlElement> profiles = all(r, "Profiles");
    assertThat(profiles).hasSize(3);
    assertThat(profiles).allMatch(p -> p.attribute("fixed") != null);
    XmlElement main = profiles.get(0);
    assertThat(main.attribute("fixed")).isEqualTo("true");
    assertThat(main.childOrNull(TT, "VideoSourceConfiguration")).isNotNull();
    assertThat(main.childOrNull(TT, "VideoEncoderConfiguration").childText(TT, "Encoding"))
        .isEqualTo("H264");
    for (XmlElement p : profiles) {
      XmlElement one = ok(trt("GetProfile", "ProfileToken", p.attribute("token")));
      XmlElement single = one.childOrNull(TRT, "Profile");
      assertThat(single.attributes()).isEqualTo(p.attributes());
      assertThat(single.children())
          .extracting(MediaServer::canonical)
          .isEqualTo(p.children().stream().map(MediaServer::canonical).toList());
    }
  }

  @Test
  void MEDIA_1_1_5_dynamicProfileLifeCycle() {
    XmlElement created = ok(trt("CreateProfile", "Name", "testProfile", "Token", "T1"));
    XmlElement p = created.childOrNull(TRT, "Profile");
    assertThat(p.attribute("token")).isEqualTo("T1");
    assertThat(p.attribute("fixed")).isEqualTo("false");
    assertThat(p.childOrNull(TT, "VideoSourceConfiguration")).isNull();

    XmlElement vscs = ok(trt("GetCompatibleVideoSourceConfigurations", "ProfileToken", "T1"));
    String vsc = all(vscs, "Configurations").get(0).attribute("token");
    ok(trt("AddVideoSourceConfiguration", "ProfileToken", "T1", "ConfigurationToken", vsc));
    XmlElement vecs = ok(trt("GetCompatibleVideoEncoderConfigurations", "ProfileToken", "T1"));
    assertThat(all(vecs, "Configurations")).hasSize(3);
    ok(
        trt(
            "AddVideoEncoderConfiguration",
            "ProfileToken",
            "T1",
            "ConfigurationToken",
            "VideoEncoder_3"));
    XmlElement full = ok(trt("GetProfile", "ProfileToken", "T1")).childOrNull(TRT, "Profile");
    assertThat(full.childOrNull(TT, "VideoSourceConfiguration").attribute("token")).isEqualTo(vsc);
    assertThat(full.childOrNull(TT, "VideoEncoderConfiguration").attribute("token"))
        .isEqualTo("VideoEncoder_3");

    ok(trt("RemoveVideoEncoderConfiguration", "ProfileToken", "T1"));
    ok(trt("RemoveVideoSourceConfiguration", "ProfileToken", "T1"));
    ok(trt("DeleteProfile", "ProfileToken", "T1"));
    SoapFault f = fault(trt("GetProfile", "ProfileToken", "T1"), 400);
    assertThat(f.codeChain()).isEqualTo("Sender/ter:InvalidArgVal/ter:NoProfile");
  }

  @Test
  void profileFaults() {
    assertThat(fault(trt("DeleteProfile", "ProfileToken", "Profile_1"), 500).codeChain())
        .isEqualTo("Receiver/ter:Action/ter:DeletionOfFixedProfile");
    assertThat(fault(trt("CreateProfile", "Name", "dup", "Token", "Profile_2"), 400).codeChain())
        .isEqualTo("Sender/ter:InvalidArgVal/ter:ProfileExists");
    assertThat(fault(trt("GetProfile"), 400).hasSubcode("InvalidArgs")).isTrue();
    assertThat(
            fault(
                    trt(
                        "AddVideoEncoderConfiguration",
                        "ProfileToken",
                        "Profile_2",
                        "ConfigurationToken",
                        "nope"),
                    400)
                .codeChain())
        .isEqualTo("Sender/ter:InvalidArgVal/ter:NoConfig");
    for (int i = 3; i < 8; i++) {
      ok(trt("CreateProfile", "Name", "p" + i));
    }
    assertThat(fault(trt("CreateProfile", "Name", "one too many"), 500).codeChain())
        .isEqualTo("Receiver/ter:Action/ter:MaxNVTProfiles");
  }

  @Test
  void MEDIA_2_2_6_and_2_2_12_to_15_videoSourceUseCount() {
    String before =
        useCount(
            ok(trt("GetVideoSourceConfiguration", "ConfigurationToken", "VideoSourceConfig_1"))
                .childOrNull(TRT, "Configuration"));
    assertThat(before).isEqualTo("3");
    XmlElement profiles = ok(trt("GetProfiles"));
    for (XmlElement p : all(profiles, "Profiles")) {
      assertThat(useCount(p.childOrNull(TT, "VideoSourceConfiguration"))).isEqualTo("3");
    }
    ok(trt("CreateProfile", "Name", "uc", "Token", "UC"));
    ok(
        trt(
            "AddVideoSourceConfiguration",
            "ProfileToken",
            "UC",
            "ConfigurationToken",
            "VideoSourceConfig_1"));
    assertThat(vscUseCount()).isEqualTo("4");
    ok(trt("RemoveVideoSourceConfiguration", "ProfileToken", "UC"));
    assertThat(vscUseCount()).isEqualTo("3");
    ok(
        trt(
            "AddVideoSourceConfiguration",
            "ProfileToken",
            "UC",
            "ConfigurationToken",
            "VideoSourceConfig_1"));
    ok(trt("DeleteProfile", "ProfileToken", "UC"));
    assertThat(vscUseCount()).isEqualTo("3");
  }

  private String vscUseCount() {
    return useCount(
        ok(trt("GetVideoSourceConfigurations")).childrenLenient("Configurations").get(0));
  }

  @Test
  void MEDIA_2_3_13_and_2_3_17_encoderUseCountIsNotWritable() {
    ok(
        trt(
            "AddVideoEncoderConfiguration",
            "ProfileToken",
            "Profile_3",
            "ConfigurationToken",
            "VideoEncoder_2"));
    XmlElement vec =
        ok(trt("GetVideoEncoderConfiguration", "ConfigurationToken", "VideoEncoder_2"))
            .childOrNull(TRT, "Configuration");
    assertThat(useCount(vec)).isEqualTo("2");
    ok(setJpeg("VideoEncoder_3", "99", 640, 360, 5));
    assertThat(
            useCount(
                ok(trt("GetVideoEncoderConfiguration", "ConfigurationToken", "VideoEncoder_3"))
                    .childOrNull(TRT, "Configuration")))
        .isEqualTo("0");
  }

  /**
   * SetVideoEncoderConfiguration for a JPEG encoder; {@code useCount} is what the client claims.
   */
  private static XmlElement setJpeg(String token, String useCount, int w, int h, int fps) {
    return xml(
        "<trt:SetVideoEncoderConfiguration><trt:Configuration token=\""
            + token
            + "\"><tt:Name>jpeg</tt:Name><tt:UseCount>"
            + useCount
            + "</tt:UseCount><tt:Encoding>JPEG</tt:Encoding><tt:Resolution><tt:Width>"
            + w
            + "</tt:Width><tt:Height>"
            + h
            + "</tt:Height></tt:Resolution><tt:Quality>60</tt:Quality><tt:RateControl>"
            + "<tt:FrameRateLimit>"
            + fps
            + "</tt:FrameRateLimit><tt:EncodingInterval>1</tt:EncodingInterval>"
            + "<tt:BitrateLimit>2048</tt:BitrateLimit></tt:RateControl><tt:Multicast><tt:Address>"
            + "<tt:Type>IPv4</tt:Type><tt:IPv4Address>239.1.2.3</tt:IPv4Address></tt:Address>"
            + "<tt:Port>5000</tt:Port><tt:TTL>2</tt:TTL><tt:AutoStart>false</tt:AutoStart>"
            + "</tt:Multicast><tt:SessionTimeout>PT60S</tt:SessionTimeout></trt:Configuration>"
            + "<trt:ForcePersistence>true</trt:ForcePersistence></trt:SetVideoEncoderConfiguration>");
  }

  @Test
  void MEDIA_2_1_9_jpegEncoderConfiguration() {
    ok(setJpeg("VideoEncoder_2", "1", 320, 240, 7));
    XmlElement vec =
        ok(trt("GetVideoEncoderConfiguration", "ConfigurationToken", "VideoEncoder_2"))
            .childOrNull(TRT, "Configuration");
    assertThat(vec.childText(TT, "Encoding")).isEqualTo("JPEG");
    assertThat(vec.path(TT, "Resolution", "Width").textTrim()).isEqualTo("320");
    assertThat(vec.path(TT, "RateControl", "FrameRateLimit").textTrim()).isEqualTo("7");
    assertThat(vec.childOrNull(TT, "H264")).isNull();

    for (XmlElement bad :
        List.of(
            setJpeg("VideoEncoder_2", "1", 321, 240, 7),
            setJpeg("VideoEncoder_2", "1", 320, 240, 26),
            setJpeg("VideoEncoder_2", "1", 320, 240, 0))) {
      assertThat(fault(bad, 400).codeChain())
          .isEqualTo("Sender/ter:InvalidArgVal/ter:ConfigModify");
    }
    assertThat(fault(setJpeg("nope", "1", 320, 240, 7), 400).hasSubcode("NoConfig")).isTrue();
  }

  @Test
  void MEDIA_2_1_11_h264EncoderConfiguration() {
    XmlElement set =
        xml(
            "<trt:SetVideoEncoderConfiguration><trt:Configuration token=\"VideoEncoder_3\">"
                + "<tt:Name>h264</tt:Name><tt:UseCount>1</tt:UseCount><tt:Encoding>H264</tt:Encoding>"
                + "<tt:Resolution><tt:Width>1280</tt:Width><tt:Height>720</tt:Height></tt:Resolution>"
                + "<tt:Quality>70</tt:Quality><tt:RateControl><tt:FrameRateLimit>20</tt:FrameRateLimit>"
                + "<tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>3000</tt:BitrateLimit>"
                + "</tt:RateControl><tt:H264><tt:GovLength>40</tt:GovLength>"
                + "<tt:H264Profile>Main</tt:H264Profile></tt:H264><tt:Multicast><tt:Address>"
                + "<tt:Type>IPv4</tt:Type><tt:IPv4Address>0.0.0.0</tt:IPv4Address></tt:Address>"
                + "<tt:Port>0</tt:Port><tt:TTL>1</tt:TTL><tt:AutoStart>false</tt:AutoStart>"
                + "</tt:Multicast><tt:SessionTimeout>PT1M</tt:SessionTimeout></trt:Configuration>"
                + "<trt:ForcePersistence>true</trt:ForcePersistence>"
                + "</trt:SetVideoEncoderConfiguration>");
    ok(set);
    XmlElement vec =
        ok(trt("GetVideoEncoderConfiguration", "ConfigurationToken", "VideoEncoder_3"))
            .childOrNull(TRT, "Configuration");
    assertThat(vec.path(TT, "H264", "GovLength").textTrim()).isEqualTo("40");
    assertThat(vec.path(TT, "H264", "H264Profile").textTrim()).isEqualTo("Main");
    XmlElement badProfile =
        xml(set.toString().replace("<tt:H264Profile>Main", "<tt:H264Profile>Extended"));
    assertThat(fault(badProfile, 400).hasSubcode("ConfigModify")).isTrue();
  }

  @Test
  void MEDIA_2_3_3_and_2_3_4_encoderConfigurationsFitTheirOptions() {
    for (XmlElement vec : all(ok(trt("GetVideoEncoderConfigurations")), "Configurations")) {
      XmlElement options =
          ok(trt(
                  "GetVideoEncoderConfigurationOptions",
                  "ConfigurationToken",
                  vec.attribute("token")))
              .childOrNull(TRT, "Options");
      String encoding = vec.childText(TT, "Encoding");
      XmlElement forEncoding = options.childOrNull(TT, encoding);
      assertThat(forEncoding).as(encoding).isNotNull();
      String w = vec.path(TT, "Resolution", "Width").textTrim();
      String h = vec.path(TT, "Resolution", "Height").textTrim();
      assertThat(forEncoding.children(TT, "ResolutionsAvailable"))
          .anyMatch(r -> r.childText(TT, "Width").equals(w) && r.childText(TT, "Height").equals(h));
    }
  }

  @Test
  void MEDIA_2_1_6_guaranteedEncoderInstances() {
    XmlElement r =
        ok(
            trt(
                "GetGuaranteedNumberOfVideoEncoderInstances",
                "ConfigurationToken",
                "VideoSourceConfig_1"));
    assertThat(r.childText(TRT, "TotalNumber")).isEqualTo("3");
    assertThat(r.childText(TRT, "JPEG")).isEqualTo("3");
  }

  @Test
  void MEDIA_2_1_8_videoSourceConfiguration() {
    XmlElement sources = ok(trt("GetVideoSources"));
    XmlElement source = sources.childOrNull(TRT, "VideoSources");
    assertThat(source.attribute("token")).isEqualTo("VideoSource_1");
    assertThat(source.path(TT, "Resolution", "Width").textTrim()).isEqualTo("1920");
    XmlElement options =
        ok(trt("GetVideoSourceConfigurationOptions", "ConfigurationToken", "VideoSourceConfig_1"))
            .childOrNull(TRT, "Options");
    assertThat(options.childText(TT, "VideoSourceTokensAvailable")).isEqualTo("VideoSource_1");
    String set =
        "<trt:SetVideoSourceConfiguration><trt:Configuration token=\"VideoSourceConfig_1\">"
            + "<tt:Name>NAME</tt:Name><tt:UseCount>3</tt:UseCount>"
            + "<tt:SourceToken>VideoSource_1</tt:SourceToken>"
            + "<tt:Bounds x=\"0\" y=\"0\" width=\"WIDTH\" height=\"1080\"/></trt:Configuration>"
            + "<trt:ForcePersistence>true</trt:ForcePersistence></trt:SetVideoSourceConfiguration>";
    assertThat(fault(xml(set.replace("NAME", "x").replace("WIDTH", "1921")), 400).codeChain())
        .isEqualTo("Sender/ter:InvalidArgVal/ter:ConfigModify");
    ok(xml(set.replace("NAME", "renamed").replace("WIDTH", "1920")));
    XmlElement vsc =
        ok(trt("GetVideoSourceConfiguration", "ConfigurationToken", "VideoSourceConfig_1"))
            .childOrNull(TRT, "Configuration");
    assertThat(vsc.childText(TT, "Name")).isEqualTo("renamed");
    assertThat(useCount(vsc)).isEqualTo("3");
  }

  @Test
  void MEDIA_5_1_3_metadataConfiguration() {
    XmlElement list = ok(trt("GetMetadataConfigurations"));
    String token = list.childOrNull(TRT, "Configurations").attribute("token");
    ok(trt("GetMetadataConfiguration", "ConfigurationToken", token));
    ok(trt("GetCompatibleMetadataConfigurations", "ProfileToken", "Profile_1"));
    ok(trt("GetMetadataConfigurationOptions", "ConfigurationToken", token));
    ok(trt("AddMetadataConfiguration", "ProfileToken", "Profile_1", "ConfigurationToken", token));
    XmlElement p = ok(trt("GetProfile", "ProfileToken", "Profile_1")).childOrNull(TRT, "Profile");
    assertThat(p.childOrNull(TT, "MetadataConfiguration").attribute("token")).isEqualTo(token);
    String set =
        "<trt:SetMetadataConfiguration><trt:Configuration token=\""
            + token
            + "\"><tt:Name>md</tt:Name><tt:UseCount>1</tt:UseCount>PTZ<tt:Analytics>false</tt:Analytics>"
            + "<tt:Multicast><tt:Address><tt:Type>IPv4</tt:Type><tt:IPv4Address>239.9.9.9"
            + "</tt:IPv4Address></tt:Address><tt:Port>6000</tt:Port><tt:TTL>3</tt:TTL>"
            + "<tt:AutoStart>false</tt:AutoStart></tt:Multicast><tt:SessionTimeout>PT30S"
            + "</tt:SessionTimeout></trt:Configuration><trt:ForcePersistence>true"
            + "</trt:ForcePersistence></trt:SetMetadataConfiguration>";
    String ptz =
        "<tt:PTZStatus><tt:Status>true</tt:Status><tt:Position>true</tt:Position></tt:PTZStatus>";
    assertThat(fault(xml(set.replace("PTZ", ptz)), 400).hasSubcode("ConfigModify")).isTrue();
    ok(xml(set.replace("PTZ", "")));
    XmlElement md =
        ok(trt("GetMetadataConfiguration", "ConfigurationToken", token))
            .childOrNull(TRT, "Configuration");
    assertThat(md.childText(TT, "Name")).isEqualTo("md");
    assertThat(md.childOrNull(TT, "Events")).isNull();
    assertThat(md.path(TT, "Multicast", "Port").textTrim()).isEqualTo("6000");
    ok(trt("RemoveMetadataConfiguration", "ProfileToken", "Profile_1"));
  }

  @Test
  void MEDIA_7_1_2_and_4_streamUrisAndBadStreamSetups() {
    String setup =
        "<trt:GetStreamUri><trt:StreamSetup><tt:Stream>STREAM</tt:Stream><tt:Transport>"
            + "<tt:Protocol>PROTOCOL</tt:Protocol></tt:Transport></trt:StreamSetup>"
            + "<trt:ProfileToken>TOKEN</trt:ProfileToken></trt:GetStreamUri>";
    String rtsp = "rtsp://127.0.0.1:8554/" + cam + "/Profile_2";
    for (String protocol : List.of("UDP", "RTSP")) {
      XmlElement r =
          ok(
              xml(
                  setup
                      .replace("STREAM", "RTP-Unicast")
                      .replace("PROTOCOL", protocol)
                      .replace("TOKEN", "Profile_2")));
      XmlElement uri = r.childOrNull(TRT, "MediaUri");
      assertThat(uri.childText(TT, "Uri")).isEqualTo(rtsp);
      assertThat(uri.childText(TT, "InvalidAfterConnect")).isEqualTo("false");
      assertThat(uri.childText(TT, "Timeout")).isEqualTo("PT0S");
    }
    XmlElement http =
        ok(
            xml(
                setup
                    .replace("STREAM", "RTP-Unicast")
                    .replace("PROTOCOL", "HTTP")
                    .replace("TOKEN", "Profile_2")));
    assertThat(http.path(TRT, "MediaUri").childText(TT, "Uri"))
        .isEqualTo(server.url(cam, "/rtsp-tunnel/" + cam + "/Profile_2"));
    assertThat(
            fault(
                    xml(
                        setup
                            .replace("STREAM", "RTP-Multicast")
                            .replace("PROTOCOL", "UDP")
                            .replace("TOKEN", "Profile_2")),
                    400)
                .codeChain())
        .isEqualTo("Sender/ter:InvalidArgVal/ter:InvalidStreamSetup");
    assertThat(
            fault(
                    xml(
                        setup
                            .replace("STREAM", "RTP-Unicast")
                            .replace("PROTOCOL", "TCP")
                            .replace("TOKEN", "Profile_2")),
                    400)
                .hasSubcode("InvalidStreamSetup"))
        .isTrue();
    assertThat(
            fault(
                    xml(
                        setup
                            .replace("STREAM", "RTP-Unicast")
                            .replace("PROTOCOL", "UDP")
                            .replace("TOKEN", "nope")),
                    400)
                .hasSubcode("NoProfile"))
        .isTrue();
  }

  @Test
  void streamUriOfAnIncompleteProfileIsRefused() {
    ok(trt("CreateProfile", "Name", "empty", "Token", "E"));
    assertThat(fault(trt("GetSnapshotUri", "ProfileToken", "E"), 500).codeChain())
        .isEqualTo("Receiver/ter:Action/ter:IncompleteConfiguration");
  }

  @Test
  void audioListsAreEmptyAndSynchronizationPointsAreAccepted() {
    assertThat(ok(trt("GetAudioSources")).children()).isEmpty();
    assertThat(ok(trt("GetAudioSourceConfigurations")).children()).isEmpty();
    assertThat(ok(trt("GetAudioEncoderConfigurations")).children()).isEmpty();
    assertThat(ok(trt("GetAudioOutputs")).children()).isEmpty();
    ok(trt("SetSynchronizationPoint", "ProfileToken", "Profile_1"));
  }

  @Test
  void aUserMayReadMediaButNotChangeIt() {
    server.ok(cam, MEDIA, trt("GetProfiles"), MediaServer.VIEWER);
    SoapFault f =
        server.fault(cam, MEDIA, trt("CreateProfile", "Name", "x"), MediaServer.VIEWER, 400);
    assertThat(f.isNotAuthorized()).isTrue();
    assertThat(server.post(cam, MEDIA, trt("GetProfiles"), null).status()).isEqualTo(401);
  }
}
