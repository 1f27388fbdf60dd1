package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.security.Rfc2069Policy;
import dev.jonvif.rtsp.wire.RtspResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A client that authenticates the way live555 does (the RTSP stack of VLC, openRTSP and many NVRs):
 * it keeps the last {@code WWW-Authenticate} header that starts with {@code Digest}, reads it only
 * when it begins exactly {@code Digest realm="…", nonce="…"}, and answers every later request with
 * {@code Digest username, realm, nonce, uri, response} where the response is MD5(HA1:nonce:HA2)
 * (RFC 2069: no qop, nc or cnonce) and the uri is the request's absolute URL.
 */
class Live555DigestTest {

  private static final Pattern CHALLENGE =
      Pattern.compile("^Digest realm=\"([^\"]*)\", nonce=\"([^\"]*)\"");

  private static String md5(String s) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** live555's Authorization header for one request. */
  private record Live555Auth(String user, String password, String realm, String nonce) {

    static Live555Auth from(RtspResponse unauthorized, String user, String password) {
      List<String> digest =
          unauthorized.headers().all("WWW-Authenticate").stream()
              .filter(h -> h.regionMatches(true, 0, "Digest", 0, 6))
              .toList();
      assertThat(digest).isNotEmpty();
      Matcher m = CHALLENGE.matcher(digest.get(digest.size() - 1));
      assertThat(m.find()).as("live555 reads %s", digest).isTrue();
      return new Live555Auth(user, password, m.group(1), m.group(2));
    }

    String header(String method, String uri) {
      String ha1 = md5(user + ":" + realm + ":" + password);
      String response = md5(ha1 + ":" + nonce + ":" + md5(method + ":" + uri));
      return "Digest username=\"%s\", realm=\"%s\", nonce=\"%s\", uri=\"%s\", response=\"%s\""
          .formatted(user, realm, nonce, uri, response);
    }
  }

  private static RtspServer server(Rfc2069Policy policy) throws IOException {
    TestCatalog cat =
        new TestCatalog()
            .put("cam", "jpeg", TestCatalog.jpeg("cam", 160, 120))
            .put("cam", "h264", TestCatalog.h264("cam", 160, 96));
    return RtspServer.builder(cat)
        .port(0)
        .auth(StreamAuth.users(Map.of("viewer", "s3cret")))
        .rfc2069(policy)
        .build()
        .start();
  }

  private static void playsOverTcp(RtspServer s, String profile) throws IOException {
    URI u = s.streamUri("127.0.0.1", "cam", profile);
    String url = u.toString();
    try (RawClient c = new RawClient(s.port())) {
      assertThat(c.request("OPTIONS", url).status()).isEqualTo(200);
      RtspResponse first = c.request("DESCRIBE", url, "Accept", "application/sdp");
      assertThat(first.status()).isEqualTo(401);
      Live555Auth auth = Live555Auth.from(first, "viewer", "s3cret");

      RtspResponse describe =
          c.request(
              "DESCRIBE",
              url,
              "Accept",
              "application/sdp",
              "Authorization",
              auth.header("DESCRIBE", url));
      assertThat(describe.status()).isEqualTo(200);
      String track = url + "/trackID=0";
      RtspResponse setup =
          c.request(
              "SETUP",
              track,
              "Transport",
              "RTP/AVP/TCP;unicast;interleaved=0-1",
              "Authorization",
              auth.header("SETUP", track));
      assertThat(setup.status()).isEqualTo(200);
      String session = RawClient.session(setup);
      RtspResponse play =
          c.request(
              "PLAY",
              url + "/",
              "Session",
              session,
              "Range",
              "npt=0.000-",
              "Authorization",
              auth.header("PLAY", url + "/"));
      assertThat(play.status()).isEqualTo(200);
      c.awaitFrames(0, 20);
      RtspResponse keepAlive =
          c.request(
              "GET_PARAMETER",
              url + "/",
              "Session",
              session,
              "Authorization",
              auth.header("GET_PARAMETER", url + "/"));
      assertThat(keepAlive.status()).isEqualTo(200);
      RtspResponse teardown =
          c.request(
              "TEARDOWN",
              url + "/",
              "Session",
              session,
              "Authorization",
              auth.header("TEARDOWN", url + "/"));
      assertThat(teardown.status()).isEqualTo(200);
    }
  }

  @Test
  void live555PlaysJpegAndH264WithRfc2069Digest() throws IOException {
    try (RtspServer s = server(Rfc2069Policy.ACCEPT_MD5)) {
      playsOverTcp(s, "jpeg");
      playsOverTcp(s, "h264");
      assertThat(s.sessionCount()).isZero();
    }
  }

  @Test
  void withRfc2069RefusedLive555GetsAnother401() throws IOException {
    try (RtspServer s = server(Rfc2069Policy.REFUSE);
        RawClient c = new RawClient(s.port())) {
      String url = s.streamUri("127.0.0.1", "cam", "jpeg").toString();
      Live555Auth auth = Live555Auth.from(c.request("DESCRIBE", url), "viewer", "s3cret");
      RtspResponse again =
          c.request("DESCRIBE", url, "Authorization", auth.header("DESCRIBE", url));
      assertThat(again.status()).isEqualTo(401);
    }
  }

  @Test
  void aWrongPasswordGets401() throws IOException {
    try (RtspServer s = server(Rfc2069Policy.ACCEPT_MD5);
        RawClient c = new RawClient(s.port())) {
      String url = s.streamUri("127.0.0.1", "cam", "jpeg").toString();
      Live555Auth auth = Live555Auth.from(c.request("DESCRIBE", url), "viewer", "guess");
      RtspResponse again =
          c.request("DESCRIBE", url, "Authorization", auth.header("DESCRIBE", url));
      assertThat(again.status()).isEqualTo(401);
    }
  }
}
