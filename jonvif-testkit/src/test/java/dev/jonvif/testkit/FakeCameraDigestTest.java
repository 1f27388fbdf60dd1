package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeCameraDigestTest {

  private final FakeCamera camera = FakeCamera.start();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void tearDown() {
    camera.close();
    http.close();
  }

  private HttpResponse<String> post(String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(camera.deviceServiceUrl())
            .POST(HttpRequest.BodyPublishers.ofString("<a/>"));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void challengesThenAcceptsAValidDigest() throws Exception {
    camera.requireHttpDigest("admin", "secret", "SHA-256", "MD5");
    camera.enqueue(FakeResponse.status(200));

    HttpResponse<String> challenge = post(null);

    assertThat(challenge.statusCode()).isEqualTo(401);
    List<String> offered = challenge.headers().allValues("WWW-Authenticate");
    assertThat(offered).hasSize(2);
    assertThat(offered.get(0)).contains("algorithm=SHA-256").contains("qop=\"auth\"");
    assertThat(offered.get(1)).contains("algorithm=MD5");

    Map<String, String> c = HttpDigestGuard.parameters(offered.get(0).substring(7));
    String authorization = authorization("admin", "secret", "SHA-256", c, "/onvif/device_service");

    assertThat(post(authorization).statusCode()).isEqualTo(200);
    assertThat(camera.requestCount()).isEqualTo(2);
    assertThat(camera.takeRequest().header("Authorization")).isNull();
    assertThat(camera.takeRequest().header("Authorization")).isEqualTo(authorization);
  }

  @Test
  void wrongPasswordIsChallengedAgainAndConsumesNoResponse() throws Exception {
    camera.requireHttpDigest("admin", "secret");
    camera.enqueue(FakeResponse.status(200));
    Map<String, String> c =
        HttpDigestGuard.parameters(
            post(null).headers().firstValue("WWW-Authenticate").orElseThrow().substring(7));

    assertThat(c.get("algorithm")).isEqualTo("MD5");
    assertThat(c.get("realm")).isEqualTo(FakeCamera.DIGEST_REALM);
    assertThat(
            post(authorization("admin", "wrong", "MD5", c, "/onvif/device_service")).statusCode())
        .isEqualTo(401);
    assertThat(post(authorization("admin", "secret", "MD5", c, "/elsewhere")).statusCode())
        .isEqualTo(401);
    assertThat(
            post(authorization("admin", "secret", "MD5", c, "/onvif/device_service")).statusCode())
        .isEqualTo(200);
  }

  /** An independent client-side computation (RFC 7616 §3.4.1, qop=auth). */
  private static String authorization(
      String user, String password, String algorithm, Map<String, String> challenge, String uri)
      throws Exception {
    String hash = algorithm.equals("MD5") ? "MD5" : "SHA-256";
    String realm = challenge.get("realm");
    String nonce = challenge.get("nonce");
    String cnonce = "0a4f113b";
    String nc = "00000001";
    String ha1 = h(hash, user + ":" + realm + ":" + password);
    String ha2 = h(hash, "POST:" + uri);
    String response = h(hash, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
    return "Digest username=\""
        + user
        + "\", realm=\""
        + realm
        + "\", nonce=\""
        + nonce
        + "\", uri=\""
        + uri
        + "\", algorithm="
        + algorithm
        + ", qop=auth, nc="
        + nc
        + ", cnonce=\""
        + cnonce
        + "\", response=\""
        + response
        + "\", opaque=\""
        + challenge.get("opaque")
        + "\"";
  }

  private static String h(String hash, String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance(hash).digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
