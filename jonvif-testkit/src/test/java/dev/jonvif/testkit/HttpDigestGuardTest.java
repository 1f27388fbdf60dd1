package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The RFC 7616 §3.9.1 worked example ("Mufasa"), for MD5 and SHA-256. */
class HttpDigestGuardTest {

  private static final String NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
  private static final String REALM = "http-auth@example.org";

  private static RecordedRequest get(String authorization) {
    return new RecordedRequest(
        "GET",
        "/dir/index.html",
        authorization == null ? Map.of() : Map.of("Authorization", List.of(authorization)),
        new byte[0],
        0,
        0);
  }

  private static String authorization(String algorithm, String response) {
    return "Digest username=\"Mufasa\", realm=\""
        + REALM
        + "\", uri=\"/dir/index.html\", algorithm="
        + algorithm
        + ", nonce=\""
        + NONCE
        + "\", nc=00000001, cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\","
        + " qop=auth, response=\""
        + response
        + "\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
  }

  @ParameterizedTest
  @CsvSource({
    "MD5, 8ca523f5e9506fed4657c9700eebdbec",
    "SHA-256, 753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"
  })
  void acceptsTheRfcExample(String algorithm, String response) {
    HttpDigestGuard guard =
        new HttpDigestGuard("Mufasa", "Circle of Life", REALM, List.of(algorithm), () -> NONCE);
    assertThat(guard.check(get(null))).isNotNull(); // issues the nonce

    assertThat(guard.check(get(authorization(algorithm, response)))).isNull();
    assertThat(guard.check(get(authorization(algorithm, response.replace('8', '9'))))).isNotNull();
  }

  @Test
  void refusesANonceItNeverIssued() {
    HttpDigestGuard guard =
        new HttpDigestGuard("Mufasa", "Circle of Life", REALM, List.of("MD5"), () -> "other");
    guard.check(get(null));

    assertThat(guard.check(get(authorization("MD5", "8ca523f5e9506fed4657c9700eebdbec"))))
        .isNotNull();
  }

  @Test
  void refusesAnAlgorithmItDidNotOffer() {
    HttpDigestGuard guard =
        new HttpDigestGuard("Mufasa", "Circle of Life", REALM, List.of("SHA-256"), () -> NONCE);
    guard.check(get(null));

    assertThat(guard.check(get(authorization("MD5", "8ca523f5e9506fed4657c9700eebdbec"))))
        .isNotNull();
  }

  @Test
  void rejectsUnknownAlgorithmsUpFront() {
    assertThatThrownBy(() -> new HttpDigestGuard("u", "p", "r", List.of("SHA-1"), () -> "n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHA-1");
  }

  @Test
  void parsesQuotedAndTokenParameters() {
    Map<String, String> p =
        HttpDigestGuard.parameters("realm=\"a, \\\"b\\\"\", qop=auth,nc=00000001 , Stale=FALSE");

    assertThat(p)
        .containsEntry("realm", "a, \"b\"")
        .containsEntry("qop", "auth")
        .containsEntry("nc", "00000001")
        .containsEntry("stale", "FALSE");
  }
}
