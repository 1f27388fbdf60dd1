package dev.jonvif.device.media;

import static dev.jonvif.device.media.MediaServer.tr2;
import static dev.jonvif.device.media.MediaServer.trt;
import static dev.jonvif.device.media.MediaServer.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Media2 (ver20) over HTTP on loopback; every answer is checked against the ONVIF schemas. */
class Media2EndToEndTest {

  private static final String TT = Namespaces.TT;
  private static final String TR2 = Namespaces.TR2;
  private static final OnvifService MEDIA2 = OnvifService.MEDIA2;

  private static MediaServer server;
  private static int cameraCount;
  private final String cam;

  @BeforeAll
  static void start() {
    server = new MediaServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  Media2EndToEndTest() {
    cam = "m2-" + (++cameraCount);
    server.add(TestCameras.hevc(cam));
  }

  private XmlElement ok(XmlElement body) {
    return server.ok(cam, MEDIA2, body);
  }

  private SoapFault fault(XmlElement body, int status) {
    return server.fault(cam, MEDIA2, body, status);
  }

  private static XmlElement getProfiles(String token, String... types) {
    XmlElement.Builder b = XmlElement.builder(TR2, "GetProfiles");
    if (token != null) {
      b.child(TR2, "Token", token);
    }
    for (String t : types) {
      b.child(TR2, "Type", t);
    }
    return b.build();
  }

  private static XmlElement configuration(String type, String token) {
    XmlElement.Builder b = XmlElement.builder(TR2, "Configuration").child(TR2, "Type", type);
    if (token != null) {
      b.child(TR2, "Token", token);
    }
    return b.build();
  }

  @Test
  void MEDIA2_7_1_1_capabilitiesNameRealConfigurationTypesAndNeverAll() {
    XmlElement caps =
        server
            .ok(cam, MEDIA2, tr2("GetServiceCapabilities"), null)
            .childOrNull(TR2, "Capabilities");
    XmlElement profile = caps.childOrNull(TR2, "ProfileCapabilities");
    assertThat(profile.attribute("MaximumNumberOfProfiles")).isEqualTo("8");
    assertThat(profile.attribute("ConfigurationsSupported").split(" "))
        .containsExactly("VideoSource", "VideoEncoder", "Metadata")
        .doesNotContain("All");
    XmlElement streaming = caps.childOrNull(TR2, "StreamingCapabilities");
    assertThat(streaming.attribute("RTSPStreaming")).isEqualTo("true");
    assertThat(streaming.attribute("RTP_RTSP_TCP")).isEqualTo("true");
    assertThat(streaming.attribute("RTPMulticast")).isEqualTo("false");
    assertThat(caps.attribute("SnapshotUri")).isEqualTo("true");
  }

  @Test
  void MEDIA2_7_1_2_getServicesCarriesTheSameCapabilities() {
    XmlElement own = server.ok(cam, MEDIA2, tr2("GetServiceCapabilities"), null);
    XmlElement services =
        server.ok(
            cam,
            OnvifService.DEVICE,
            xml(
                "<tds:GetServices><tds:IncludeCapability>true</tds:IncludeCapability></tds:GetServices>"),
            null);
    XmlElement media2 =
        services.childrenLenient("Service").stream()
            .filter(s -> TR2.equals(s.childTextLenient("Namespace")))
            .findFirst()
            .orElseThrow();
    assertThat(MediaServer.canonical(media2.pathLenient("Capabilities", "Capabilities")))
        .isEqualTo(MediaServer.canonical(own.childOrNull(TR2, "Capabilities")));
  }

  @Test
  void MEDIA2_1_1_1_readyToUseH26xProfile() {
    XmlElement r = ok(getProfiles(null, "All"));
    assertThat(r.childrenLenient("Profiles"))
        .anyMatch(
            p ->
                "VideoSource_1"
                        .equals(
                            p.path(TR2, "Configurations", "VideoSource")
                                .childText(TT, "SourceToken"))
                    && List.of("H264", "H265")
                        .contains(
                            p.path(TR2, "Configurations", "VideoEncoder")
                                .childText(TT, "Encoding")));
  }

  @Test
  void MEDIA2_1_1_4_getProfilesHonoursTokenAndTypeFilters() {
    List<XmlElement> bare = ok(getProfiles(null)).childrenLenient("Profiles");
    assertThat(bare).hasSize(3);
    assertThat(bare).allMatch(p -> p.childOrNull(TR2, "Configurations") == null);

    List<XmlElement> one = ok(getProfiles("Profile_2")).childrenLenient("Profiles");
    assertThat(one).extracting(p -> p.attribute("token")).containsExactly("Profile_2");

    XmlElement typed = ok(getProfiles("Profile_1", "VideoEncoder")).childOrNull(TR2, "Profiles");
    XmlElement set = typed.childOrNull(TR2, "Configurations");
    assertThat(set.children()).extracting(XmlElement::localName).containsExactly("VideoEncoder");
    assertThat(set.childOrNull(TR2, "VideoEncoder").childText(TT, "Encoding")).isEqualTo("H265");

    XmlElement all = ok(getProfiles("Profile_1", "All")).childOrNull(TR2, "Profiles");
    assertThat(all.childOrNull(TR2, "Configurations").children())
        .extracting(XmlElement::localName)
        .containsExactly("VideoSource", "VideoEncoder");

    assertThat(fault(getProfiles("nope"), 400).codeChain())
        .isEqualTo("Sender/ter:InvalidArgVal/ter:NoProfile");
  }

  @Test
  void MEDIA2_1_1_2_and_1_1_5_createProfileWithConfigurationsThenDelete() {
    XmlElement create =
        XmlElement.builder(TR2, "CreateProfile")
            .child(TR2, "Name", "testMedia2")
            .child(configuration("VideoSource", "VideoSourceConfig_1"))
            .child(configuration("VideoEncoder", "VideoEncoder_2"))
            .build();
    String token = ok(create).childText(TR2, "Token");
    XmlElement p = ok(getProfiles(token, "All")).childOrNull(TR2, "Profiles");
    assertThat(p.attribute("fixed")).isEqualTo("false");
    assertThat(p.childText(TR2, "Name")).isEqualTo("testMedia2");
    assertThat(p.path(TR2, "Configurations", "VideoSource").attribute("token"))
        .isEqualTo("VideoSourceConfig_1");
    assertThat(p.path(TR2, "Configurations", "VideoEncoder").childText(TT, "UseCount"))
        .isEqualTo("2");
    ok(tr2("DeleteProfile", "Token", token));
    assertThat(fault(getProfiles(token), 400).hasSubcode("NoProfile")).isTrue();
    assertThat(fault(tr2("DeleteProfile", "Token", "Profile_1"), 500).codeChain())
        .isEqualTo("Receiver/ter:Action/ter:DeletionOfFixedProfile");
    XmlElement badRef =
        XmlElement.builder(TR2, "CreateProfile")
            .child(TR2, "Name", "x")
            .child(configuration("VideoEncoder", "nope"))
            .build();
    assertThat(fault(badRef, 400).codeChain()).isEqualTo("Sender/ter:InvalidArgVal/ter:NoConfig");
  }

  @Test
  void MEDIA2_1_1_6_and_1_1_7_fixedProfileCanBeEmptiedAndRefilled() {
    XmlElement before = ok(getProfiles("Profile_1", "All")).childOrNull(TR2, "Profiles");
    ok(
        XmlElement.builder(TR2, "RemoveConfiguration")
            .child(TR2, "ProfileToken", "Profile_1")
            .child(configuration("VideoSource", null))
            .child(configuration("VideoEncoder", null))
            .child(configuration("AudioSource", null))
            .build());
    XmlElement empty = ok(getProfiles("Profile_1", "All")).childOrNull(TR2, "Profiles");
    assertThat(empty.childOrNull(TR2, "Configurations").children()).isEmpty();
    ok(
        XmlElement.builder(TR2, "AddConfiguration")
            .child(TR2, "ProfileToken", "Profile_1")
            .child(configuration("VideoSource", "VideoSourceConfig_1"))
            .child(configuration("VideoEncoder", "VideoEncoder_1"))
            .build());
    XmlElement after = ok(getProfiles("Profile_1", "All")).childOrNull(TR2, "Profiles");
    assertThat(MediaServer.canonical(after)).isEqualTo(MediaServer.canonical(before));
  }

  @Test
  void MEDIA2_1_1_3_addConfigurationChecksTokensAndCanRename() {
    String token = ok(tr2("CreateProfile", "Name", "dyn")).childText(TR2, "Token");
    ok(
        XmlElement.builder(TR2, "AddConfiguration")
            .child(TR2, "ProfileToken", token)
            .child(TR2, "Name", "renamed")
            .child(configuration("Metadata", "MetadataConfig_1"))
            .build());
    XmlElement p = ok(getProfiles(token, "Metadata")).childOrNull(TR2, "Profiles");
    assertThat(p.childText(TR2, "Name")).isEqualTo("renamed");
    assertThat(p.path(TR2, "Configurations", "Metadata").attribute("token"))
        .isEqualTo("MetadataConfig_1");
    XmlElement bad =
        XmlElement.builder(TR2, "AddConfiguration")
            .child(TR2, "ProfileToken", token)
            .child(configuration("PTZ", "PTZ_1"))
            .build();
    assertThat(fault(bad, 400).hasSubcode("NoConfig")).isTrue();
    XmlElement noProfile =
        XmlElement.builder(TR2, "AddConfiguration")
            .child(TR2, "ProfileToken", "nope")
            .child(configuration("Metadata", "MetadataConfig_1"))
            .build();
    assertThat(fault(noProfile, 400).hasSubcode("NoProfile")).isTrue();
    for (int i = 4; i < 8; i++) {
      ok(tr2("CreateProfile", "Name", "p" + i));
    }
    assertThat(fault(tr2("CreateProfile", "Name", "too many"), 500).codeChain())
        .isEqualTo("Receiver/ter:Action/ter:MaxProfiles");
  }

  @Test
  void MEDIA2_2_2_2_and_2_2_6_videoSourceConfigurationsByTokenAndProfile() {
    assertThat(ok(tr2("GetVideoSourceConfigurations")).childrenLenient("Configurations"))
        .hasSize(1);
    assertThat(
            ok(tr2("GetVideoSourceConfigurations", "ConfigurationToken", "VideoSourceConfig_1"))
                .childrenLenient("Configurations"))
        .hasSize(1);
    assertThat(
            ok(tr2("GetVideoSourceConfigurations", "ProfileToken", "Profile_1"))
                .childrenLenient("Configurations"))
        .extracting(c -> c.attribute("token"))
        .contains("VideoSourceConfig_1");
    assertThat(
            fault(tr2("GetVideoSourceConfigurations", "ConfigurationToken", "nope"), 400)
                .codeChain())
        .isEqualTo("Sender/ter:InvalidArgVal/ter:NoConfig");
    XmlElement options =
        ok(tr2("GetVideoSourceConfigurationOptions", "ProfileToken", "Profile_1"))
            .childOrNull(TR2, "Options");
    assertThat(options.path(TT, "BoundsRange", "WidthRange", "Max").textTrim()).isEqualTo("1920");
  }

  @Test
  void MEDIA2_2_3_1_and_2_3_5_encoderConfigurationsAndOptions() {
    List<XmlElement> all =
        ok(tr2("GetVideoEncoderConfigurations")).childrenLenient("Configurations");
    assertThat(all)
        .extracting(c -> c.childText(TT, "Encoding"))
        .containsExactly("H265", "H264", "JPEG");
    List<XmlElement> forProfile =
        ok(tr2("GetVideoEncoderConfigurations", "ProfileToken", "Profile_1"))
            .childrenLenient("Configurations");
    assertThat(forProfile).extracting(c -> c.attribute("token")).contains("VideoEncoder_1");
    assertThat(
            fault(tr2("GetVideoEncoderConfigurations", "ConfigurationToken", "x"), 400)
                .hasSubcode("NoConfig"))
        .isTrue();
    List<XmlElement> options =
        ok(tr2("GetVideoEncoderConfigurationOptions")).childrenLenient("Options");
    assertThat(options)
        .extracting(o -> o.childText(TT, "Encoding"))
        .containsExactly("H265", "H264", "JPEG");
    for (XmlElement o : options) {
      float[] rates = floats(o.attribute("FrameRatesSupported"));
      for (int i = 1; i < rates.length; i++) {
        assertThat(rates[i]).isLessThan(rates[i - 1]);
      }
      if (!o.childText(TT, "Encoding").equals("JPEG")) {
        float[] gov = floats(o.attribute("GovLengthRange"));
        assertThat(gov).hasSize(2);
        assertThat(gov[0]).isLessThanOrEqualTo(gov[1]);
      }
    }
  }

  private static float[] floats(String list) {
    String[] parts = list.trim().split("\\s+");
    float[] out = new float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Float.parseFloat(parts[i]);
    }
    return out;
  }

  private static XmlElement setEncoder(String token, String encoding, int w, int h, String extra) {
    return xml(
        "<tr2:SetVideoEncoderConfiguration><tr2:Configuration token=\""
            + token
            + "\" "
            + extra
            + "><tt:Name>enc</tt:Name><tt:UseCount>1</tt:UseCount><tt:Encoding>"
            + encoding
            + "</tt:Encoding><tt:Resolution><tt:Width>"
            + w
            + "</tt:Width><tt:Height>"
            + h
            + "</tt:Height></tt:Resolution><tt:RateControl ConstantBitRate=\"true\">"
            + "<tt:FrameRateLimit>12</tt:FrameRateLimit><tt:BitrateLimit>1024</tt:BitrateLimit>"
            + "</tt:RateControl><tt:Quality>55</tt:Quality></tr2:Configuration>"
            + "</tr2:SetVideoEncoderConfiguration>");
  }

  @Test
  void MEDIA2_2_3_4_everyEncodingCanBeSetAndIsReadBack() {
    for (String encoding : List.of("H265", "H264", "JPEG")) {
      String extra = encoding.equals("JPEG") ? "" : "GovLength=\"24\" Profile=\"Main\"";
      ok(setEncoder("VideoEncoder_2", encoding, 1280, 720, extra));
      XmlElement c =
          ok(tr2("GetVideoEncoderConfigurations", "ConfigurationToken", "VideoEncoder_2"))
              .childOrNull(TR2, "Configurations");
      assertThat(c.childText(TT, "Encoding")).isEqualTo(encoding);
      assertThat(c.path(TT, "Resolution", "Width").textTrim()).isEqualTo("1280");
      assertThat(c.path(TT, "RateControl", "FrameRateLimit").textTrim()).isEqualTo("12");
      assertThat(c.attribute("GovLength")).isEqualTo(encoding.equals("JPEG") ? null : "24");
    }
    assertThat(fault(setEncoder("VideoEncoder_2", "MPV4-ES", 1280, 720, ""), 400).codeChain())
        .isEqualTo("Sender/ter:InvalidArgVal/ter:ConfigModify");
    assertThat(
            fault(setEncoder("VideoEncoder_2", "H264", 1281, 720, ""), 400)
                .hasSubcode("ConfigModify"))
        .isTrue();
    assertThat(
            fault(setEncoder("VideoEncoder_2", "H264", 1280, 720, "Profile=\"Main10\""), 400)
                .hasSubcode("ConfigModify"))
        .isTrue();
  }

  @Test
  void aChangeThroughMedia2IsSeenThroughMedia() {
    ok(setEncoder("VideoEncoder_2", "H264", 1280, 720, "GovLength=\"24\" Profile=\"Baseline\""));
    XmlElement media1 =
        server
            .ok(
                cam,
                OnvifService.MEDIA,
                trt("GetVideoEncoderConfiguration", "ConfigurationToken", "VideoEncoder_2"))
            .childOrNull(Namespaces.TRT, "Configuration");
    assertThat(media1.path(TT, "Resolution", "Width").textTrim()).isEqualTo("1280");
    assertThat(media1.path(TT, "H264", "H264Profile").textTrim()).isEqualTo("Baseline");
    assertThat(media1.path(TT, "RateControl", "BitrateLimit").textTrim()).isEqualTo("1024");

    server.ok(cam, OnvifService.MEDIA, trt("CreateProfile", "Name", "fromMedia1", "Token", "M1"));
    assertThat(ok(getProfiles("M1")).childOrNull(TR2, "Profiles").childText(TR2, "Name"))
        .isEqualTo("fromMedia1");

    // H.265 is Media2's only: switching VideoEncoder_2 to it hides Profile_2 from Media.
    ok(setEncoder("VideoEncoder_2", "H265", 1280, 720, "GovLength=\"24\" Profile=\"Main\""));
    List<XmlElement> media1Profiles =
        server.ok(cam, OnvifService.MEDIA, trt("GetProfiles")).childrenLenient("Profiles");
    assertThat(media1Profiles)
        .extracting(p -> p.attribute("token"))
        .containsExactly("Profile_3", "M1");
  }

  @Test
  void MEDIA2_5_1_2_encoderInstances() {
    XmlElement info =
        ok(tr2("GetVideoEncoderInstances", "ConfigurationToken", "VideoSourceConfig_1"))
            .childOrNull(TR2, "Info");
    assertThat(Integer.parseInt(info.childText(TR2, "Total"))).isPositive();
    assertThat(info.children(TR2, "Codec")).hasSize(3);
    assertThat(
            fault(tr2("GetVideoEncoderInstances", "ConfigurationToken", "x"), 400)
                .hasSubcode("NoConfig"))
        .isTrue();
  }

  @Test
  void MEDIA2_8_1_1_to_8_1_4_metadataConfigurations() {
    List<XmlElement> all = ok(tr2("GetMetadataConfigurations")).childrenLenient("Configurations");
    assertThat(all).hasSize(1);
    ok(tr2("GetMetadataConfigurationOptions", "ConfigurationToken", "MetadataConfig_1"));
    assertThat(
            fault(tr2("GetMetadataConfigurations", "ConfigurationToken", "nope"), 400).codeChain())
        .isEqualTo("Sender/ter:InvalidArgVal/ter:NoConfig");
    ok(
        xml(
            "<tr2:SetMetadataConfiguration><tr2:Configuration token=\"MetadataConfig_1\">"
                + "<tt:Name>meta</tt:Name><tt:UseCount>0</tt:UseCount><tt:Events/>"
                + "<tt:Analytics>false</tt:Analytics><tt:Multicast><tt:Address><tt:Type>IPv4"
                + "</tt:Type><tt:IPv4Address>239.0.0.9</tt:IPv4Address></tt:Address><tt:Port>7000"
                + "</tt:Port><tt:TTL>1</tt:TTL><tt:AutoStart>false</tt:AutoStart></tt:Multicast>"
                + "<tt:SessionTimeout>PT2M</tt:SessionTimeout></tr2:Configuration>"
                + "</tr2:SetMetadataConfiguration>"));
    XmlElement md =
        ok(tr2("GetMetadataConfigurations", "ConfigurationToken", "MetadataConfig_1"))
            .childOrNull(TR2, "Configurations");
    assertThat(md.childText(TT, "Name")).isEqualTo("meta");
    assertThat(md.childText(TT, "SessionTimeout")).isEqualTo("PT2M");
  }

  @Test
  void streamUrisPerProtocol() {
    String rtsp = "rtsp://127.0.0.1:8554/" + cam + "/Profile_1";
    for (String protocol : List.of("RtspUnicast", "RTSP")) {
      assertThat(
              ok(tr2("GetStreamUri", "Protocol", protocol, "ProfileToken", "Profile_1"))
                  .childText(TR2, "Uri"))
          .isEqualTo(rtsp);
    }
    String tunnel =
        ok(tr2("GetStreamUri", "Protocol", "RtspOverHttp", "ProfileToken", "Profile_1"))
            .childText(TR2, "Uri");
    assertThat(tunnel).isEqualTo(server.url(cam, "/rtsp-tunnel/" + cam + "/Profile_1"));
    assertThat(tunnel.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(128);
    for (String unsupported : List.of("RtspMulticast", "RtspsUnicast", "bogus")) {
      assertThat(
              fault(tr2("GetStreamUri", "Protocol", unsupported, "ProfileToken", "Profile_1"), 400)
                  .codeChain())
          .isEqualTo("Sender/ter:InvalidArgVal/ter:InvalidStreamSetup");
    }
    assertThat(
            fault(tr2("GetStreamUri", "Protocol", "RTSP", "ProfileToken", "nope"), 400)
                .hasSubcode("NoProfile"))
        .isTrue();
    assertThat(
            Arrays.asList(
                ok(tr2("SetSynchronizationPoint", "ProfileToken", "Profile_1")).children()))
        .hasSize(1);
  }
}
