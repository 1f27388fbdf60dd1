package dev.jonvif.device.media;

import static dev.jonvif.device.media.MediaServer.tr2;
import static dev.jonvif.device.media.MediaServer.trt;
import static dev.jonvif.device.media.MediaServer.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.StateStorage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots over HTTP, a Media2-only camera, and media state surviving a restart. */
class MediaSnapshotAndRestartTest {

  private static BufferedImage jpeg(MediaServer.Answer a) throws IOException {
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.header("Content-Type")).isEqualTo("image/jpeg");
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(a.body()));
    assertThat(img).isNotNull();
    return img;
  }

  @Test
  void MEDIA_6_1_1_snapshotIsAJpegAtTheProfileResolutionBehindDigest() throws IOException {
    try (MediaServer server = new MediaServer()) {
      server.add(TestCameras.h264("snap"));
      XmlElement uri =
          server
              .ok("snap", OnvifService.MEDIA, trt("GetSnapshotUri", "ProfileToken", "Profile_2"))
              .childOrNull(Namespaces.TRT, "MediaUri");
      assertThat(uri.childText(Namespaces.TT, "InvalidAfterReboot")).isEqualTo("false");
      String url = uri.childText(Namespaces.TT, "Uri");
      assertThat(url).isEqualTo(server.url("snap", "/onvif/snapshot/Profile_2"));

      MediaServer.Answer anonymous = server.get(url, null);
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.header("WWW-Authenticate")).startsWith("Digest ");
      assertThat(
              server.get(url, new dev.jonvif.core.security.Credentials("admin", "wrong")).status())
          .isEqualTo(401);

      BufferedImage img = jpeg(server.get(url, MediaServer.VIEWER));
      assertThat(img.getWidth()).isEqualTo(640);
      assertThat(img.getHeight()).isEqualTo(360);

      // The snapshot follows the encoder's resolution.
      server.ok(
          "snap",
          OnvifService.MEDIA2,
          xml(
              "<tr2:SetVideoEncoderConfiguration><tr2:Configuration token=\"VideoEncoder_2\""
                  + " GovLength=\"30\" Profile=\"Main\"><tt:Name>sub</tt:Name><tt:UseCount>1"
                  + "</tt:UseCount><tt:Encoding>H264</tt:Encoding><tt:Resolution><tt:Width>320"
                  + "</tt:Width><tt:Height>240</tt:Height></tt:Resolution><tt:Quality>50"
                  + "</tt:Quality></tr2:Configuration></tr2:SetVideoEncoderConfiguration>"));
      BufferedImage smaller = jpeg(server.get(url, MediaServer.ADMIN));
      assertThat(smaller.getWidth()).isEqualTo(320);
      assertThat(smaller.getHeight()).isEqualTo(240);

      assertThat(server.get(server.url("snap", "/onvif/snapshot/nope"), MediaServer.ADMIN).status())
          .isEqualTo(404);
    }
  }

  @Test
  void MEDIA2_5_1_1_media2OnlyCameraHasH265ProfilesAndSnapshotsButNoMedia() throws IOException {
    try (MediaServer server = new MediaServer()) {
      server.add(TestCameras.media2Only("hevc"));
      XmlElement services =
          server.ok(
              "hevc",
              OnvifService.DEVICE,
              xml(
                  "<tds:GetServices><tds:IncludeCapability>false</tds:IncludeCapability></tds:GetServices>"),
              null);
      assertThat(services.childrenLenient("Service"))
          .extracting(s -> s.childTextLenient("Namespace"))
          .contains(Namespaces.TR2)
          .doesNotContain(Namespaces.TRT);
      assertThat(
              server
                  .fault("hevc", OnvifService.MEDIA, trt("GetProfiles"), 500)
                  .hasSubcode("ActionNotSupported"))
          .isTrue();

      XmlElement main =
          server
              .ok("hevc", OnvifService.MEDIA2, profiles("Profile_1"))
              .childOrNull(Namespaces.TR2, "Profiles");
      assertThat(
              main.path(Namespaces.TR2, "Configurations", "VideoEncoder")
                  .childText(Namespaces.TT, "Encoding"))
          .isEqualTo("H265");
      String url =
          server
              .ok("hevc", OnvifService.MEDIA2, tr2("GetSnapshotUri", "ProfileToken", "Profile_1"))
              .childText(Namespaces.TR2, "Uri");
      BufferedImage img = jpeg(server.get(url, MediaServer.ADMIN));
      assertThat(img.getWidth()).isEqualTo(2560);
      assertThat(img.getHeight()).isEqualTo(1440);
    }
  }

  private static XmlElement profiles(String token) {
    return XmlElement.builder(Namespaces.TR2, "GetProfiles")
        .child(Namespaces.TR2, "Token", token)
        .child(Namespaces.TR2, "Type", "All")
        .build();
  }

  @Test
  void mediaStateSurvivesARestart(@TempDir Path dir) {
    StateStorage storage = StateStorage.inDirectory(dir);
    String token;
    try (MediaServer server = new MediaServer()) {
      server.add(TestCameras.h264("keep"), storage);
      token =
          server
              .ok(
                  "keep",
                  OnvifService.MEDIA2,
                  XmlElement.builder(Namespaces.TR2, "CreateProfile")
                      .child(Namespaces.TR2, "Name", "kept")
                      .child(
                          XmlElement.builder(Namespaces.TR2, "Configuration")
                              .child(Namespaces.TR2, "Type", "VideoSource")
                              .child(Namespaces.TR2, "Token", "VideoSourceConfig_1")
                              .build())
                      .build())
              .childText(Namespaces.TR2, "Token");
      server.ok("keep", OnvifService.MEDIA, trt("DeleteProfile", "ProfileToken", "Profile_3"));
    }
    try (MediaServer server = new MediaServer()) {
      server.add(TestCameras.h264("keep"), storage);
      List<XmlElement> profiles =
          server.ok("keep", OnvifService.MEDIA, trt("GetProfiles")).childrenLenient("Profiles");
      assertThat(profiles)
          .extracting(p -> p.attribute("token"))
          .containsExactly("Profile_1", "Profile_2", token);
      assertThat(profiles.get(2).childOrNull(Namespaces.TT, "VideoSourceConfiguration"))
          .isNotNull();
    }
  }
}
