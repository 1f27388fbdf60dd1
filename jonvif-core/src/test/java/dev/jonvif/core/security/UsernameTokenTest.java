package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsernameTokenTest {

  private static final Credentials ADMIN = new Credentials("admin", "userpassword");

  /** The worked UsernameToken example of the ONVIF Application Programmer's Guide. */
  @Test
  void onvifProgrammersGuideVector() {
    byte[] nonce = Base64.getDecoder().decode("LKqI6G/AikKCQrN0zqZFlg==");

    assertThat(UsernameToken.passwordDigest(nonce, "2010-09-16T07:50:45Z", "userpassword"))
        .isEqualTo("tuOSpGlFlIXsozq4HFNeeGeFLEI=");
  }

  @Test
  void utf8PasswordVector() {
    byte[] nonce = new byte[16];
    for (int i = 0; i < 16; i++) {
      nonce[i] = (byte) (i + 1);
    }
    assertThat(Base64.getEncoder().encodeToString(nonce)).isEqualTo("AQIDBAUGBwgJCgsMDQ4PEA==");

    assertThat(UsernameToken.passwordDigest(nonce, "2026-01-15T10:20:30.123Z", "pässwörd<&>"))
        .isEqualTo("AI+dBe95fVbTx/RjDfHIJI0d92M=");
  }

  @Test
  void createdIsUtcWithMillisecondsAndZ() {
    assertThat(UsernameToken.formatCreated(Instant.parse("2026-01-15T10:20:30.123456Z")))
        .isEqualTo("2026-01-15T10:20:30.123Z");
    assertThat(UsernameToken.formatCreated(Instant.parse("2026-01-15T10:20:30Z")))
        .isEqualTo("2026-01-15T10:20:30.000Z");
  }

  @Test
  void clockOffsetIsAddedToCreated() {
    MutableClock local = MutableClock.at("2026-01-15T10:00:00.000Z");

    UsernameToken ahead =
        UsernameToken.create(ADMIN, PasswordType.DIGEST, local, Duration.ofMinutes(90));
    UsernameToken behind =
        UsernameToken.create(ADMIN, PasswordType.DIGEST, local, Duration.ofSeconds(-2));

    assertThat(ahead.created()).isEqualTo("2026-01-15T11:30:00.000Z");
    assertThat(behind.created()).isEqualTo("2026-01-15T09:59:58.000Z");
  }

  @Test
  void digestTokenCarriesTheDigestOfItsOwnNonceAndCreated() {
    UsernameToken t =
        UsernameToken.create(
            ADMIN, PasswordType.DIGEST, MutableClock.at("2026-01-15T10:00:00Z"), Duration.ZERO);

    byte[] nonce = Base64.getDecoder().decode(t.nonce());
    assertThat(nonce).hasSize(UsernameToken.NONCE_BYTES);
    assertThat(t.password())
        .isEqualTo(UsernameToken.passwordDigest(nonce, t.created(), "userpassword"))
        .isNotEqualTo("userpassword");
  }

  @Test
  void everyTokenHasAFreshNonce() {
    MutableClock clock = MutableClock.at("2026-01-15T10:00:00Z");
    Set<String> nonces = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      nonces.add(UsernameToken.create(ADMIN, PasswordType.DIGEST, clock, Duration.ZERO).nonce());
    }
    assertThat(nonces).hasSize(200);
  }

  @Test
  void passwordTextTokenCarriesThePasswordWithNonceAndCreated() {
    UsernameToken t =
        UsernameToken.create(
            ADMIN, PasswordType.TEXT, MutableClock.at("2026-01-15T10:00:00Z"), Duration.ZERO);

    XmlElement token = t.toSecurityHeader().childOrNull(Namespaces.WSSE, "UsernameToken");
    XmlElement password = token.childOrNull(Namespaces.WSSE, "Password");
    assertThat(password.text()).isEqualTo("userpassword");
    assertThat(password.attribute("Type"))
        .isEqualTo(PasswordType.TEXT.uri())
        .endsWith("#PasswordText");
    assertThat(token.childText(Namespaces.WSSE, "Nonce")).isNotEmpty();
    assertThat(token.childText(Namespaces.WSU, "Created")).isEqualTo("2026-01-15T10:00:00.000Z");
  }

  /** USERTOKENPROFILE-1: Security/UsernameToken with Username, Password, Nonce and Created. */
  @Test
  void USERTOKENPROFILE_1_headerStructure() {
    byte[] nonce = Base64.getDecoder().decode("LKqI6G/AikKCQrN0zqZFlg==");
    XmlElement security =
        UsernameToken.create(
                ADMIN, PasswordType.DIGEST, nonce, Instant.parse("2010-09-16T07:50:45Z"))
            .toSecurityHeader();

    assertThat(security.is(Namespaces.WSSE, "Security")).isTrue();
    assertThat(security.attributes()).isEmpty(); // no s:mustUnderstand, on purpose
    XmlElement token = security.childOrNull(Namespaces.WSSE, "UsernameToken");
    assertThat(token.children())
        .extracting(XmlElement::localName)
        .containsExactly("Username", "Password", "Nonce", "Created");
    assertThat(token.childText(Namespaces.WSSE, "Username")).isEqualTo("admin");
    XmlElement password = token.childOrNull(Namespaces.WSSE, "Password");
    assertThat(password.attribute("Type"))
        .isEqualTo(
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
                + "#PasswordDigest");
    XmlElement nonceElement = token.childOrNull(Namespaces.WSSE, "Nonce");
    assertThat(nonceElement.attribute("EncodingType"))
        .isEqualTo(
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0"
                + "#Base64Binary");
    assertThat(nonceElement.text()).isEqualTo("LKqI6G/AikKCQrN0zqZFlg==");
    assertThat(token.childText(Namespaces.WSU, "Created")).isEqualTo("2010-09-16T07:50:45.000Z");
  }

  @Test
  void usernameWithXmlSpecialCharactersIsEscapedAndSurvivesARoundTrip() {
    String name = "a<b>&\"c'</wsse:Username><x>";
    XmlElement security =
        UsernameToken.create(
                new Credentials(name, "pw"),
                PasswordType.DIGEST,
                new byte[16],
                Instant.parse("2026-01-15T10:20:30.123Z"))
            .toSecurityHeader();

    byte[] wire = XmlWriter.toBytes(security);
    String xml = new String(wire, StandardCharsets.UTF_8);
    assertThat(xml).contains("a&lt;b&gt;&amp;").doesNotContain("<x>");
    XmlElement parsed = XmlParser.parse(wire);
    assertThat(parsed.path(Namespaces.WSSE, "UsernameToken", "Username").text()).isEqualTo(name);
    assertThat(parsed.path(Namespaces.WSSE, "UsernameToken").children()).hasSize(4);
  }
}
