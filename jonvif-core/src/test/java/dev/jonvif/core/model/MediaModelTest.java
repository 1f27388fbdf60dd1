package dev.jonvif.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaModelTest {

  private static XmlElement xml(String s) {
    return XmlParser.parse(s.getBytes(StandardCharsets.UTF_8));
  }

  private static final String NS =
      " xmlns:trt='http://www.onvif.org/ver10/media/wsdl'"
          + " xmlns:tr2='http://www.onvif.org/ver20/media/wsdl'"
          + " xmlns:tt='http://www.onvif.org/ver10/schema'";

  @Test
  void media1ProfileWithOneConfigurationOfEachKind() {
    List<MediaProfile> p =
        MediaResponses.profiles(
            xml(
                "<trt:GetProfilesResponse"
                    + NS
                    + "><trt:Profiles token='main' fixed='true'><tt:Name>Main</tt:Name>"
                    + "<tt:VideoSourceConfiguration token='vs'><tt:Name>VS</tt:Name>"
                    + "<tt:UseCount>2</tt:UseCount><tt:SourceToken>src</tt:SourceToken>"
                    + "<tt:Bounds x='0' y='0' width='1920' height='1080'/></tt:VideoSourceConfiguration>"
                    + "<tt:VideoEncoderConfiguration token='ve'><tt:Name>VE</tt:Name>"
                    + "<tt:UseCount>1</tt:UseCount><tt:Encoding>H264</tt:Encoding>"
                    + "<tt:Resolution><tt:Width>1920</tt:Width><tt:Height>1080</tt:Height></tt:Resolution>"
                    + "<tt:Quality>4.000000</tt:Quality><tt:RateControl><tt:FrameRateLimit>25"
                    + "</tt:FrameRateLimit><tt:EncodingInterval>1</tt:EncodingInterval>"
                    + "<tt:BitrateLimit>4096</tt:BitrateLimit></tt:RateControl>"
                    + "<tt:H264><tt:GovLength>50</tt:GovLength><tt:H264Profile>Main</tt:H264Profile>"
                    + "</tt:H264><tt:SessionTimeout>PT60S</tt:SessionTimeout>"
                    + "</tt:VideoEncoderConfiguration>"
                    + "<tt:PTZConfiguration token='ptz'><tt:Name>P</tt:Name><tt:NodeToken>n1"
                    + "</tt:NodeToken><tt:DefaultContinuousPanTiltVelocitySpace>"
                    + "http://www.onvif.org/ver10/tptz/PanTiltSpaces/VelocityGenericSpace"
                    + "</tt:DefaultContinuousPanTiltVelocitySpace></tt:PTZConfiguration>"
                    + "</trt:Profiles></trt:GetProfilesResponse>"));
    MediaProfile m = p.get(0);
    assertThat(m.token()).isEqualTo("main");
    assertThat(m.fixed()).isTrue();
    assertThat(m.videoSource().bounds()).isEqualTo(new IntRectangle(0, 0, 1920, 1080));
    VideoEncoderConfiguration ve = m.videoEncoder();
    assertThat(ve.encoding()).isEqualTo("H264");
    assertThat(ve.quality()).isEqualTo(4.0);
    assertThat(ve.rateControl().frameRateLimit()).isEqualTo(25.0);
    assertThat(ve.govLength()).isEqualTo(50);
    assertThat(ve.profile()).isEqualTo("Main");
    assertThat(ve.sessionTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(m.ptz().defaultContinuousPanTiltVelocitySpace()).endsWith("VelocityGenericSpace");
    assertThat(m.audioEncoder()).isNull();
  }

  @Test
  void media2ProfileWithConfigurations() {
    List<MediaProfile> p =
        MediaResponses.profiles(
            xml(
                "<tr2:GetProfilesResponse"
                    + NS
                    + "><tr2:Profiles token='p0' fixed='false'><tr2:Name>Main</tr2:Name>"
                    + "<tr2:Configurations><tr2:VideoSource token='vs'><tt:Name>VS</tt:Name>"
                    + "<tt:UseCount>1</tt:UseCount><tt:SourceToken>s</tt:SourceToken>"
                    + "<tt:Bounds x='0' y='0' width='3840' height='2160'/></tr2:VideoSource>"
                    + "<tr2:VideoEncoder token='ve' GovLength='60' Profile='Main'><tt:Name>VE</tt:Name>"
                    + "<tt:UseCount>1</tt:UseCount><tt:Encoding>H265</tt:Encoding>"
                    + "<tt:Resolution><tt:Width>3840</tt:Width><tt:Height>2160</tt:Height>"
                    + "</tt:Resolution><tt:RateControl ConstantBitRate='true'><tt:FrameRateLimit>"
                    + "12.5</tt:FrameRateLimit><tt:BitrateLimit>8192</tt:BitrateLimit>"
                    + "</tt:RateControl><tt:Quality>3</tt:Quality></tr2:VideoEncoder>"
                    + "</tr2:Configurations></tr2:Profiles></tr2:GetProfilesResponse>"));
    VideoEncoderConfiguration ve = p.get(0).videoEncoder();
    assertThat(ve.encoding()).isEqualTo("H265");
    assertThat(ve.govLength()).isEqualTo(60);
    assertThat(ve.rateControl().frameRateLimit()).isEqualTo(12.5);
    assertThat(ve.rateControl().constantBitRate()).isTrue();
    assertThat(p.get(0).videoSource().sourceToken()).isEqualTo("s");
  }

  @Test
  void profileWithoutTokenIsMalformed() {
    assertThatThrownBy(
            () ->
                MediaResponses.profiles(
                    xml(
                        "<trt:GetProfilesResponse"
                            + NS
                            + "><trt:Profiles/></trt:GetProfilesResponse>")))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void encoderWrittenBackForMedia1KeepsSchemaOrderAndRequiredParts() {
    VideoEncoderConfiguration ve =
        new VideoEncoderConfiguration(
                "ve",
                "VE",
                1,
                "H264",
                new Resolution(1280, 720),
                5.0,
                new RateControl(25.0, 1, 2048, null),
                30,
                "Main",
                null,
                null,
                null)
            .withResolution(new Resolution(640, 360))
            .withRates(15.0, null);
    String xml = XmlWriter.toXml(ve.toMedia1Element(Namespaces.TRT, "Configuration"));
    assertThat(xml)
        .containsSubsequence(
            "<tt:Name>VE</tt:Name>",
            "<tt:Encoding>H264</tt:Encoding>",
            "<tt:Width>640</tt:Width>",
            "<tt:Quality>5</tt:Quality>",
            "<tt:FrameRateLimit>15</tt:FrameRateLimit>",
            "<tt:BitrateLimit>2048</tt:BitrateLimit>",
            "<tt:GovLength>30</tt:GovLength>",
            "<tt:Multicast>",
            "<tt:SessionTimeout>PT1M</tt:SessionTimeout>");
  }

  @Test
  void encoderWrittenForMedia2UsesIanaNamesAndAttributes() {
    VideoEncoderConfiguration ve =
        new VideoEncoderConfiguration(
            "ve",
            "VE",
            1,
            "MPEG4",
            new Resolution(640, 480),
            3.0,
            new RateControl(10.0, null, 512, false),
            20,
            "SP",
            null,
            null,
            null);
    XmlElement e = ve.toMedia2Element(Namespaces.TR2, "Configuration");
    assertThat(e.attribute("GovLength")).isEqualTo("20");
    assertThat(e.childText(Namespaces.TT, "Encoding")).isEqualTo("MPV4-ES");
    // Quality comes last in Media2.
    assertThat(e.children().get(e.children().size() - 1).localName()).isEqualTo("Quality");
    assertThat(VideoEncoderConfiguration.fromMedia2Element(e).encoding()).isEqualTo("MPEG4");
  }

  @Test
  void media1EncoderOptionsBecomeOneEntryPerCodec() {
    List<VideoEncoderOptions> o =
        VideoEncoderOptions.listFromResponse(
            xml(
                "<trt:GetVideoEncoderConfigurationOptionsResponse"
                    + NS
                    + "><trt:Options><tt:QualityRange><tt:Min>1</tt:Min><tt:Max>6</tt:Max>"
                    + "</tt:QualityRange><tt:JPEG><tt:ResolutionsAvailable><tt:Width>640</tt:Width>"
                    + "<tt:Height>480</tt:Height></tt:ResolutionsAvailable><tt:FrameRateRange>"
                    + "<tt:Min>1</tt:Min><tt:Max>15</tt:Max></tt:FrameRateRange>"
                    + "<tt:EncodingIntervalRange><tt:Min>1</tt:Min><tt:Max>1</tt:Max>"
                    + "</tt:EncodingIntervalRange></tt:JPEG><tt:H264><tt:ResolutionsAvailable>"
                    + "<tt:Width>1920</tt:Width><tt:Height>1080</tt:Height></tt:ResolutionsAvailable>"
                    + "<tt:ResolutionsAvailable><tt:Width>1280</tt:Width><tt:Height>720</tt:Height>"
                    + "</tt:ResolutionsAvailable><tt:GovLengthRange><tt:Min>1</tt:Min><tt:Max>100"
                    + "</tt:Max></tt:GovLengthRange><tt:FrameRateRange><tt:Min>1</tt:Min><tt:Max>30"
                    + "</tt:Max></tt:FrameRateRange><tt:EncodingIntervalRange><tt:Min>1</tt:Min>"
                    + "<tt:Max>1</tt:Max></tt:EncodingIntervalRange><tt:H264ProfilesSupported>Main"
                    + "</tt:H264ProfilesSupported><tt:H264ProfilesSupported>High"
                    + "</tt:H264ProfilesSupported></tt:H264><tt:Extension><tt:H264>"
                    + "<tt:BitrateRange><tt:Min>64</tt:Min><tt:Max>8192</tt:Max></tt:BitrateRange>"
                    + "</tt:H264></tt:Extension></trt:Options>"
                    + "</trt:GetVideoEncoderConfigurationOptionsResponse>"));
    assertThat(o).extracting(VideoEncoderOptions::encoding).containsExactly("JPEG", "H264");
    VideoEncoderOptions h264 = o.get(1);
    assertThat(h264.resolutions())
        .containsExactly(new Resolution(1920, 1080), new Resolution(1280, 720));
    assertThat(h264.govLength()).isEqualTo(new Range(1, 100));
    assertThat(h264.bitrate()).isEqualTo(new Range(64, 8192));
    assertThat(h264.profiles()).containsExactly("Main", "High");
    assertThat(h264.quality()).isEqualTo(new Range(1, 6));
  }

  @Test
  void media2EncoderOptionsReadListAttributes() {
    List<VideoEncoderOptions> o =
        VideoEncoderOptions.listFromResponse(
            xml(
                "<tr2:GetVideoEncoderConfigurationOptionsResponse"
                    + NS
                    + "><tr2:Options GovLengthRange='1 150' FrameRatesSupported='25 12.5 6'"
                    + " ProfilesSupported='Main Main10'><tt:Encoding>H265</tt:Encoding>"
                    + "<tt:QualityRange><tt:Min>0</tt:Min><tt:Max>100</tt:Max></tt:QualityRange>"
                    + "<tt:ResolutionsAvailable><tt:Width>3840</tt:Width><tt:Height>2160</tt:Height>"
                    + "</tt:ResolutionsAvailable><tt:BitrateRange><tt:Min>256</tt:Min><tt:Max>16384"
                    + "</tt:Max></tt:BitrateRange></tr2:Options>"
                    + "</tr2:GetVideoEncoderConfigurationOptionsResponse>"));
    VideoEncoderOptions h265 = o.get(0);
    assertThat(h265.encoding()).isEqualTo("H265");
    assertThat(h265.frameRates()).containsExactly(25.0, 12.5, 6.0);
    assertThat(h265.frameRate()).isEqualTo(new Range(6, 25));
    assertThat(h265.govLength()).isEqualTo(new Range(1, 150));
    assertThat(h265.profiles()).containsExactly("Main", "Main10");
  }

  @Test
  void streamUriOfBothVersions() {
    assertThat(
            MediaUri.fromResponse(
                xml(
                    "<trt:GetStreamUriResponse"
                        + NS
                        + "><trt:MediaUri><tt:Uri> rtsp://cam/1 </tt:Uri><tt:InvalidAfterConnect>true"
                        + "</tt:InvalidAfterConnect><tt:InvalidAfterReboot>false</tt:InvalidAfterReboot>"
                        + "<tt:Timeout>PT0S</tt:Timeout></trt:MediaUri></trt:GetStreamUriResponse>")))
        .isEqualTo(new MediaUri("rtsp://cam/1", true, false, Duration.ZERO));
    assertThat(
            MediaUri.fromResponse(
                xml(
                    "<tr2:GetStreamUriResponse"
                        + NS
                        + "><tr2:Uri>rtsp://cam/2</tr2:Uri></tr2:GetStreamUriResponse>")))
        .isEqualTo(MediaUri.of("rtsp://cam/2"));
    assertThatThrownBy(() -> MediaUri.fromResponse(xml("<tr2:GetStreamUriResponse" + NS + "/>")))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void encodingNamesAreNormalised() {
    assertThat(VideoEncoding.normalize(" h.264 ")).isEqualTo("H264");
    assertThat(VideoEncoding.normalize("HEVC")).isEqualTo("H265");
    assertThat(VideoEncoding.normalize("MPV4-ES")).isEqualTo("MPEG4");
    assertThat(VideoEncoding.toMedia2("MPEG4")).isEqualTo("MPV4-ES");
  }
}
