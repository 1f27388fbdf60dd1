package dev.jonvif.device.media;

import static dev.jonvif.device.media.MediaServer.tr2;
import static dev.jonvif.device.media.MediaServer.trt;
import static dev.jonvif.device.media.MediaServer.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlWriter;
import dev.jonvif.device.OnvifService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MEDIA-2-x and MEDIA2-2-2-x consistency cases: what GetProfiles says about a configuration
 * agrees with the configuration lists, the options and the video sources, and use counts follow the
 * profiles.
 */
class MediaConsistencyTest {

  private static final String TT = Namespaces.TT;
  private static final String TRT = Namespaces.TRT;
  private static final String TR2 = Namespaces.TR2;

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

  MediaConsistencyTest() {
    cam = "mc-" + (++cameraCount);
    server.add(TestCameras.h264(cam));
  }

  private XmlElement media1(XmlElement body) {
    return server.ok(cam, OnvifService.MEDIA, body);
  }

  private XmlElement media2(XmlElement body) {
    return server.ok(cam, OnvifService.MEDIA2, body);
  }

  private static String text(XmlElement e) {
    return XmlWriter.toXml(e);
  }

  /** Same attributes and the same children, whatever the element's own name. */
  private static void assertSameContent(XmlElement a, XmlElement b) {
    assertThat(a.attributes()).isEqualTo(b.attributes());
    assertThat(a.children().stream().map(MediaConsistencyTest::text).toList())
        .isEqualTo(b.children().stream().map(MediaConsistencyTest::text).toList());
  }

  /** Configurations by token, failing on a repeated token. */
  private static Map<String, XmlElement> byToken(List<XmlElement> configurations) {
    Map<String, XmlElement> out = new LinkedHashMap<>();
    for (XmlElement c : configurations) {
      assertThat(out.put(c.attribute("token"), c)).as("repeated token").isNull();
    }
    return out;
  }

  /** Asserts each profile's {@code element} appears, identical, in {@code list}. */
  private static void profilesAgreeWith(
      List<XmlElement> profiles, String ns, String element, Map<String, XmlElement> list) {
    for (XmlElement p : profiles) {
      XmlElement inProfile = p.childOrNull(ns, element);
      if (inProfile != null) {
        XmlElement listed = list.get(inProfile.attribute("token"));
        assertThat(listed).as(inProfile.attribute("token")).isNotNull();
        assertSameContent(inProfile, listed);
      }
    }
  }

  private List<XmlElement> profiles() {
    return media1(trt("GetProfiles")).children(TRT, "Profiles");
  }

  @Test
  void MEDIA_2_2_1_and_2_3_1_profilesAndConfigurationListsAgree() {
    Map<String, XmlElement> sources =
        byToken(media1(trt("GetVideoSourceConfigurations")).children(TRT, "Configurations"));
    Map<String, XmlElement> encoders =
        byToken(media1(trt("GetVideoEncoderConfigurations")).children(TRT, "Configurations"));
    profilesAgreeWith(profiles(), TT, "VideoSourceConfiguration", sources);
    profilesAgreeWith(profiles(), TT, "VideoEncoderConfiguration", encoders);
  }

  @Test
  void MEDIA_2_2_3_4_and_5_sourceConfigurationsFitTheirOptionsAndSources() {
    Set<String> sources = new HashSet<>();
    for (XmlElement s : media1(trt("GetVideoSources")).children(TRT, "VideoSources")) {
      assertThat(sources.add(s.attribute("token"))).isTrue();
    }
    List<XmlElement> configurations = new ArrayList<>();
    configurations.addAll(
        media1(trt("GetVideoSourceConfigurations")).children(TRT, "Configurations"));
    for (XmlElement p : profiles()) {
      configurations.add(p.childOrNull(TT, "VideoSourceConfiguration"));
    }
    for (XmlElement c : configurations) {
      assertThat(sources).contains(c.childText(TT, "SourceToken"));
      XmlElement options =
          media1(
                  trt(
                      "GetVideoSourceConfigurationOptions",
                      "ConfigurationToken",
                      c.attribute("token")))
              .childOrNull(TRT, "Options");
      assertThat(options.children(TT, "VideoSourceTokensAvailable"))
          .extracting(XmlElement::textTrim)
          .contains(c.childText(TT, "SourceToken"));
      assertBoundsFit(c.childOrNull(TT, "Bounds"), options.childOrNull(TT, "BoundsRange"));
    }
  }

  private static void assertBoundsFit(XmlElement bounds, XmlElement range) {
    for (String[] axis :
        new String[][] {
          {"x", "XRange"}, {"y", "YRange"}, {"width", "WidthRange"}, {"height", "HeightRange"}
        }) {
      int value = Integer.parseInt(bounds.attribute(axis[0]));
      XmlElement r = range.childOrNull(TT, axis[1]);
      int min = Integer.parseInt(r.childText(TT, "Min"));
      int max = Integer.parseInt(r.childText(TT, "Max"));
      assertThat(min).isLessThanOrEqualTo(max);
      assertThat(value).as(axis[0]).isBetween(min, max);
    }
  }

  @Test
  void MEDIA_2_2_16_useCountCannotBeSetByAClient() {
    XmlElement vsc =
        media1(trt("GetVideoSourceConfigurations")).children(TRT, "Configurations").get(0);
    String useCount = vsc.childText(TT, "UseCount");
    String changed =
        text(vsc)
            .replaceFirst("^<\\?xml[^>]*\\?>", "")
            .replace(
                "UseCount>" + useCount + "<", "UseCount>" + (Integer.parseInt(useCount) + 5) + "<");
    media1(
        xml(
            "<trt:SetVideoSourceConfiguration>"
                + changed.replaceAll("trt:Configurations", "trt:Configuration")
                + "<trt:ForcePersistence>true</trt:ForcePersistence>"
                + "</trt:SetVideoSourceConfiguration>"));
    XmlElement after =
        media1(trt("GetVideoSourceConfiguration", "ConfigurationToken", vsc.attribute("token")))
            .childOrNull(TRT, "Configuration");
    assertThat(after.childText(TT, "UseCount")).isEqualTo(useCount);
  }

  private String encoderUseCount(String token) {
    return media1(trt("GetVideoEncoderConfiguration", "ConfigurationToken", token))
        .childOrNull(TRT, "Configuration")
        .childText(TT, "UseCount");
  }

  @Test
  void MEDIA_2_3_5_encoderUseCountIsTheNumberOfProfilesUsingIt() {
    for (XmlElement vec :
        media1(trt("GetVideoEncoderConfigurations")).children(TRT, "Configurations")) {
      String token = vec.attribute("token");
      long users =
          profiles().stream()
              .map(p -> p.childOrNull(TT, "VideoEncoderConfiguration"))
              .filter(c -> c != null && token.equals(c.attribute("token")))
              .count();
      assertThat(vec.childText(TT, "UseCount")).isEqualTo(Long.toString(users));
      assertThat(encoderUseCount(token)).isEqualTo(Long.toString(users));
    }
  }

  @Test
  void MEDIA_2_1_2_compatibleEncodersAreListedEncoders() {
    Map<String, XmlElement> encoders =
        byToken(media1(trt("GetVideoEncoderConfigurations")).children(TRT, "Configurations"));
    for (XmlElement p : profiles()) {
      List<XmlElement> compatible =
          media1(
                  trt(
                      "GetCompatibleVideoEncoderConfigurations",
                      "ProfileToken",
                      p.attribute("token")))
              .children(TRT, "Configurations");
      assertThat(compatible).isNotEmpty();
      assertThat(encoders.keySet())
          .containsAll(compatible.stream().map(c -> c.attribute("token")).toList());
    }
  }

  @Test
  void MEDIA_2_1_7_guaranteedInstancesAgreeWithTheEncoderOptions() {
    XmlElement vsc =
        media1(trt("GetVideoSourceConfigurations")).children(TRT, "Configurations").get(0);
    XmlElement guaranteed =
        media1(
            trt(
                "GetGuaranteedNumberOfVideoEncoderInstances",
                "ConfigurationToken",
                vsc.attribute("token")));
    int total = Integer.parseInt(guaranteed.childText(TRT, "TotalNumber"));
    assertThat(total).isPositive();
    XmlElement options =
        media1(trt("GetVideoEncoderConfigurationOptions")).childOrNull(TRT, "Options");
    for (String encoding : List.of("JPEG", "H264")) {
      String n = guaranteed.childText(TRT, encoding);
      if (n != null) {
        assertThat(options.childOrNull(TT, encoding)).as(encoding).isNotNull();
        assertThat(Integer.parseInt(n)).isBetween(0, total);
      }
    }
  }

  /** A Media1 SetVideoEncoderConfiguration for {@code encoding} at the first offered size. */
  private XmlElement setEncoding(String token, String encoding, XmlElement options) {
    XmlElement size = options.path(TT, encoding, "ResolutionsAvailable");
    String h264 =
        encoding.equals("H264")
            ? "<tt:H264><tt:GovLength>25</tt:GovLength><tt:H264Profile>"
                + options.path(TT, "H264", "H264ProfilesSupported").textTrim()
                + "</tt:H264Profile></tt:H264>"
            : "";
    return xml(
        "<trt:SetVideoEncoderConfiguration><trt:Configuration token=\""
            + token
            + "\"><tt:Name>"
            + encoding
            + "</tt:Name><tt:UseCount>1</tt:UseCount><tt:Encoding>"
            + encoding
            + "</tt:Encoding><tt:Resolution><tt:Width>"
            + size.childText(TT, "Width")
            + "</tt:Width><tt:Height>"
            + size.childText(TT, "Height")
            + "</tt:Height></tt:Resolution><tt:Quality>"
            + options.path(TT, "QualityRange", "Min").textTrim()
            + "</tt:Quality><tt:RateControl><tt:FrameRateLimit>5</tt:FrameRateLimit>"
            + "<tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>1024</tt:BitrateLimit>"
            + "</tt:RateControl>"
            + h264
            + "<tt:Multicast><tt:Address><tt:Type>IPv4</tt:Type><tt:IPv4Address>0.0.0.0"
            + "</tt:IPv4Address></tt:Address><tt:Port>0</tt:Port><tt:TTL>1</tt:TTL>"
            + "<tt:AutoStart>false</tt:AutoStart></tt:Multicast><tt:SessionTimeout>PT60S"
            + "</tt:SessionTimeout></trt:Configuration><trt:ForcePersistence>true"
            + "</trt:ForcePersistence></trt:SetVideoEncoderConfiguration>");
  }

  @Test
  void MEDIA_2_3_12_and_18_everyEncoderTakesEverySupportedEncoding() {
    for (XmlElement vec :
        media1(trt("GetVideoEncoderConfigurations")).children(TRT, "Configurations")) {
      String token = vec.attribute("token");
      XmlElement options =
          media1(trt("GetVideoEncoderConfigurationOptions", "ConfigurationToken", token))
              .childOrNull(TRT, "Options");
      for (String encoding : List.of("JPEG", "H264")) {
        if (options.childOrNull(TT, encoding) == null) {
          continue;
        }
        media1(setEncoding(token, encoding, options));
        XmlElement after =
            media1(trt("GetVideoEncoderConfiguration", "ConfigurationToken", token))
                .childOrNull(TRT, "Configuration");
        assertThat(after.childText(TT, "Encoding")).isEqualTo(encoding);
        assertThat(after.path(TT, "Resolution", "Width").textTrim())
            .isEqualTo(options.path(TT, encoding, "ResolutionsAvailable", "Width").textTrim());
      }
    }
  }

  @Test
  void MEDIA_2_3_15_and_16_useCountFollowsRemovalAndProfileDeletion() {
    String vsc =
        media1(trt("GetVideoSourceConfigurations"))
            .children(TRT, "Configurations")
            .get(0)
            .attribute("token");
    String vec =
        media1(trt("GetVideoEncoderConfigurations"))
            .children(TRT, "Configurations")
            .get(0)
            .attribute("token");
    String before = encoderUseCount(vec);
    for (boolean deleteProfile : new boolean[] {false, true}) {
      media1(trt("CreateProfile", "Name", "uc", "Token", "UC"));
      media1(trt("AddVideoSourceConfiguration", "ProfileToken", "UC", "ConfigurationToken", vsc));
      media1(trt("AddVideoEncoderConfiguration", "ProfileToken", "UC", "ConfigurationToken", vec));
      assertThat(encoderUseCount(vec)).isEqualTo(Integer.toString(Integer.parseInt(before) + 1));
      if (deleteProfile) {
        media1(trt("DeleteProfile", "ProfileToken", "UC"));
      } else {
        media1(trt("RemoveVideoEncoderConfiguration", "ProfileToken", "UC"));
        assertThat(encoderUseCount(vec)).isEqualTo(before);
        media1(trt("DeleteProfile", "ProfileToken", "UC"));
      }
      assertThat(encoderUseCount(vec)).isEqualTo(before);
    }
  }

  @Test
  void MEDIA_2_2_2_and_2_3_2_eachListedConfigurationIsWhatGetConfigurationSays() {
    for (XmlElement c :
        media1(trt("GetVideoSourceConfigurations")).children(TRT, "Configurations")) {
      assertSameContent(
          c,
          media1(trt("GetVideoSourceConfiguration", "ConfigurationToken", c.attribute("token")))
              .childOrNull(TRT, "Configuration"));
    }
    for (XmlElement c :
        media1(trt("GetVideoEncoderConfigurations")).children(TRT, "Configurations")) {
      assertSameContent(
          c,
          media1(trt("GetVideoEncoderConfiguration", "ConfigurationToken", c.attribute("token")))
              .childOrNull(TRT, "Configuration"));
    }
  }

  // ---- Media2

  /** Asserts a Media2 encoder configuration fits one of the options for its encoding. */
  private static void assertFitsMedia2Options(XmlElement vec, List<XmlElement> options) {
    XmlElement o =
        options.stream()
            .filter(x -> vec.childText(TT, "Encoding").equals(x.childText(TT, "Encoding")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no options for " + text(vec)));
    String w = vec.path(TT, "Resolution", "Width").textTrim();
    String h = vec.path(TT, "Resolution", "Height").textTrim();
    assertThat(o.children(TT, "ResolutionsAvailable"))
        .anySatisfy(
            r -> {
              assertThat(r.childText(TT, "Width")).isEqualTo(w);
              assertThat(r.childText(TT, "Height")).isEqualTo(h);
            });
    float quality = Float.parseFloat(vec.childText(TT, "Quality"));
    assertThat(quality)
        .isBetween(
            Float.parseFloat(o.path(TT, "QualityRange", "Min").textTrim()),
            Float.parseFloat(o.path(TT, "QualityRange", "Max").textTrim()));
  }

  @Test
  void MEDIA2_2_3_2_and_3_encoderConfigurationsFitTheirOptions() {
    for (XmlElement vec :
        media2(tr2("GetVideoEncoderConfigurations")).children(TR2, "Configurations")) {
      assertFitsMedia2Options(
          vec,
          media2(
                  tr2(
                      "GetVideoEncoderConfigurationOptions",
                      "ConfigurationToken",
                      vec.attribute("token")))
              .children(TR2, "Options"));
    }
    for (XmlElement p : media2(tr2("GetProfiles", "Type", "All")).children(TR2, "Profiles")) {
      XmlElement vec = p.path(TR2, "Configurations", "VideoEncoder");
      if (vec != null) {
        assertFitsMedia2Options(
            vec,
            media2(tr2("GetVideoEncoderConfigurationOptions", "ProfileToken", p.attribute("token")))
                .children(TR2, "Options"));
      }
    }
  }

  @Test
  void MEDIA2_2_2_1_3_4_and_7_sourceConfigurationOptionsAreSaneAndFit() {
    List<XmlElement> configurations =
        media2(tr2("GetVideoSourceConfigurations")).children(TR2, "Configurations");
    assertThat(configurations).isNotEmpty();
    Map<String, XmlElement> listed = byToken(configurations);
    for (XmlElement p : media2(tr2("GetProfiles", "Type", "All")).children(TR2, "Profiles")) {
      XmlElement vs = p.path(TR2, "Configurations", "VideoSource");
      XmlElement same = listed.get(vs.attribute("token"));
      assertSameContent(vs, same);
      XmlElement options =
          media2(tr2("GetVideoSourceConfigurationOptions", "ProfileToken", p.attribute("token")))
              .childOrNull(TR2, "Options");
      assertThat(options.children(TT, "VideoSourceTokensAvailable"))
          .extracting(XmlElement::textTrim)
          .contains(vs.childText(TT, "SourceToken"));
      assertBoundsFit(vs.childOrNull(TT, "Bounds"), options.childOrNull(TT, "BoundsRange"));
    }
    for (XmlElement c : configurations) {
      XmlElement options =
          media2(
                  tr2(
                      "GetVideoSourceConfigurationOptions",
                      "ConfigurationToken",
                      c.attribute("token")))
              .childOrNull(TR2, "Options");
      assertBoundsFit(c.childOrNull(TT, "Bounds"), options.childOrNull(TT, "BoundsRange"));
    }
  }
}
