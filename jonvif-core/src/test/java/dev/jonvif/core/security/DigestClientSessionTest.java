package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DigestClientSessionTest {

  private static final Credentials USER = new Credentials("admin", "pw");

  private static DigestChallenge challenge(String nonce, String qop, String opaque) {
    return new DigestChallenge(
        "cam",
        nonce,
        opaque,
        DigestAlgorithm.SHA_256,
        qop == null ? List.of() : List.of(qop),
        false,
        false);
  }

  private static Map<String, String> params(String authorization) {
    AuthHeaderParser.Item item = AuthHeaderParser.parse(authorization).get(0);
    assertThat(item.scheme()).isEqualTo("digest");
    return item.params();
  }

  @Test
  void nonceCountIncreasesPerRequestAndEachRequestHasAFreshCnonce() {
    DigestClientSession s = new DigestClientSession(USER, challenge("n1", "auth", null));

    Map<String, String> first = params(s.authorization("POST", "/onvif/device_service"));
    Map<String, String> second = params(s.authorization("POST", "/onvif/device_service"));

    assertThat(first.get("nc")).isEqualTo("00000001");
    assertThat(second.get("nc")).isEqualTo("00000002");
    assertThat(first.get("cnonce")).hasSize(32).isNotEqualTo(second.get("cnonce"));
    assertThat(first.get("response")).isNotEqualTo(second.get("response"));
  }

  @Test
  void opaqueIsEchoedAndOmittedWhenAbsent() {
    assertThat(
            params(
                    new DigestClientSession(USER, challenge("n", "auth", "op/aque=="))
                        .authorization("GET", "/"))
                .get("opaque"))
        .isEqualTo("op/aque==");
    assertThat(
            params(
                new DigestClientSession(USER, challenge("n", "auth", null))
                    .authorization("GET", "/")))
        .doesNotContainKey("opaque");
  }

  @Test
  void staleChallengeKeepsCredentialsAndRestartsTheCountOnTheNewNonce() {
    DigestClientSession s = new DigestClientSession(USER, challenge("old", "auth", null));
    s.authorization("POST", "/a");
    s.authorization("POST", "/a");

    Optional<DigestChallenge> adopted =
        s.update(
            List.of(
                "Digest realm=\"cam\", nonce=\"new\", qop=auth, algorithm=SHA-256, stale=true"));

    assertThat(adopted).map(DigestChallenge::stale).contains(true);
    Map<String, String> p = params(s.authorization("POST", "/a"));
    assertThat(p).containsEntry("nonce", "new").containsEntry("nc", "00000001");
    assertThat(p).containsEntry("username", "admin");
  }

  @Test
  void updateWithTheSameNonceContinuesTheCount() {
    DigestClientSession s = new DigestClientSession(USER, challenge("same", "auth", null));
    s.authorization("GET", "/");

    s.update(challenge("same", "auth", "now-with-opaque"));

    assertThat(params(s.authorization("GET", "/"))).containsEntry("nc", "00000002");
  }

  @Test
  void updateWithoutUsableChallengeLeavesTheSessionAlone() {
    DigestClientSession s = new DigestClientSession(USER, challenge("n", "auth", null));

    assertThat(s.update(List.of("Basic realm=\"x\""))).isEmpty();
    assertThat(s.challenge().nonce()).isEqualTo("n");
  }

  @Test
  void rfc2069ModeSendsNoQopNcOrCnonce() {
    DigestClientSession s = new DigestClientSession(USER, challenge("n", null, null));

    Map<String, String> p = params(s.authorization("GET", "/x"));

    assertThat(p).doesNotContainKeys("qop", "nc", "cnonce");
    assertThat(p.get("response"))
        .isEqualTo(
            DigestMath.response(
                DigestAlgorithm.SHA_256, "admin", "cam", "pw", "GET", "/x", "n", null, null, null));
  }

  @Test
  void concurrentRequestsGetDistinctNonceCounts() throws Exception {
    DigestClientSession s = new DigestClientSession(USER, challenge("n", "auth", null));
    List<Future<List<String>>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<String> ncs = new ArrayList<>();
                  for (int i = 0; i < 250; i++) {
                    ncs.add(params(s.authorization("POST", "/")).get("nc"));
                  }
                  return ncs;
                }));
      }
    }
    Set<String> all = new HashSet<>();
    for (Future<List<String>> f : futures) {
      all.addAll(f.get());
    }
    assertThat(all).hasSize(1000).contains("00000001", "000003e8");
  }

  @Test
  void nonAsciiUsernameTravelsAsUsernameStar() {
    Credentials jason = new Credentials("Jäsøn Doe", "Secret, or not?");
    String header =
        new DigestClientSession(jason, challenge("n", "auth", null)).authorization("GET", "/doe");

    assertThat(header).contains("username*=UTF-8''J%C3%A4s%C3%B8n%20Doe").doesNotContain("Jäsøn");
    assertThat(AuthHeaderParser.decodeExtended(params(header).get("username*")))
        .isEqualTo("Jäsøn Doe");
  }

  @Test
  void usernameWithQuotesIsEscaped() {
    Credentials odd = new Credentials("a\"b\\c", "pw");
    String header =
        new DigestClientSession(odd, challenge("n", "auth", null)).authorization("GET", "/");

    assertThat(header).contains("username=\"a\\\"b\\\\c\"");
    assertThat(params(header).get("username")).isEqualTo("a\"b\\c");
  }

  @Test
  void controlCharactersInTheUriAreRefused() {
    DigestClientSession s = new DigestClientSession(USER, challenge("n", "auth", null));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> s.authorization("GET", "/a\r\nX-Injected: 1"));
  }

  @Test
  void fromHeadersPicksThePreferredChallenge() {
    assertThat(
            DigestClientSession.fromHeaders(
                    USER,
                    List.of(
                        "Digest realm=r, nonce=n, algorithm=MD5, qop=auth",
                        "Digest realm=r, nonce=n, algorithm=SHA-256, qop=auth"))
                .orElseThrow()
                .challenge()
                .algorithm())
        .isEqualTo(DigestAlgorithm.SHA_256);
    assertThat(DigestClientSession.fromHeaders(USER, List.of("Basic realm=r"))).isEmpty();
  }

  @Test
  void toStringHidesThePassword() {
    Credentials c = new Credentials("admin", "topsecret");
    assertThat(new DigestClientSession(c, challenge("n", "auth", null)).toString())
        .contains("admin")
        .doesNotContain("topsecret");
  }

  @Test
  void nonceCountFormatting() {
    assertThat(DigestClientSession.nonceCount(1)).isEqualTo("00000001");
    assertThat(DigestClientSession.nonceCount(0xabcdef12L)).isEqualTo("abcdef12");
  }
}
