package dev.jonvif.rtsp.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RtspParserTest {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<RtspItem> all(RtspParser p) {
    List<RtspItem> out = new ArrayList<>();
    for (Optional<RtspItem> i = p.next(); i.isPresent(); i = p.next()) {
      out.add(i.get());
    }
    return out;
  }

  @Test
  void readsARequestWithHeadersAndBody() {
    RtspParser p = new RtspParser();
    p.feed(
        ascii(
            "SET_PARAMETER rtsp://h/cam/p RTSP/1.0\r\nCSeq: 7\r\nSession: ABC;timeout=60\r\n"
                + "Content-Type: text/parameters\r\nContent-Length: 11\r\n\r\nbarparam: 1"));
    RtspRequest r = (RtspRequest) p.next().orElseThrow();
    assertThat(r.method()).isEqualTo("SET_PARAMETER");
    assertThat(r.uri()).isEqualTo("rtsp://h/cam/p");
    assertThat(r.cseq()).hasValue(7);
    assertThat(r.headers().value("session")).isEqualTo("ABC;timeout=60");
    assertThat(r.bodyText()).isEqualTo("barparam: 1");
    assertThat(p.next()).isEmpty();
  }

  @Test
  void readsAResponseWithRepeatedHeaders() {
    RtspParser p = new RtspParser();
    p.feed(
        ascii(
            "RTSP/1.0 401 Unauthorized\r\nCSeq: 2\r\nWWW-Authenticate: Digest a=1\r\n"
                + "WWW-Authenticate: Digest a=2\r\n\r\n"));
    RtspResponse r = (RtspResponse) p.next().orElseThrow();
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.reason()).isEqualTo("Unauthorized");
    assertThat(r.headers().all("www-authenticate")).containsExactly("Digest a=1", "Digest a=2");
  }

  @Test
  void interleavedFramesMixWithMessagesEvenFedByteByByte() {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    wire.writeBytes(new InterleavedFrame(0, new byte[] {1, 2, 3}).encode());
    wire.writeBytes(ascii("RTSP/1.0 200 OK\r\nCSeq: 3\r\nSession: 1\r\n\r\n"));
    wire.writeBytes(new InterleavedFrame(1, new byte[300]).encode());
    wire.writeBytes(ascii("\r\nGET_PARAMETER * RTSP/1.0\r\nCSeq: 4\r\n\r\n"));
    RtspParser p = new RtspParser();
    List<RtspItem> items = new ArrayList<>();
    for (byte b : wire.toByteArray()) {
      p.feed(new byte[] {b});
      items.addAll(all(p));
    }
    assertThat(items).hasSize(4);
    assertThat(items.get(0)).isInstanceOf(InterleavedFrame.class);
    assertThat(((InterleavedFrame) items.get(0)).payload()).containsExactly(1, 2, 3);
    assertThat(((RtspResponse) items.get(1)).cseq()).hasValue(3);
    assertThat(((InterleavedFrame) items.get(2)).channel()).isEqualTo(1);
    assertThat(((InterleavedFrame) items.get(2)).payload()).hasSize(300);
    assertThat(((RtspRequest) items.get(3)).method()).isEqualTo("GET_PARAMETER");
  }

  @Test
  void acceptsBareLineFeedsAndFoldedHeaders() {
    RtspParser p = new RtspParser();
    p.feed(ascii("OPTIONS * RTSP/1.0\nCSeq: 1\nX-Long: a\n  b\n\n"));
    RtspRequest r = (RtspRequest) p.next().orElseThrow();
    assertThat(r.headers().value("X-Long")).isEqualTo("a b");
  }

  @Test
  void waitsForTheWholeBody() {
    RtspParser p = new RtspParser();
    p.feed(ascii("RTSP/1.0 200 OK\r\nCSeq: 1\r\nContent-Length: 5\r\n\r\nab"));
    assertThat(p.next()).isEmpty();
    p.feed(ascii("cde"));
    assertThat(((RtspResponse) p.next().orElseThrow()).bodyText()).isEqualTo("abcde");
  }

  @Test
  void rejectsGarbageAndOversizedInput() {
    RtspParser garbage = new RtspParser();
    garbage.feed(ascii("hello there\r\n\r\n"));
    assertThatThrownBy(garbage::next).isInstanceOf(MalformedMessageException.class);

    RtspParser huge = new RtspParser();
    huge.feed(ascii("OPTIONS * RTSP/1.0\r\nX: " + "a".repeat(RtspParser.MAX_HEADER_BYTES)));
    assertThatThrownBy(huge::next).isInstanceOf(MalformedMessageException.class);

    RtspParser body = new RtspParser();
    body.feed(ascii("RTSP/1.0 200 OK\r\nContent-Length: 99999999\r\n\r\n"));
    assertThatThrownBy(body::next).isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void messagesRoundTripThroughEncode() {
    RtspRequest req =
        RtspRequest.of(
            "DESCRIBE", "rtsp://h/c/p", RtspHeaders.of("CSeq", "2", "Accept", "application/sdp"));
    RtspResponse res = RtspResponse.of(200, RtspHeaders.of("CSeq", "2"), ascii("v=0\r\n"));
    RtspParser p = new RtspParser();
    p.feed(req.encode());
    p.feed(res.encode());
    RtspRequest r1 = (RtspRequest) p.next().orElseThrow();
    RtspResponse r2 = (RtspResponse) p.next().orElseThrow();
    assertThat(r1.headers().value("Accept")).isEqualTo("application/sdp");
    assertThat(r2.headers().value("Content-Length")).isEqualTo("5");
    assertThat(r2.bodyText()).isEqualTo("v=0\r\n");
  }

  @Test
  void headerValuesWithLineBreaksAreRefused() {
    assertThatThrownBy(() -> RtspHeaders.of("X", "a\r\nInjected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void authorizationIsHiddenInToString() {
    assertThat(RtspHeaders.of("Authorization", "Digest secret").toString())
        .doesNotContain("secret");
  }
}
