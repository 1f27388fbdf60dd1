package dev.jonvif.device.media;

import static dev.jonvif.device.media.MediaServer.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.VideoEncoding;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigurationReaderTest {

  private final MediaState state = TestCameras.state(TestCameras.h264("cam"));
  private final MediaPersona persona = state.persona();
  private final VideoEncoderConfiguration jpeg =
      state.model().videoEncoderConfiguration("VideoEncoder_3");

  private static XmlElement media1(String encoding, String width, String extra) {
    return xml(
        "<trt:Configuration token=\"VideoEncoder_3\"><tt:Name>n</tt:Name>"
            + "<tt:UseCount>7</tt:UseCount><tt:Encoding>"
            + encoding
            + "</tt:Encoding><tt:Resolution><tt:Width>"
            + width
            + "</tt:Width><tt:Height>360</tt:Height></tt:Resolution><tt:Quality>50</tt:Quality>"
            + extra
            + "</trt:Configuration>");
  }

  private static void assertConfigModify(Runnable r) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            SoapFaultException.class, e -> assertThat(e.hasSubcode("ConfigModify")).isTrue());
  }

  @Test
  void optionalElementsLeftOutKeepTheirValues() {
    VideoEncoderConfiguration c =
        ConfigurationReader.media1Encoder(media1("JPEG", "640", ""), jpeg, persona);
    assertThat(c.name()).isEqualTo("n");
    assertThat(c.quality()).isEqualTo(50f);
    assertThat(c.frameRateLimit()).isEqualTo(jpeg.frameRateLimit());
    assertThat(c.multicast()).isEqualTo(jpeg.multicast());
    assertThat(c.sessionTimeout()).isEqualTo(jpeg.sessionTimeout());
  }

  @Test
  void switchingToH264WithoutH264SettingsPicksValidOnes() {
    VideoEncoderConfiguration c =
        ConfigurationReader.media1Encoder(media1("H264", "640", ""), jpeg, persona);
    assertThat(c.encoding()).isEqualTo(VideoEncoding.H264);
    state.setVideoEncoderConfiguration(MediaApi.MEDIA1, c);
    assertThat(state.model().videoEncoderConfiguration("VideoEncoder_3").profile())
        .isIn("Baseline", "Main", "High");
  }

  @Test
  void unreadableValuesAreConfigModify() {
    assertConfigModify(
        () -> ConfigurationReader.media1Encoder(media1("JPEG", "wide", ""), jpeg, persona));
    assertConfigModify(
        () -> ConfigurationReader.media1Encoder(media1("MPEG4", "640", ""), jpeg, persona));
    assertConfigModify(
        () -> ConfigurationReader.media1Encoder(media1("H265", "640", ""), jpeg, persona));
    assertConfigModify(
        () ->
            ConfigurationReader.media1Encoder(
                media1("JPEG", "640", "<tt:SessionTimeout>-PT5S</tt:SessionTimeout>"),
                jpeg,
                persona));
    XmlElement longName =
        xml(
            "<trt:Configuration token=\"VideoEncoder_3\"><tt:Name>"
                + "x".repeat(65)
                + "</tt:Name><tt:Encoding>JPEG</tt:Encoding></trt:Configuration>");
    assertConfigModify(() -> ConfigurationReader.media1Encoder(longName, jpeg, persona));
  }

  @Test
  void sessionTimeoutsAreReadAsXsDurations() {
    VideoEncoderConfiguration c =
        ConfigurationReader.media1Encoder(
            media1("JPEG", "640", "<tt:SessionTimeout>PT1M30S</tt:SessionTimeout>"), jpeg, persona);
    assertThat(c.sessionTimeout()).isEqualTo(Duration.ofSeconds(90));
  }

  @Test
  void media2FrameRatesMustBeWholeNumbers() {
    XmlElement e =
        xml(
            "<tr2:Configuration token=\"VideoEncoder_3\"><tt:Name>n</tt:Name><tt:UseCount>1"
                + "</tt:UseCount><tt:Encoding>JPEG</tt:Encoding><tt:Resolution><tt:Width>640"
                + "</tt:Width><tt:Height>360</tt:Height></tt:Resolution><tt:RateControl>"
                + "<tt:FrameRateLimit>12.5</tt:FrameRateLimit><tt:BitrateLimit>1000"
                + "</tt:BitrateLimit></tt:RateControl><tt:Quality>50</tt:Quality>"
                + "</tr2:Configuration>");
    assertConfigModify(() -> ConfigurationReader.media2Encoder(e, jpeg, persona));
  }
}
