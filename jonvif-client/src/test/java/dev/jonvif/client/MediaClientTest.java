package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.Resolution;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.model.VideoEncoderConfiguration;
import dev.jonvif.core.model.VideoEncoderOptions;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.FakeCamera;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.RecordedRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Encoder configurations and options over Media1 and Media2: the requests (including the
 * written-back configuration) are schema-valid, the answers mapped
 * (VIDEOENCODERCONFIGURATIONS-1..4, MEDIA2_VIDEOENCODERCONFIGURATION-1/2).
 */
class MediaClientTest {

  private static final String ENCODER1 =
      "<trt:Configurations token='ve1'><tt:Name>main</tt:Name><tt:UseCount>1</tt:UseCount>"
          + "<tt:Encoding>H264</tt:Encoding><tt:Resolution><tt:Width>1920</tt:Width><tt:Height>1080"
          + "</tt:Height></tt:Resolution><tt:Quality>5</tt:Quality><tt:RateControl>"
          + "<tt:FrameRateLimit>25</tt:FrameRateLimit><tt:EncodingInterval>1</tt:EncodingInterval>"
          + "<tt:BitrateLimit>4096</tt:BitrateLimit></tt:RateControl><tt:H264><tt:GovLength>50"
          + "</tt:GovLength><tt:H264Profile>Main</tt:H264Profile></tt:H264><tt:Multicast>"
          + "<tt:Address><tt:Type>IPv4</tt:Type><tt:IPv4Address>239.0.0.1</tt:IPv4Address>"
          + "</tt:Address><tt:Port>5000</tt:Port><tt:TTL>4</tt:TTL><tt:AutoStart>false"
          + "</tt:AutoStart></tt:Multicast><tt:SessionTimeout>PT30S</tt:SessionTimeout>"
          + "</trt:Configurations>";

  private static final String ENCODER2 =
      "<tr2:Configurations token='ve2' GovLength='60' Profile='Main'><tt:Name>main</tt:Name>"
          + "<tt:UseCount>1</tt:UseCount><tt:Encoding>H265</tt:Encoding><tt:Resolution><tt:Width>"
          + "3840</tt:Width><tt:Height>2160</tt:Height></tt:Resolution><tt:RateControl"
          + " ConstantBitRate='false'><tt:FrameRateLimit>20</tt:FrameRateLimit><tt:BitrateLimit>"
          + "8192</tt:BitrateLimit></tt:RateControl><tt:Quality>4</tt:Quality></tr2:Configurations>";

  private final FakeCamera fake = FakeCamera.start();
  private final OnvifCamera camera =
      OnvifCamera.builder(fake.deviceServiceUrl().toString()).build();
  private final URI endpoint = fake.url("/onvif/media");

  MediaClientTest() {
    fake.dispatcher(
        r ->
            switch (r.operation()) {
              case "GetVideoEncoderConfigurations" ->
                  FakeResponse.ok(
                      r.envelope().bodyElement().namespace().equals(Namespaces.TR2)
                          ? "<tr2:GetVideoEncoderConfigurationsResponse>"
                              + ENCODER2
                              + "</tr2:GetVideoEncoderConfigurationsResponse>"
                          : "<trt:GetVideoEncoderConfigurationsResponse>"
                              + ENCODER1
                              + "</trt:GetVideoEncoderConfigurationsResponse>");
              case "GetVideoEncoderConfigurationOptions" ->
                  FakeResponse.ok(
                      r.envelope().bodyElement().namespace().equals(Namespaces.TR2)
                          ? "<tr2:GetVideoEncoderConfigurationOptionsResponse><tr2:Options"
                              + " GovLengthRange='1 120' FrameRatesSupported='30 20 10'>"
                              + "<tt:Encoding>H265</tt:Encoding><tt:QualityRange><tt:Min>1</tt:Min>"
                              + "<tt:Max>6</tt:Max></tt:QualityRange><tt:ResolutionsAvailable>"
                              + "<tt:Width>3840</tt:Width><tt:Height>2160</tt:Height>"
                              + "</tt:ResolutionsAvailable><tt:BitrateRange><tt:Min>64</tt:Min>"
                              + "<tt:Max>16384</tt:Max></tt:BitrateRange></tr2:Options>"
                              + "</tr2:GetVideoEncoderConfigurationOptionsResponse>"
                          : "<trt:GetVideoEncoderConfigurationOptionsResponse><trt:Options>"
                              + "<tt:QualityRange><tt:Min>1</tt:Min><tt:Max>6</tt:Max>"
                              + "</tt:QualityRange><tt:H264><tt:ResolutionsAvailable><tt:Width>1280"
                              + "</tt:Width><tt:Height>720</tt:Height></tt:ResolutionsAvailable>"
                              + "<tt:GovLengthRange><tt:Min>1</tt:Min><tt:Max>100</tt:Max>"
                              + "</tt:GovLengthRange><tt:FrameRateRange><tt:Min>1</tt:Min><tt:Max>"
                              + "25</tt:Max></tt:FrameRateRange><tt:EncodingIntervalRange><tt:Min>1"
                              + "</tt:Min><tt:Max>1</tt:Max></tt:EncodingIntervalRange>"
                              + "<tt:H264ProfilesSupported>Main</tt:H264ProfilesSupported></tt:H264>"
                              + "</trt:Options></trt:GetVideoEncoderConfigurationOptionsResponse>");
              case "GetVideoEncoderConfiguration" ->
                  FakeResponse.ok(
                      "<trt:GetVideoEncoderConfigurationResponse>"
                          + ENCODER1.replace("trt:Configurations", "trt:Configuration")
                          + "</trt:GetVideoEncoderConfigurationResponse>");
              case "GetProfile" ->
                  FakeResponse.ok(
                      "<trt:GetProfileResponse><trt:Profile token='p1'><tt:Name>One</tt:Name>"
                          + "</trt:Profile></trt:GetProfileResponse>");
              case "GetProfiles" ->
                  FakeResponse.ok(
                      "<tr2:GetProfilesResponse><tr2:Profiles token='p1'><tr2:Name>One</tr2:Name>"
                          + "</tr2:Profiles></tr2:GetProfilesResponse>");
              case "GetStreamUri" ->
                  FakeResponse.ok(
                      "<tr2:GetStreamUriResponse><tr2:Uri>rtsp://cam/x</tr2:Uri>"
                          + "</tr2:GetStreamUriResponse>");
              default ->
                  FakeResponse.ok(
                      XmlElement.builder(
                              r.envelope().bodyElement().namespace(), r.operation() + "Response")
                          .build());
            });
  }

  @AfterEach
  void close() {
    camera.close();
    fake.close();
  }

  @Test
  void media1EncoderRoundTrip() {
    Media1Client m = new Media1Client(camera.transport(), endpoint, null);
    VideoEncoderConfiguration ve = m.videoEncoderConfigurations().get(0);
    assertThat(ve.multicast().port()).isEqualTo(5000);
    List<VideoEncoderOptions> options = m.videoEncoderOptions(ve.token(), null);
    assertThat(options.get(0).resolutions()).containsExactly(new Resolution(1280, 720));
    m.setVideoEncoder(ve.withResolution(options.get(0).resolutions().get(0)).withRates(15.0, 2048));
    assertThat(m.profile("p1").name()).isEqualTo("One");
    assertThat(m.videoEncoderConfiguration("ve1").sessionTimeout()).hasSeconds(30);
    List<RecordedRequest> rs = Requests.drainValid(fake);
    XmlElement set = rs.get(2).envelope().bodyElement();
    assertThat(set.localName()).isEqualTo("SetVideoEncoderConfiguration");
    assertThat(set.pathLenient("Configuration", "Resolution", "Width").textTrim())
        .isEqualTo("1280");
    assertThat(set.pathLenient("Configuration", "Multicast", "Port").textTrim()).isEqualTo("5000");
    assertThat(set.childTextLenient("ForcePersistence")).isEqualTo("true");
  }

  @Test
  void media2EncoderRoundTrip() {
    Media2Client m = new Media2Client(camera.transport(), endpoint, u -> u.replace("cam", "nat"));
    VideoEncoderConfiguration ve = m.videoEncoderConfigurations().get(0);
    assertThat(ve.encoding()).isEqualTo("H265");
    List<VideoEncoderOptions> options = m.videoEncoderOptions(null, "p1");
    assertThat(options.get(0).frameRates()).containsExactly(30.0, 20.0, 10.0);
    m.setVideoEncoder(ve.withGovLength(30).withQuality(3));
    MediaProfile p = m.profile("p1");
    assertThat(p.name()).isEqualTo("One");
    assertThat(m.streamUri("p1", StreamTransport.HTTP).uri()).isEqualTo("rtsp://nat/x");
    List<RecordedRequest> rs = Requests.drainValid(fake);
    XmlElement set = rs.get(2).envelope().bodyElement();
    assertThat(set.childLenient("Configuration").attribute("GovLength")).isEqualTo("30");
    XmlElement getProfiles = rs.get(3).envelope().bodyElement();
    assertThat(getProfiles.childTextLenient("Token")).isEqualTo("p1");
    assertThat(getProfiles.childTextLenient("Type")).isEqualTo("All");
    assertThat(rs.get(4).envelope().bodyElement().childTextLenient("Protocol"))
        .isEqualTo("RtspOverHttp");
  }
}
