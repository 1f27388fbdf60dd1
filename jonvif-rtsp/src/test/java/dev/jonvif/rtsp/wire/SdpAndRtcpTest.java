package dev.jonvif.rtsp.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdpAndRtcpTest {

  @Test
  void readsMediaSectionsAndTheirFormat() {
    String text =
        "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=cam\r\nt=0 0\r\na=control:*\r\n"
            + "m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n"
            + "a=fmtp:96 packetization-mode=1;profile-level-id=42C01E;sprop-parameter-sets=Z0LAHtkA,aM4G\r\n"
            + "a=control:trackID=1\r\n"
            + "m=audio 0 RTP/AVP 0\r\na=control:trackID=2\r\n";
    Sdp sdp = Sdp.parse(text);
    assertThat(sdp.attribute("control")).hasValue("*");
    assertThat(sdp.media()).hasSize(2);
    Sdp.Media video = sdp.media().get(0);
    assertThat(video.payloadType()).isEqualTo(96);
    assertThat(video.encodingName()).hasValue("H264");
    assertThat(video.formatParameters())
        .containsEntry("profile-level-id", "42C01E")
        .containsEntry("sprop-parameter-sets", "Z0LAHtkA,aM4G");
    assertThat(video.attribute("control")).hasValue("trackID=1");
    assertThat(Sdp.parse(sdp.toString())).isEqualTo(sdp);
  }

  @Test
  void staticJpegNeedsNoRtpmap() {
    Sdp sdp = Sdp.parse("v=0\nm=video 0 RTP/AVP 26\n");
    assertThat(sdp.media().get(0).encodingName()).hasValue("JPEG");
  }

  @Test
  void senderReportCarriesTheClockMappingAndACname() {
    Instant t = Instant.parse("2024-05-01T12:00:00.5Z");
    byte[] sr = Rtcp.senderReport(0x11223344L, t, 123456789L, 10, 1000, "jonvif");
    assertThat(Rtcp.packetTypes(sr)).containsExactly(Rtcp.SR, Rtcp.SDES);
    long[] clock = Rtcp.senderClock(sr).orElseThrow();
    assertThat(Rtcp.fromNtp(clock[0])).isBetween(t.minusNanos(1000), t.plusNanos(1000));
    assertThat(clock[1]).isEqualTo(123456789L);
    assertThat(sr.length % 4).isZero();
    assertThat(Rtcp.packetTypes(Rtcp.goodbye(1, "x"))).isEqualTo(List.of(201, 202, 203));
  }

  @Test
  void rtpPacketsRoundTrip() {
    RtpPacket p =
        new RtpPacket(
            96, true, 65535, 0xfffffffeL, 0xdeadbeefL, 0xffd8, new byte[8], new byte[] {9});
    RtpPacket back = RtpPacket.parse(p.encode());
    assertThat(back.marker()).isTrue();
    assertThat(back.sequence()).isEqualTo(65535);
    assertThat(back.timestamp()).isEqualTo(0xfffffffeL);
    assertThat(back.ssrc()).isEqualTo(0xdeadbeefL);
    assertThat(back.extensionProfile()).isEqualTo(0xffd8);
    assertThat(back.payload()).containsExactly(9);
  }
}
