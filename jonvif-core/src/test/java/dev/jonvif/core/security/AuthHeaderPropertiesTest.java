package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The header parsers never throw, whatever they are given. */
class AuthHeaderPropertiesTest {

  private final DigestVerifier verifier =
      DigestVerifier.builder("r", UserLookup.of(new Credentials("u", "p"))).build();

  /** Strings built from the characters that matter to the grammar, plus anything else. */
  @Provide
  Arbitrary<String> headerish() {
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.of(
                "Digest",
                "Basic",
                " ",
                ",",
                "=",
                "\"",
                "\\",
                "realm",
                "nonce",
                "qop",
                "auth",
                "algorithm",
                "SHA-256",
                "MD5-sess",
                "stale",
                "true",
                "opaque",
                "\t",
                "\r\n",
                "*",
                "'",
                "%",
                "username*",
                "UTF-8''"),
            Arbitraries.strings().ofMaxLength(6));
    return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void challengeParserNeverThrows(@ForAll("headerish") String a, @ForAll("headerish") String b) {
    List<DigestChallenge> challenges = DigestChallenge.parseAll(List.of(a, b));
    DigestChallenge.preferred(challenges);
    DigestChallenge.offeredSchemes(List.of(a, b));
    assertThat(challenges).allSatisfy(c -> assertThat(c.nonce()).isNotEmpty());
  }

  @Property(tries = 500)
  void challengeParserNeverThrowsOnArbitraryStrings(@ForAll String value) {
    assertThat(DigestChallenge.parseAll(List.of(value))).isNotNull();
  }

  @Property(tries = 1000)
  void verifierNeverThrowsOnArbitraryAuthorization(@ForAll("headerish") String authorization) {
    assertThat(verifier.verify("GET", "/", "Digest " + authorization).isAllowed()).isFalse();
    assertThat(verifier.verify("GET", "/", authorization).isAllowed()).isFalse();
  }

  @Property(tries = 500)
  void writtenChallengesParseBack(
      @ForAll("printable") String realm,
      @ForAll("printable") String nonce,
      @ForAll DigestAlgorithm algorithm,
      @ForAll boolean stale) {
    if (nonce.isEmpty()) {
      return;
    }
    DigestChallenge c =
        new DigestChallenge(realm, nonce, "o", algorithm, List.of("auth"), stale, false);

    assertThat(DigestChallenge.parseAll(List.of(c.toHeaderValue()))).containsExactly(c);
  }

  @Provide
  Arbitrary<String> printable() {
    return Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20);
  }

  @Property(tries = 300)
  void extendedValuesRoundTrip(@ForAll String username) {
    String header = new AuthHeaderWriter("Digest").extended("username", username).toString();
    String value = AuthHeaderParser.parse(header).get(0).params().get("username*");

    assertThat(AuthHeaderParser.decodeExtended(value))
        .isEqualTo(
            new String(
                username.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8));
  }
}
