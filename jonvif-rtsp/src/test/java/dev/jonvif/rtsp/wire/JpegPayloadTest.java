package dev.jonvif.rtsp.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JpegPayloadTest {

  /** A noisy picture, so the scan needs many packets. */
  static byte[] jpeg(int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Random r = new Random(7);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, r.nextInt(0xffffff));
      }
    }
    Graphics2D g = img.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, w / 2, h / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpeg", out);
    return out.toByteArray();
  }

  @Test
  void parsesImageIoOutput() throws IOException {
    JpegFrame f = JpegFrame.parse(jpeg(320, 240));
    assertThat(f.width()).isEqualTo(320);
    assertThat(f.height()).isEqualTo(240);
    assertThat(f.type()).isEqualTo(1); // ImageIO writes 4:2:0
    assertThat(f.quantTables()).hasSize(128);
    assertThat(f.restartInterval()).isZero();
  }

  @Test
  void fragmentsAtTheMtuWithTablesFirstAndMarkerLast() throws IOException {
    JpegFrame f = JpegFrame.parse(jpeg(320, 240));
    List<RtpPacket> packets = JpegPayload.packetize(f, 1000, 65530, 1234, 0xabcdef);
    assertThat(packets.size()).isGreaterThan(3);
    int expectedOffset = 0;
    for (int i = 0; i < packets.size(); i++) {
      RtpPacket p = packets.get(i);
      byte[] payload = p.payload();
      assertThat(p.payloadType()).isEqualTo(26);
      assertThat(p.timestamp()).isEqualTo(1234);
      assertThat(p.sequence()).isEqualTo((65530 + i) & 0xffff);
      assertThat(p.marker()).isEqualTo(i == packets.size() - 1);
      assertThat(payload.length).isLessThanOrEqualTo(1000);
      assertThat(Bytes.get24(payload, 1)).isEqualTo(expectedOffset);
      assertThat(payload[5] & 0xff).isEqualTo(255); // Q: tables in-band
      assertThat(payload[6] & 0xff).isEqualTo(320 / 8);
      assertThat(payload[7] & 0xff).isEqualTo(240 / 8);
      int header = 8;
      if (i == 0) {
        assertThat(Bytes.get16(payload, 10)).isEqualTo(128); // Q table header length
        header += 4 + 128;
      }
      expectedOffset += payload.length - header;
    }
    assertThat(expectedOffset).isEqualTo(f.scan().length);
  }

  @Test
  void roundTripsThroughTheDepacketizerAndDecodes() throws IOException {
    JpegFrame f = JpegFrame.parse(jpeg(320, 240));
    JpegPayload.Depacketizer d = new JpegPayload.Depacketizer();
    Optional<JpegFrame> out = Optional.empty();
    for (RtpPacket p : JpegPayload.packetize(f, 1400, 0, 90000, 1)) {
      assertThat(out).isEmpty();
      out = d.accept(RtpPacket.parse(p.encode()));
    }
    JpegFrame back = out.orElseThrow();
    assertThat(back.scan()).isEqualTo(f.scan());
    assertThat(back.quantTables()).isEqualTo(f.quantTables());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(back.toJfif()));
    assertThat(img.getWidth()).isEqualTo(320);
    assertThat(img.getHeight()).isEqualTo(240);
  }

  @Test
  void aLostFragmentDropsTheFrame() throws IOException {
    List<RtpPacket> packets = JpegPayload.packetize(JpegFrame.parse(jpeg(320, 240)), 1000, 0, 9, 1);
    JpegPayload.Depacketizer d = new JpegPayload.Depacketizer();
    Optional<JpegFrame> out = Optional.empty();
    for (int i = 0; i < packets.size(); i++) {
      if (i != 2) {
        out = d.accept(packets.get(i));
      }
    }
    assertThat(out).isEmpty();
    assertThat(d.dropped()).isEqualTo(1);
  }

  @Test
  void bigFramesCarryTheirSizeInTheOnvifExtension() throws IOException {
    JpegFrame small = JpegFrame.parse(jpeg(64, 48));
    JpegFrame big = new JpegFrame(small.type(), 4096, 2160, 0, small.quantTables(), small.scan());
    List<RtpPacket> packets = JpegPayload.packetize(big, 1400, 0, 0, 1);
    RtpPacket first = RtpPacket.parse(packets.get(0).encode());
    assertThat(first.extensionProfile()).isEqualTo(0xffd8);
    assertThat(first.payload()[6]).isZero();
    JpegPayload.Depacketizer d = new JpegPayload.Depacketizer();
    JpegFrame back = null;
    for (RtpPacket p : packets) {
      back = d.accept(RtpPacket.parse(p.encode())).orElse(back);
    }
    assertThat(back.width()).isEqualTo(4096);
    assertThat(back.height()).isEqualTo(2160);
  }

  @Test
  void qualityTablesFollowRfc2435AppendixA() {
    byte[] q50 = JpegFrame.tablesForQuality(50);
    assertThat(q50[0] & 0xff).isEqualTo(16); // standard luma DC at scale 100%
    assertThat(q50[64] & 0xff).isEqualTo(17); // standard chroma DC
    byte[] q99 = JpegFrame.tablesForQuality(99);
    assertThat(q99[0] & 0xff).isEqualTo(1);
  }

  @Test
  void rejectsWhatRtpJpegCannotCarry() {
    assertThatThrownBy(() -> JpegFrame.parse(new byte[] {1, 2, 3, 4}))
        .isInstanceOf(MalformedMessageException.class);
    assertThatThrownBy(
            () ->
                new JpegPayload.Depacketizer().accept(RtpPacket.of(26, true, 0, 0, 0, new byte[3])))
        .isInstanceOf(MalformedMessageException.class);
  }
}
