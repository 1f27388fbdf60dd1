package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigestChallengeTest {

  private static DigestChallenge only(String headerValue) {
    List<DigestChallenge> all = DigestChallenge.parseAll(List.of(headerValue));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  /** Hikvision sends two WWW-Authenticate headers, MD5 first (peer survey: agsh/onvif). */
  @Test
  void twoHeaderLinesMd5AndSha256PreferSha256() {
    List<String> headers =
        List.of(
            "Digest qop=\"auth\", realm=\"IP Camera(C6269)\", nonce=\"4e5468694e7a4d34\","
                + " stale=\"FALSE\"",
            "Digest qop=\"auth\", realm=\"IP Camera(C6269)\", nonce=\"4e5468694e7a4d34\","
                + " stale=\"FALSE\", algorithm=\"SHA-256\"");

    List<DigestChallenge> all = DigestChallenge.parseAll(headers);

    assertThat(all)
        .extracting(DigestChallenge::algorithm)
        .containsExactly(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256);
    DigestChallenge preferred = DigestChallenge.preferred(all).orElseThrow();
    assertThat(preferred.algorithm()).isEqualTo(DigestAlgorithm.SHA_256);
    assertThat(preferred.realm()).isEqualTo("IP Camera(C6269)");
    assertThat(preferred.stale()).isFalse();
  }

  @Test
  void severalChallengesInOneHeaderValueWithBasicIgnored() {
    String value =
        "Basic realm=\"cam\", Digest realm=\"cam\", nonce=\"n1\", algorithm=MD5, qop=\"auth\","
            + " Digest realm=\"cam\", nonce=\"n1\", algorithm=SHA-256, qop=\"auth\", Negotiate";

    List<DigestChallenge> all = DigestChallenge.parseAll(List.of(value));

    assertThat(all)
        .extracting(DigestChallenge::algorithm)
        .containsExactly(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256);
    assertThat(DigestChallenge.offeredSchemes(List.of(value)))
        .containsExactly("basic", "digest", "negotiate");
  }

  @Test
  void basicOnlyGivesNoChallengeButIsReported() {
    List<String> headers = List.of("Basic realm=\"cam\"", "Bearer abc.def==");

    assertThat(DigestChallenge.parseAll(headers)).isEmpty();
    assertThat(DigestChallenge.offeredSchemes(headers)).containsExactly("basic", "bearer");
  }

  @Test
  void quotedStringsWithEscapes() {
    DigestChallenge c =
        only("Digest realm=\"a \\\"quoted\\\" realm, with comma\", nonce=\"x\\\\y\", opaque=\"\"");

    assertThat(c.realm()).isEqualTo("a \"quoted\" realm, with comma");
    assertThat(c.nonce()).isEqualTo("x\\y");
    assertThat(c.opaque()).isEmpty();
  }

  /** Sony sends qop="auth,auth-int" (peer survey: agsh/onvif). */
  @Test
  void qopListIsSplitAndAuthChosen() {
    DigestChallenge c = only("Digest realm=\"r\", nonce=\"n\", qop=\"auth,auth-int\"");

    assertThat(c.qop()).containsExactly("auth", "auth-int");
    assertThat(c.isUsable()).isTrue();
  }

  @Test
  void missingQopIsRfc2069Mode() {
    DigestChallenge c = only("Digest realm=\"r\", nonce=\"n\"");

    assertThat(c.qop()).isEmpty();
    assertThat(c.isUsable()).isTrue();
    assertThat(c.algorithm()).isEqualTo(DigestAlgorithm.MD5);
  }

  @Test
  void authIntOnlyIsNotUsable() {
    DigestChallenge c = only("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\"");

    assertThat(c.isUsable()).isFalse();
    assertThat(DigestChallenge.preferred(List.of(c))).isEmpty();
  }

  @Test
  void unquotedValuesAndAnyCase() {
    DigestChallenge c =
        only("DIGEST Realm=cam, NONCE=abc/def+==, Algorithm=sha-256-SESS, QOP=Auth, STALE=TRUE");

    assertThat(c.realm()).isEqualTo("cam");
    assertThat(c.nonce()).isEqualTo("abc/def+==");
    assertThat(c.algorithm()).isEqualTo(DigestAlgorithm.SHA_256_SESS);
    assertThat(c.qop()).containsExactly("auth");
    assertThat(c.stale()).isTrue();
  }

  @Test
  void missingCommasAndExtraWhitespaceAreTolerated() {
    DigestChallenge c = only("  Digest   realm = \"r\"  nonce=\"n\" ,, qop=auth , ");

    assertThat(c.realm()).isEqualTo("r");
    assertThat(c.nonce()).isEqualTo("n");
    assertThat(c.qop()).containsExactly("auth");
  }

  @Test
  void challengesWithoutNonceOrWithUnknownAlgorithmAreLeftOut() {
    List<String> headers =
        List.of(
            "Digest realm=\"r\"",
            "Digest realm=\"r\", nonce=\"n\", algorithm=SHA-1",
            "Digest realm=\"r\", nonce=\"n2\", algorithm=MD5-sess");

    assertThat(DigestChallenge.parseAll(headers))
        .extracting(DigestChallenge::nonce)
        .containsExactly("n2");
  }

  @Test
  void unterminatedQuoteDropsOnlyTheBrokenChallenge() {
    String value = "Digest realm=\"r\", nonce=\"ok\", Digest realm=\"r\", nonce=\"broken";

    assertThat(DigestChallenge.parseAll(List.of(value)))
        .extracting(DigestChallenge::nonce)
        .containsExactly("ok");
  }

  @Test
  void preferenceOrder() {
    List<DigestChallenge> all =
        DigestChallenge.parseAll(
            List.of(
                "Digest realm=r, nonce=n, algorithm=MD5, qop=auth",
                "Digest realm=r, nonce=n, algorithm=SHA-256-sess, qop=auth",
                "Digest realm=r, nonce=n, algorithm=SHA-256, qop=auth",
                "Digest realm=r, nonce=n, algorithm=SHA-512-256, qop=auth-int"));

    assertThat(DigestChallenge.preferred(all).orElseThrow().algorithm())
        .isEqualTo(DigestAlgorithm.SHA_256);
  }

  @Test
  void toHeaderValueParsesBackToTheSameChallenge() {
    DigestChallenge c =
        new DigestChallenge(
            "realm \"with\" quotes\\",
            "nonce",
            "opaque",
            DigestAlgorithm.SHA_512_256_SESS,
            List.of("auth"),
            true,
            false);

    String header = c.toHeaderValue();

    assertThat(header).startsWith("Digest realm=\"realm \\\"with\\\" quotes\\\\\"");
    assertThat(DigestChallenge.parseAll(List.of(header))).containsExactly(c);
  }

  @Test
  void emptyAndGarbageGiveEmptyLists() {
    assertThat(DigestChallenge.parseAll(List.of())).isEmpty();
    assertThat(DigestChallenge.parseAll(List.of("", " , ", "=Digest", "\"Digest\""))).isEmpty();
  }
}
