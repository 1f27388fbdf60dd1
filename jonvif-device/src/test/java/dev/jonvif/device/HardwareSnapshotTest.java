package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TIMG;
import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.io.IoBoard;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The snapshot shows what clients do to the camera: brightness, night mode, PTZ position and relay
 * lamps, read from the JPEG served over HTTP. Comparisons are one minute apart so the sun (which
 * follows the clock's seconds) stands in the same place.
 */
class HardwareSnapshotTest extends HardwareTestSupport {

  private static final String SNAPSHOT = "/onvif/snapshot/Profile_2"; // the 640x360 sub stream

  private BufferedImage snapshot() {
    SoapClient.Answer a = getAsAdmin(SNAPSHOT);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(a.body()));
      assertThat(img).isNotNull();
      return img;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void setImaging(String name, Object value) {
    okCall(
        OnvifService.IMAGING,
        req(
            TIMG,
            "SetImagingSettings",
            "VideoSourceToken",
            "VideoSource_1",
            "ImagingSettings",
            XmlElement.builder(TIMG, "ImagingSettings").child(TT, name, value).build()));
  }

  private static double meanLuma(BufferedImage img) {
    long sum = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        sum += (((p >> 16) & 0xff) * 77 + ((p >> 8) & 0xff) * 150 + (p & 0xff) * 29) >> 8;
      }
    }
    return (double) sum / (img.getWidth() * img.getHeight());
  }

  /** The mean over all pixels of the largest difference between two colour channels. */
  private static double meanColourfulness(BufferedImage img) {
    long sum = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        sum += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
      }
    }
    return (double) sum / (img.getWidth() * img.getHeight());
  }

  private static double meanDifference(BufferedImage a, BufferedImage b) {
    long sum = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
        }
      }
    }
    return (double) sum / (3.0 * a.getWidth() * a.getHeight());
  }

  @Test
  void brightnessAndContrastShowInThePicture() {
    startCamera(Persona.generic("cam"));
    double normal = meanLuma(snapshot());
    setImaging("Brightness", 85);
    double bright = meanLuma(snapshot());
    setImaging("Brightness", 15);
    double dark = meanLuma(snapshot());
    assertThat(bright).isGreaterThan(normal + 20);
    assertThat(dark).isLessThan(normal - 20);
  }

  @Test
  void theIrCutFilterOffTurnsThePictureGrey() {
    startCamera(Persona.generic("cam"));
    assertThat(meanColourfulness(snapshot())).isGreaterThan(30);
    setImaging("IrCutFilter", "OFF");
    assertThat(meanColourfulness(snapshot())).isLessThan(3);
    setImaging("IrCutFilter", "ON");
    assertThat(meanColourfulness(snapshot())).isGreaterThan(30);
  }

  @Test
  void theFrameMovesWithPanTiltAndZoom() {
    startCamera(Persona.ptzDome("dome"));
    BufferedImage home = snapshot();
    XmlElement position =
        XmlElement.builder(TPTZ, "Position")
            .child(
                XmlElement.builder(TT, "PanTilt").attribute("x", 0.6f).attribute("y", 0.3f).build())
            .child(XmlElement.builder(TT, "Zoom").attribute("x", 0.8f).build())
            .build();
    okCall(
        OnvifService.PTZ,
        req(TPTZ, "AbsoluteMove", "ProfileToken", "Profile_1", "Position", position));
    advance(Duration.ofSeconds(60));
    BufferedImage moved = snapshot();
    assertThat(meanDifference(home, moved)).isGreaterThan(10);
    // Back home, a minute later: the same picture again (up to JPEG noise).
    okCall(OnvifService.PTZ, req(TPTZ, "GotoHomePosition", "ProfileToken", "Profile_1"));
    advance(Duration.ofSeconds(60));
    assertThat(meanDifference(home, snapshot())).isLessThan(1);
  }

  @Test
  void relayAndInputLampsLightUp() {
    startCamera(Persona.doorbell("door"));
    BufferedImage off = snapshot();
    okCall(
        OnvifService.DEVICE,
        req(
            TDS,
            "SetRelayOutputState",
            "RelayOutputToken",
            "RelayOutput_1",
            "LogicalState",
            "active"));
    IoBoard.of(camera).setDigitalInput("DigitalInput_1", true);
    advance(Duration.ofSeconds(60));
    BufferedImage on = snapshot();
    // The lamps sit in the top right corner.
    int w = on.getWidth();
    int d = on.getHeight() / 24;
    int relayX = w - d - d / 2 + d / 2;
    int y = d / 2 + d / 2;
    int lit = on.getRGB(relayX, y);
    int unlit = off.getRGB(relayX, y);
    assertThat((lit >> 8) & 0xff).isGreaterThan(((unlit >> 8) & 0xff) + 100);
    int inputX = relayX - d - d / 2;
    assertThat((on.getRGB(inputX, y) >> 16) & 0xff)
        .isGreaterThan(((off.getRGB(inputX, y) >> 16) & 0xff) + 100);
  }
}
