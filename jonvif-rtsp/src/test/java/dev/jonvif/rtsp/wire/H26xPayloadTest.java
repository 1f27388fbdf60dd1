package dev.jonvif.rtsp.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class H26xPayloadTest {

  private static byte[] nal(int header, int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    b[0] = (byte) header;
    return b;
  }

  @Test
  void h264SmallUnitsTravelSingleAndBigOnesAsFuA() {
    byte[] sps = nal(0x67, 20, 1);
    byte[] idr = nal(0x65, 5000, 2);
    List<RtpPacket> packets = H264Payload.packetize(List.of(sps, idr), 96, 1400, 100, 42, 7);
    assertThat(packets.get(0).payload()).isEqualTo(sps);
    List<RtpPacket> fus = packets.subList(1, packets.size());
    assertThat(fus).hasSize((5000 - 1 + 1397) / 1398);
    for (int i = 0; i < fus.size(); i++) {
      byte[] p = fus.get(i).payload();
      assertThat(p.length).isLessThanOrEqualTo(1400);
      assertThat(p[0] & 0x1f).isEqualTo(28); // FU-A
      assertThat(p[0] & 0xe0).isEqualTo(0x60); // NRI from the unit
      assertThat(p[1] & 0x1f).isEqualTo(5);
      assertThat((p[1] & 0x80) != 0).as("start bit of %d", i).isEqualTo(i == 0);
      assertThat((p[1] & 0x40) != 0).as("end bit of %d", i).isEqualTo(i == fus.size() - 1);
    }
    assertThat(packets).extracting(RtpPacket::marker).containsOnlyOnce(true);
    assertThat(packets.get(packets.size() - 1).marker()).isTrue();
    assertThat(packets).extracting(RtpPacket::sequence).startsWith(100, 101, 102);
  }

  @Test
  void h264RoundTrip() {
    List<byte[]> au = List.of(nal(0x67, 20, 1), nal(0x68, 6, 3), nal(0x65, 9000, 2));
    H264Payload.Depacketizer d = new H264Payload.Depacketizer();
    Optional<List<byte[]>> out = Optional.empty();
    for (RtpPacket p : H264Payload.packetize(au, 96, 1200, 0, 0, 1)) {
      out = d.accept(RtpPacket.parse(p.encode()));
    }
    assertThat(out.orElseThrow())
        .usingElementComparator(Arrays::compare)
        .containsExactlyElementsOf(au);
  }

  @Test
  void h264StapAIsUnpacked() {
    byte[] sps = nal(0x67, 10, 1);
    byte[] pps = nal(0x68, 4, 2);
    byte[] stap = new byte[1 + 2 + 10 + 2 + 4];
    stap[0] = 0x78; // NRI 3, type 24
    stap[2] = 10;
    System.arraycopy(sps, 0, stap, 3, 10);
    stap[14] = 4;
    System.arraycopy(pps, 0, stap, 15, 4);
    List<byte[]> out =
        new H264Payload.Depacketizer().accept(RtpPacket.of(96, true, 1, 0, 0, stap)).orElseThrow();
    assertThat(out).usingElementComparator(Arrays::compare).containsExactly(sps, pps);
  }

  @Test
  void h264LostFragmentDropsOnlyThatUnit() {
    byte[] big = nal(0x65, 5000, 2);
    byte[] next = nal(0x41, 50, 3);
    List<RtpPacket> packets = H264Payload.packetize(List.of(big, next), 96, 1400, 0, 0, 1);
    H264Payload.Depacketizer d = new H264Payload.Depacketizer();
    Optional<List<byte[]>> out = Optional.empty();
    for (int i = 0; i < packets.size(); i++) {
      if (i != 1) {
        out = d.accept(packets.get(i));
      }
    }
    assertThat(out.orElseThrow()).usingElementComparator(Arrays::compare).containsExactly(next);
  }

  @Test
  void h265FragmentationUnitsRoundTrip() {
    byte[] vps = nal(0x40, 20, 1); // type 32
    vps[1] = 1;
    byte[] idr = nal(0x26, 6000, 2); // type 19 (IDR_W_RADL)
    idr[1] = 1;
    List<RtpPacket> packets = H265Payload.packetize(List.of(vps, idr), 96, 1400, 0, 0, 1);
    byte[] firstFu = packets.get(1).payload();
    assertThat(H265Payload.type(firstFu)).isEqualTo(49);
    assertThat(firstFu[2] & 0x80).isNotZero();
    assertThat(firstFu[2] & 0x3f).isEqualTo(19);
    byte[] lastFu = packets.get(packets.size() - 1).payload();
    assertThat(lastFu[2] & 0x40).isNotZero();
    H265Payload.Depacketizer d = new H265Payload.Depacketizer();
    Optional<List<byte[]>> out = Optional.empty();
    for (RtpPacket p : packets) {
      out = d.accept(RtpPacket.parse(p.encode()));
    }
    assertThat(out.orElseThrow()).usingElementComparator(Arrays::compare).containsExactly(vps, idr);
    assertThat(H265Payload.isIrap(idr)).isTrue();
  }

  @Test
  void annexBSplitsOnThreeAndFourByteStartCodes() {
    byte[] stream = {0, 0, 0, 1, 0x67, 1, 2, 0, 0, 1, 0x68, 3, 0, 0, 0, 1, 0x65, 4, 5};
    List<byte[]> units = NalUnits.split(stream);
    assertThat(units)
        .usingElementComparator(Arrays::compare)
        .containsExactly(new byte[] {0x67, 1, 2}, new byte[] {0x68, 3}, new byte[] {0x65, 4, 5});
    assertThat(NalUnits.split(NalUnits.join(units)))
        .usingElementComparator(Arrays::compare)
        .containsExactlyElementsOf(units);
    assertThat(NalUnits.unescape(new byte[] {0, 0, 3, 1, 0, 0, 3})).containsExactly(0, 0, 1, 0, 0);
  }
}
