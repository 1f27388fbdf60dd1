package dev.jonvif.device.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SceneRendererTest {

  private final SceneRenderer renderer = new SceneRenderer();
  private final Scene scene =
      Scene.of(
          "cam-1",
          Instant.parse("2026-01-02T03:04:05Z"),
          ZoneOffset.UTC,
          "Profile_1",
          "MainStream",
          640,
          360);

  private static BufferedImage decode(byte[] jpeg) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(jpeg));
  }

  @Test
  void rendersADecodableJpegAtTheSceneSize() throws IOException {
    byte[] jpeg = renderer.renderJpeg(scene);
    assertThat(jpeg).startsWith(0xFF, 0xD8);
    BufferedImage img = decode(jpeg);
    assertThat(img.getWidth()).isEqualTo(640);
    assertThat(img.getHeight()).isEqualTo(360);
  }

  @Test
  void thePictureIsNotBlankAndChangesWithTime() {
    BufferedImage a = renderer.render(scene);
    BufferedImage b =
        renderer.render(
            Scene.of(
                "cam-1",
                scene.time().plusSeconds(20),
                ZoneOffset.UTC,
                "Profile_1",
                "MainStream",
                640,
                360));
    int[] pa = a.getRGB(0, 0, 640, 360, null, 0, 640);
    int[] pb = b.getRGB(0, 0, 640, 360, null, 0, 640);
    assertThat(Arrays.stream(pa).distinct().count()).isGreaterThan(10);
    assertThat(pa).isNotEqualTo(pb);
  }

  @Test
  void framesWithinOneSecondAreTheSameAndTheNextSecondDiffers() {
    byte[] a = renderer.renderJpeg(scene);
    byte[] b = renderer.renderJpeg(scene.withTime(scene.time().plusMillis(999)));
    byte[] c = renderer.renderJpeg(scene.withTime(scene.time().plusSeconds(1)));
    assertThat(b).isEqualTo(a);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void imagingPtzAndRelaysChangeThePicture() {
    int[] plain = renderer.render(scene).getRGB(0, 0, 640, 360, null, 0, 640);
    int[] dark =
        renderer
            .render(scene.withImaging(new Scene.Imaging(10, 50, "OFF")))
            .getRGB(0, 0, 640, 360, null, 0, 640);
    int[] moved =
        renderer
            .render(scene.withPtz(new Scene.PtzPosition(0.5f, -0.2f, 0.3f)))
            .getRGB(0, 0, 640, 360, null, 0, 640);
    int[] relay =
        renderer
            .render(scene.withRelays(Map.of("Relay_1", true)))
            .getRGB(0, 0, 640, 360, null, 0, 640);
    assertThat(brightness(dark)).isLessThan(brightness(plain));
    assertThat(moved).isNotEqualTo(plain);
    assertThat(relay).isNotEqualTo(plain);
  }

  @Test
  void rendersOddSizes() throws IOException {
    for (int[] size : new int[][] {{1, 1}, {2688, 1520}, {320, 240}}) {
      Scene s = Scene.of("c", scene.time(), ZoneOffset.UTC, "p", "p", size[0], size[1]);
      BufferedImage img = decode(renderer.renderJpeg(s));
      assertThat(img.getWidth()).isEqualTo(size[0]);
      assertThat(img.getHeight()).isEqualTo(size[1]);
    }
  }

  private static long brightness(int[] pixels) {
    long sum = 0;
    for (int p : pixels) {
      sum += ((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff);
    }
    return sum;
  }
}
