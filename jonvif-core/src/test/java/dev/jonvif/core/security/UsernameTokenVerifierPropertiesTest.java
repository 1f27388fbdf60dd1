package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a UsernameToken holds, the verifier answers with a result and never throws. */
class UsernameTokenVerifierPropertiesTest {

  private final MutableClock clock = MutableClock.at("2026-01-15T10:20:30.123Z");
  private final UsernameTokenVerifier verifier =
      UsernameTokenVerifier.builder(UserLookup.of(new Credentials("admin", "pw")))
          .clock(clock)
          .allowPasswordText(true)
          .build();

  @Provide
  Arbitrary<String> field() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.of(
            "admin",
            "pw",
            "AQIDBAUGBwgJCgsMDQ4PEA==",
            "2026-01-15T10:20:30.123Z",
            "999999999-01-01T00:00:00Z",
            "2026-01-15T10:20:30",
            PasswordType.DIGEST.uri(),
            PasswordType.TEXT.uri(),
            UsernameToken.BASE64_BINARY,
            "#HexBinary",
            "0g"));
  }

  @Property(tries = 1000)
  void neverThrows(
      @ForAll("field") String username,
      @ForAll("field") String password,
      @ForAll("field") String type,
      @ForAll("field") String nonce,
      @ForAll("field") String encoding,
      @ForAll("field") String created) {
    XmlElement.Builder token = XmlElement.builder(Namespaces.WSSE, "UsernameToken");
    token.child(Namespaces.WSSE, "Username", username);
    if (password != null) {
      token.child(
          XmlElement.builder(Namespaces.WSSE, "Password")
              .attribute("Type", type)
              .text(password)
              .build());
    }
    if (nonce != null) {
      token.child(
          XmlElement.builder(Namespaces.WSSE, "Nonce")
              .attribute("EncodingType", encoding)
              .text(nonce)
              .build());
    }
    token.child(Namespaces.WSU, "Created", created);
    XmlElement security =
        XmlElement.builder(Namespaces.WSSE, "Security").child(token.build()).build();

    AuthResult r = verifier.verify(security);

    assertThat(r).isNotNull();
    if (r.isAllowed()) {
      assertThat(((AuthResult.Allowed) r).username()).isEqualTo("admin");
    }
  }

  @Property(tries = 200)
  void realTokensWithAnyOffsetInsideTheWindowPass(
      @ForAll @net.jqwik.api.constraints.LongRange(min = -300_000, max = 300_000) long offsetMs) {
    UsernameToken t =
        UsernameToken.create(
            new Credentials("admin", "pw"),
            PasswordType.DIGEST,
            clock,
            Duration.ofMillis(offsetMs));

    assertThat(verifier.verify(t.toSecurityHeader()).isAllowed()).isTrue();
  }
}
