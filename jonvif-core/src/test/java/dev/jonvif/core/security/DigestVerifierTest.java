package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.security.AuthResult.Allowed;
import dev.jonvif.core.security.AuthResult.Denied;
import dev.jonvif.core.security.AuthResult.Method;
import dev.jonvif.core.security.AuthResult.Reason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestVerifierTest {

  private static final Credentials ADMIN = new Credentials("admin", "Circle of Life");
  private static final String URI = "/onvif/device_service";

  private final MutableClock clock = MutableClock.at("2026-01-15T10:00:00Z");
  private final DigestVerifier server =
      DigestVerifier.builder("jonvif", UserLookup.of(ADMIN)).clock(clock).build();

  private DigestClientSession login(Credentials c) {
    return DigestClientSession.fromHeaders(c, server.challengeHeaders(false)).orElseThrow();
  }

  private static Denied denied(AuthResult r) {
    assertThat(r).isInstanceOf(Denied.class);
    return (Denied) r;
  }

  /** SECURITY-1-1-2 / HTTPDIGEST-1: 401 with realm and nonce, then Digest is accepted. */
  @Test
  void SECURITY_1_1_2_challengeThenAcceptedRoundTrip() {
    assertThat(denied(server.verify("POST", URI, null)).reason())
        .isEqualTo(Reason.MISSING_CREDENTIALS);
    List<String> challenges = server.challengeHeaders(false);
    assertThat(challenges).hasSize(2);
    assertThat(challenges.get(0))
        .startsWith("Digest realm=\"jonvif\", nonce=\"")
        .contains(", qop=\"auth\", algorithm=SHA-256, opaque=\"");
    assertThat(challenges.get(1)).contains("algorithm=MD5");

    DigestClientSession client = login(ADMIN);
    assertThat(client.challenge().algorithm()).isEqualTo(DigestAlgorithm.SHA_256);
    assertThat(server.verify("POST", URI, client.authorization("POST", URI)))
        .isEqualTo(new Allowed("admin", Method.HTTP_DIGEST));
    assertThat(server.verify("POST", URI, client.authorization("POST", URI)).isAllowed()).isTrue();
  }

  @Test
  void md5ClientIsAcceptedToo() {
    DigestChallenge md5 =
        DigestChallenge.parseAll(server.challengeHeaders(false)).stream()
            .filter(c -> c.algorithm() == DigestAlgorithm.MD5)
            .findFirst()
            .orElseThrow();
    DigestClientSession client = new DigestClientSession(ADMIN, md5);

    assertThat(server.verify("GET", "/snapshot?x=1", client.authorization("GET", "/snapshot?x=1")))
        .isEqualTo(new Allowed("admin", Method.HTTP_DIGEST));
  }

  @Test
  void algorithmsNotConfiguredAreRefused() {
    DigestVerifier shaOnly =
        DigestVerifier.builder("jonvif", UserLookup.of(ADMIN))
            .clock(clock)
            .algorithms(DigestAlgorithm.SHA_256)
            .build();
    DigestChallenge offered = DigestChallenge.parseAll(shaOnly.challengeHeaders(false)).get(0);
    DigestChallenge downgraded =
        new DigestChallenge(
            offered.realm(),
            offered.nonce(),
            offered.opaque(),
            DigestAlgorithm.MD5,
            offered.qop(),
            false,
            false);

    String header = new DigestClientSession(ADMIN, downgraded).authorization("GET", URI);

    assertThat(shaOnly.challengeHeaders(false)).hasSize(1);
    assertThat(denied(shaOnly.verify("GET", URI, header)).reason()).isEqualTo(Reason.UNSUPPORTED);
  }

  @Test
  void expiredNonceIsStaleAndTheClientRecoversWithTheSameCredentials() {
    DigestClientSession client = login(ADMIN);
    assertThat(server.verify("POST", URI, client.authorization("POST", URI)).isAllowed()).isTrue();

    clock.advance(DigestVerifier.DEFAULT_NONCE_LIFETIME.plusSeconds(1));
    Denied d = denied(server.verify("POST", URI, client.authorization("POST", URI)));
    assertThat(d.reason()).isEqualTo(Reason.STALE_NONCE);
    assertThat(d.isStale()).isTrue();

    List<String> again = server.challengeHeaders(true);
    assertThat(again).allSatisfy(h -> assertThat(h).contains("\", stale=true, qop="));
    assertThat(client.update(again)).map(DigestChallenge::stale).contains(true);
    assertThat(server.verify("POST", URI, client.authorization("POST", URI)).isAllowed()).isTrue();
  }

  @Test
  void expiredNonceWithWrongPasswordIsNotStale() {
    DigestClientSession client = login(new Credentials("admin", "wrong"));
    clock.advance(Duration.ofHours(1));

    assertThat(denied(server.verify("POST", URI, client.authorization("POST", URI))).reason())
        .isEqualTo(Reason.BAD_PASSWORD);
  }

  @Test
  void nonceFromAnotherServerInstanceIsStaleWhenTheResponseIsRight() {
    DigestVerifier restarted =
        DigestVerifier.builder("jonvif", UserLookup.of(ADMIN)).clock(clock).build();
    DigestChallenge old = DigestChallenge.parseAll(server.challengeHeaders(false)).get(0);
    // Same realm, other secret and opaque: as after a device restart (opaque dropped by the
    // client).
    DigestChallenge withoutOpaque =
        new DigestChallenge(
            old.realm(), old.nonce(), null, old.algorithm(), old.qop(), false, false);
    String header = new DigestClientSession(ADMIN, withoutOpaque).authorization("POST", URI);

    assertThat(denied(restarted.verify("POST", URI, header)).reason())
        .isEqualTo(Reason.STALE_NONCE);
  }

  @Test
  void replayedNonceCountIsRejected() {
    DigestClientSession client = login(ADMIN);
    String header = client.authorization("POST", URI);

    assertThat(server.verify("POST", URI, header).isAllowed()).isTrue();
    assertThat(denied(server.verify("POST", URI, header)).reason())
        .isEqualTo(Reason.REPLAYED_NONCE);
  }

  @Test
  void countsArrivingOutOfOrderAreEachAcceptedOnce() {
    DigestClientSession client = login(ADMIN);
    String first = client.authorization("POST", URI);
    String second = client.authorization("POST", URI);
    String third = client.authorization("POST", URI);

    assertThat(server.verify("POST", URI, third).isAllowed()).isTrue();
    assertThat(server.verify("POST", URI, first).isAllowed()).isTrue();
    assertThat(server.verify("POST", URI, second).isAllowed()).isTrue();
    assertThat(denied(server.verify("POST", URI, first)).reason()).isEqualTo(Reason.REPLAYED_NONCE);
  }

  @Test
  void countFarBelowTheHighestIsRejected() {
    DigestClientSession client = login(ADMIN);
    String early = client.authorization("POST", URI);
    String latest = null;
    for (int i = 0; i < 70; i++) {
      latest = client.authorization("POST", URI);
    }

    assertThat(server.verify("POST", URI, latest).isAllowed()).isTrue();
    assertThat(denied(server.verify("POST", URI, early)).reason()).isEqualTo(Reason.REPLAYED_NONCE);
  }

  @Test
  void wrongPasswordAndUnknownUserShareTheirMessage() {
    Denied wrong =
        denied(
            server.verify(
                "POST", URI, login(new Credentials("admin", "x")).authorization("POST", URI)));
    Denied unknown =
        denied(
            server.verify(
                "POST", URI, login(new Credentials("nobody", "x")).authorization("POST", URI)));

    assertThat(wrong.reason()).isEqualTo(Reason.BAD_PASSWORD);
    assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_USER);
    assertThat(wrong.message()).isEqualTo(unknown.message());
    assertThat(unknown.username()).isEqualTo("nobody");
  }

  @Test
  void uriMustNameTheRequestedResource() {
    DigestClientSession client = login(ADMIN);

    assertThat(
            denied(server.verify("POST", "/onvif/media", client.authorization("POST", URI)))
                .reason())
        .isEqualTo(Reason.URI_MISMATCH);
    assertThat(
            server
                .verify("POST", URI, client.authorization("POST", "http://192.0.2.1:8080" + URI))
                .isAllowed())
        .isTrue();
  }

  @Test
  void methodIsPartOfTheResponse() {
    DigestClientSession client = login(ADMIN);

    assertThat(denied(server.verify("GET", URI, client.authorization("POST", URI))).reason())
        .isEqualTo(Reason.BAD_PASSWORD);
  }

  @Test
  void otherSchemesAndBrokenHeadersAreRefused() {
    assertThat(denied(server.verify("GET", URI, "Basic YWRtaW46cHc=")).reason())
        .isEqualTo(Reason.UNSUPPORTED);
    assertThat(denied(server.verify("GET", URI, "=garbage")).reason()).isEqualTo(Reason.MALFORMED);
    assertThat(denied(server.verify("GET", URI, "Digest username=\"admin\"")).reason())
        .isEqualTo(Reason.MISSING_FIELDS);
  }

  @Test
  void rfc2069StyleRequestWithoutQopIsRefused() {
    DigestChallenge offered = DigestChallenge.parseAll(server.challengeHeaders(false)).get(0);
    DigestChallenge noQop =
        new DigestChallenge(
            offered.realm(),
            offered.nonce(),
            offered.opaque(),
            offered.algorithm(),
            List.of(),
            false,
            false);

    String header = new DigestClientSession(ADMIN, noQop).authorization("GET", URI);

    assertThat(denied(server.verify("GET", URI, header)).reason()).isEqualTo(Reason.UNSUPPORTED);
  }

  @Test
  void tamperedRealmOrOpaqueIsMalformed() {
    DigestChallenge offered = DigestChallenge.parseAll(server.challengeHeaders(false)).get(0);
    DigestChallenge otherRealm =
        new DigestChallenge(
            "elsewhere",
            offered.nonce(),
            offered.opaque(),
            offered.algorithm(),
            offered.qop(),
            false,
            false);
    DigestChallenge otherOpaque =
        new DigestChallenge(
            offered.realm(),
            offered.nonce(),
            "forged",
            offered.algorithm(),
            offered.qop(),
            false,
            false);

    assertThat(
            denied(
                    server.verify(
                        "GET",
                        URI,
                        new DigestClientSession(ADMIN, otherRealm).authorization("GET", URI)))
                .reason())
        .isEqualTo(Reason.MALFORMED);
    assertThat(
            denied(
                    server.verify(
                        "GET",
                        URI,
                        new DigestClientSession(ADMIN, otherOpaque).authorization("GET", URI)))
                .reason())
        .isEqualTo(Reason.MALFORMED);
  }

  @Test
  void nonAsciiUserNameRoundTripsThroughUsernameStar() {
    Credentials jason = new Credentials("Jäsøn Doe", "Secret, or not?");
    DigestVerifier v = DigestVerifier.builder("api", UserLookup.of(jason)).clock(clock).build();
    DigestClientSession client =
        DigestClientSession.fromHeaders(jason, v.challengeHeaders(false)).orElseThrow();

    assertThat(v.verify("GET", "/doe.json", client.authorization("GET", "/doe.json")))
        .isEqualTo(new Allowed("Jäsøn Doe", Method.HTTP_DIGEST));
  }

  @Test
  void trackedNoncesAreBoundedAndForgottenOnesBecomeStale() {
    DigestVerifier small =
        DigestVerifier.builder("jonvif", UserLookup.of(ADMIN))
            .clock(clock)
            .maxTrackedNonces(2)
            .build();
    DigestClientSession a =
        DigestClientSession.fromHeaders(ADMIN, small.challengeHeaders(false)).orElseThrow();
    String aFirst = a.authorization("GET", URI);
    assertThat(small.verify("GET", URI, aFirst).isAllowed()).isTrue();
    for (int i = 0; i < 2; i++) {
      clock.advance(Duration.ofMillis(1));
      DigestClientSession other =
          DigestClientSession.fromHeaders(ADMIN, small.challengeHeaders(false)).orElseThrow();
      assertThat(small.verify("GET", URI, other.authorization("GET", URI)).isAllowed()).isTrue();
    }

    // a's nonce was forgotten for space: neither its replay nor its next count gets in.
    assertThat(denied(small.verify("GET", URI, aFirst)).reason()).isEqualTo(Reason.STALE_NONCE);
    assertThat(denied(small.verify("GET", URI, a.authorization("GET", URI))).reason())
        .isEqualTo(Reason.STALE_NONCE);
  }

  @Test
  void uriMatching() {
    assertThat(DigestVerifier.uriMatches("/a?b=1", "/a?b=1")).isTrue();
    assertThat(DigestVerifier.uriMatches("http://h:80/a?b=1", "/a?b=1")).isTrue();
    assertThat(DigestVerifier.uriMatches("http://h", "/")).isTrue();
    assertThat(DigestVerifier.uriMatches("/a?b=2", "/a?b=1")).isFalse();
    assertThat(DigestVerifier.uriMatches("/a b", "/a%20b")).isFalse();
    assertThat(DigestVerifier.uriMatches("/a", "/a/")).isFalse();
  }
}
