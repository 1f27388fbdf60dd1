package dev.jonvif.rtsp.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportHeaderTest {

  @Test
  void readsSeveralSpecificationsInOrder() {
    List<TransportHeader> t =
        TransportHeader.parseAll(
            "RTP/AVP/TCP;unicast;interleaved=2-3, RTP/AVP;unicast;client_port=5000-5001;mode=\"PLAY\"");
    assertThat(t).hasSize(2);
    assertThat(t.get(0).isTcp()).isTrue();
    assertThat(t.get(0).interleavedChannels()).isEqualTo(new TransportHeader.Pair(2, 3));
    assertThat(t.get(1).isTcp()).isFalse();
    assertThat(t.get(1).isRtpAvp()).isTrue();
    assertThat(t.get(1).clientPorts()).isEqualTo(new TransportHeader.Pair(5000, 5001));
    assertThat(t.get(1).parameters().get("mode")).isEqualTo("PLAY");
  }

  @Test
  void aSinglePortMeansThePair() {
    assertThat(TransportHeader.parseAll("RTP/AVP;client_port=6000").get(0).clientPorts())
        .isEqualTo(new TransportHeader.Pair(6000, 6001));
  }

  @Test
  void writesWhatItReads() {
    TransportHeader t = TransportHeader.udp(5000, 5001).with("server_port", "7000-7001");
    assertThat(t.toString())
        .isEqualTo("RTP/AVP;unicast;client_port=5000-5001;server_port=7000-7001");
    assertThat(TransportHeader.parseAll(t.toString()).get(0)).isEqualTo(t);
  }

  @Test
  void badPortsAreMalformed() {
    TransportHeader t = TransportHeader.parseAll("RTP/AVP;client_port=x-1").get(0);
    assertThatThrownBy(t::clientPorts).isInstanceOf(MalformedMessageException.class);
    assertThat(TransportHeader.parseAll("RTP/AVP;multicast").get(0).isMulticast()).isTrue();
  }
}
