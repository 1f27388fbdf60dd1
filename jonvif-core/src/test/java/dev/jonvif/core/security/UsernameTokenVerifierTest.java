package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.security.AuthResult.Allowed;
import dev.jonvif.core.security.AuthResult.Denied;
import dev.jonvif.core.security.AuthResult.Method;
import dev.jonvif.core.security.AuthResult.Reason;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsernameTokenVerifierTest {

  private static final Credentials ADMIN = new Credentials("admin", "pässwörd<&>");
  private static final String NOW = "2026-01-15T10:20:30.123Z";
  private static final String WSSE =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-secext-1.0.xsd";
  private static final String WSU =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-utility-1.0.xsd";

  private final MutableClock clock = MutableClock.at(NOW);
  private final UsernameTokenVerifier verifier =
      UsernameTokenVerifier.builder(UserLookup.of(ADMIN)).clock(clock).build();

  /** A token built by the client side, sent through the XML writer and read back by the parser. */
  private XmlElement wire(UsernameToken token) {
    return XmlParser.parse(XmlWriter.toBytes(token.toSecurityHeader()));
  }

  private XmlElement digestToken(Credentials c, Duration clockOffset) {
    return wire(UsernameToken.create(c, PasswordType.DIGEST, clock, clockOffset));
  }

  private static XmlElement xml(String text) {
    return XmlParser.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Denied denied(AuthResult r) {
    assertThat(r).isInstanceOf(Denied.class);
    return (Denied) r;
  }

  @Test
  void buildThenVerifyRoundTrip() {
    AuthResult r = verifier.verify(digestToken(ADMIN, Duration.ZERO));

    assertThat(r).isEqualTo(new Allowed("admin", Method.USERNAME_TOKEN_DIGEST));
    assertThat(r.isAllowed()).isTrue();
  }

  @Test
  void onvifProgrammersGuideTokenVerifiesAtItsTime() {
    UsernameTokenVerifier v =
        UsernameTokenVerifier.builder(UserLookup.of(new Credentials("user", "userpassword")))
            .clock(MutableClock.at("2010-09-16T07:52:00Z"))
            .build();
    XmlElement security =
        xml(
            """
            <Security xmlns="%s" xmlns:u="%s"><UsernameToken>
              <Username>user</Username>
              <Password Type="%s">tuOSpGlFlIXsozq4HFNeeGeFLEI=</Password>
              <Nonce>LKqI6G/AikKCQrN0zqZFlg==</Nonce>
              <u:Created>2010-09-16T07:50:45Z</u:Created>
            </UsernameToken></Security>"""
                .formatted(WSSE, WSU, PasswordType.DIGEST.uri()));

    assertThat(v.verify(security)).isEqualTo(new Allowed("user", Method.USERNAME_TOKEN_DIGEST));
  }

  @Test
  void clientClockOffsetMakesASkewedClientAcceptable() {
    // The device runs 3 hours ahead; the client knows it from GetSystemDateAndTime.
    MutableClock device = MutableClock.at("2026-01-15T13:20:30Z");
    UsernameTokenVerifier v =
        UsernameTokenVerifier.builder(UserLookup.of(ADMIN)).clock(device).build();

    assertThat(denied(v.verify(digestToken(ADMIN, Duration.ZERO))).reason())
        .isEqualTo(Reason.CLOCK_SKEW);
    assertThat(v.verify(digestToken(ADMIN, Duration.ofHours(3))).isAllowed()).isTrue();
  }

  @Test
  void createdWindowEdgesAreInclusive() {
    Duration five = Duration.ofMinutes(5);
    Duration ms = Duration.ofMillis(1);

    assertThat(verifier.verify(digestToken(ADMIN, five.negated())).isAllowed()).isTrue();
    assertThat(verifier.verify(digestToken(ADMIN, five)).isAllowed()).isTrue();
    assertThat(denied(verifier.verify(digestToken(ADMIN, five.negated().minus(ms)))).reason())
        .isEqualTo(Reason.CLOCK_SKEW);
    assertThat(denied(verifier.verify(digestToken(ADMIN, five.plus(ms)))).reason())
        .isEqualTo(Reason.CLOCK_SKEW);
  }

  @Test
  void toleranceIsConfigurable() {
    UsernameTokenVerifier strict =
        UsernameTokenVerifier.builder(UserLookup.of(ADMIN))
            .clock(clock)
            .createdTolerance(Duration.ofSeconds(30))
            .build();

    assertThat(strict.verify(digestToken(ADMIN, Duration.ofSeconds(30))).isAllowed()).isTrue();
    Denied d = denied(strict.verify(digestToken(ADMIN, Duration.ofSeconds(-31))));
    assertThat(d.reason()).isEqualTo(Reason.CLOCK_SKEW);
    assertThat(d.message()).contains("behind").contains("PT30S");
  }

  @Test
  void replayedTokenIsRejected() {
    XmlElement token = digestToken(ADMIN, Duration.ZERO);

    assertThat(verifier.verify(token).isAllowed()).isTrue();
    clock.advance(Duration.ofSeconds(10));
    Denied d = denied(verifier.verify(token));
    assertThat(d.reason()).isEqualTo(Reason.REPLAYED_NONCE);
    assertThat(d.username()).isEqualTo("admin");
  }

  @Test
  void replayAfterTheWindowIsRejectedAsTooOld() {
    XmlElement token = digestToken(ADMIN, Duration.ZERO);
    assertThat(verifier.verify(token).isAllowed()).isTrue();

    clock.advance(Duration.ofMinutes(20)); // the nonce is forgotten, Created is out of the window
    assertThat(denied(verifier.verify(token)).reason()).isEqualTo(Reason.CLOCK_SKEW);
  }

  @Test
  void aRejectedTokenDoesNotBurnItsNonce() {
    byte[] nonce = new byte[16];
    Instant created = clock.instant();
    XmlElement wrong =
        wire(
            UsernameToken.create(
                new Credentials("admin", "wrong"), PasswordType.DIGEST, nonce, created));
    XmlElement right = wire(UsernameToken.create(ADMIN, PasswordType.DIGEST, nonce, created));

    assertThat(denied(verifier.verify(wrong)).reason()).isEqualTo(Reason.BAD_PASSWORD);
    assertThat(verifier.verify(right).isAllowed()).isTrue();
  }

  /** SECURITY-1-1-1: a token without Nonce is refused. */
  @Test
  void SECURITY_1_1_1_missingNonceIsRejected() {
    XmlElement security =
        xml(
            """
            <wsse:Security xmlns:wsse="%s" xmlns:wsu="%s"><wsse:UsernameToken>
              <wsse:Username>admin</wsse:Username>
              <wsse:Password Type="%s">AAAA</wsse:Password>
              <wsu:Created>%s</wsu:Created>
            </wsse:UsernameToken></wsse:Security>"""
                .formatted(WSSE, WSU, PasswordType.DIGEST.uri(), NOW));

    Denied d = denied(verifier.verify(security));
    assertThat(d.reason()).isEqualTo(Reason.MISSING_FIELDS);
    assertThat(d.message()).contains("Nonce");
  }

  /** SECURITY-1-1-1: a token without Created is refused. */
  @Test
  void SECURITY_1_1_1_missingCreatedIsRejected() {
    XmlElement security =
        xml(
            """
            <wsse:Security xmlns:wsse="%s"><wsse:UsernameToken>
              <wsse:Username>admin</wsse:Username>
              <wsse:Password Type="%s">AAAA</wsse:Password>
              <wsse:Nonce>AQIDBAUGBwgJCgsMDQ4PEA==</wsse:Nonce>
            </wsse:UsernameToken></wsse:Security>"""
                .formatted(WSSE, PasswordType.DIGEST.uri()));

    assertThat(denied(verifier.verify(security)).reason()).isEqualTo(Reason.MISSING_FIELDS);
  }

  /** SECURITY-1-1-1: PasswordText is refused unless enabled. */
  @Test
  void SECURITY_1_1_1_passwordTextIsDisabledByDefault() {
    XmlElement text = wire(UsernameToken.create(ADMIN, PasswordType.TEXT, clock, Duration.ZERO));

    assertThat(denied(verifier.verify(text)).reason()).isEqualTo(Reason.PASSWORD_TEXT_DISABLED);
  }

  @Test
  void passwordTextIsAcceptedWhenEnabled() {
    UsernameTokenVerifier v =
        UsernameTokenVerifier.builder(UserLookup.of(ADMIN))
            .clock(clock)
            .allowPasswordText(true)
            .build();

    XmlElement good = wire(UsernameToken.create(ADMIN, PasswordType.TEXT, clock, Duration.ZERO));
    XmlElement bad =
        wire(
            UsernameToken.create(
                new Credentials("admin", "nope"), PasswordType.TEXT, clock, Duration.ZERO));

    assertThat(v.verify(good)).isEqualTo(new Allowed("admin", Method.USERNAME_TOKEN_TEXT));
    assertThat(denied(v.verify(bad)).reason()).isEqualTo(Reason.BAD_PASSWORD);
    assertThat(v.verify(digestToken(ADMIN, Duration.ZERO)).isAllowed()).isTrue();
  }

  @Test
  void passwordWithoutTypeIsClearTextAsTheProfileDefines() {
    UsernameToken t = UsernameToken.create(ADMIN, PasswordType.DIGEST, clock, Duration.ZERO);
    XmlElement security =
        xml(
            """
            <wsse:Security xmlns:wsse="%s" xmlns:wsu="%s"><wsse:UsernameToken>
              <wsse:Username>admin</wsse:Username>
              <wsse:Password>%s</wsse:Password>
              <wsse:Nonce>%s</wsse:Nonce>
              <wsu:Created>%s</wsu:Created>
            </wsse:UsernameToken></wsse:Security>"""
                .formatted(WSSE, WSU, t.password(), t.nonce(), t.created()));

    assertThat(denied(verifier.verify(security)).reason()).isEqualTo(Reason.PASSWORD_TEXT_DISABLED);
  }

  @Test
  void unknownUserAndWrongPasswordLookTheSameToTheClient() {
    Denied unknown =
        denied(verifier.verify(digestToken(new Credentials("root", "x"), Duration.ZERO)));
    Denied wrong =
        denied(verifier.verify(digestToken(new Credentials("admin", "x"), Duration.ZERO)));

    assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_USER);
    assertThat(wrong.reason()).isEqualTo(Reason.BAD_PASSWORD);
    assertThat(unknown.message()).isEqualTo(wrong.message()).isEqualTo(Denied.INVALID_CREDENTIALS);
    assertThat(wrong.message()).doesNotContain("pässwörd");
  }

  @Test
  void tolerantReadingOfOtherPrefixesCreatedInWsseAndWrappedNonce() {
    UsernameToken t = UsernameToken.create(ADMIN, PasswordType.DIGEST, clock, Duration.ZERO);
    String wrappedNonce = t.nonce().substring(0, 10) + "\n   " + t.nonce().substring(10) + " ";
    XmlElement security =
        xml(
            """
            <sec:Security xmlns:sec="%s"><sec:UsernameToken>
              <sec:Username> admin </sec:Username>
              <sec:Password Type="%s">%s</sec:Password>
              <sec:Nonce EncodingType="%s">%s</sec:Nonce>
              <sec:Created>%s</sec:Created>
            </sec:UsernameToken></sec:Security>"""
                .formatted(
                    WSSE,
                    PasswordType.DIGEST.uri(),
                    t.password(),
                    UsernameToken.BASE64_BINARY,
                    wrappedNonce,
                    t.created()));

    assertThat(verifier.verify(security).isAllowed()).isTrue();
  }

  @Test
  void hexNonceIsReadWhenItsEncodingTypeSaysSo() {
    byte[] nonce = new byte[] {1, 2, 3, 4, 5, 6, 7, 8};
    UsernameToken t = UsernameToken.create(ADMIN, PasswordType.DIGEST, nonce, clock.instant());
    XmlElement security =
        xml(
            """
            <wsse:Security xmlns:wsse="%s" xmlns:wsu="%s"><wsse:UsernameToken>
              <wsse:Username>admin</wsse:Username>
              <wsse:Password Type="%s">%s</wsse:Password>
              <wsse:Nonce EncodingType="...#HexBinary">0102030405060708</wsse:Nonce>
              <wsu:Created>%s</wsu:Created>
            </wsse:UsernameToken></wsse:Security>"""
                .formatted(WSSE, WSU, PasswordType.DIGEST.uri(), t.password(), t.created()));

    assertThat(verifier.verify(security).isAllowed()).isTrue();
  }

  @Test
  void malformedFieldsAreReportedAsMalformed() {
    String template =
        """
        <wsse:Security xmlns:wsse="%s" xmlns:wsu="%s"><wsse:UsernameToken>
          <wsse:Username>admin</wsse:Username>
          <wsse:Password Type="%s">AAAA</wsse:Password>
          <wsse:Nonce>%s</wsse:Nonce>
          <wsu:Created>%s</wsu:Created>
        </wsse:UsernameToken></wsse:Security>""";
    String digest = PasswordType.DIGEST.uri();

    assertThat(denied(verifier.verify(xml(template.formatted(WSSE, WSU, digest, "***", NOW)))))
        .extracting(Denied::reason)
        .isEqualTo(Reason.MALFORMED);
    assertThat(
            denied(
                verifier.verify(xml(template.formatted(WSSE, WSU, digest, "AAAA", "yesterday")))))
        .extracting(Denied::reason)
        .isEqualTo(Reason.MALFORMED);
    assertThat(
            denied(
                verifier.verify(
                    xml(
                        template.formatted(
                            WSSE, WSU, digest, "AAAA", "999999999-01-01T00:00:00Z")))))
        .extracting(Denied::reason)
        .isEqualTo(Reason.CLOCK_SKEW);
    assertThat(
            denied(verifier.verify(xml(template.formatted(WSSE, WSU, "#Kerberos", "AAAA", NOW)))))
        .extracting(Denied::reason)
        .isEqualTo(Reason.UNSUPPORTED);
  }

  @Test
  void missingHeaderOrTokenIsMissingCredentials() {
    assertThat(denied(verifier.verify(null)).reason()).isEqualTo(Reason.MISSING_CREDENTIALS);
    XmlElement timestampOnly =
        xml(
            "<wsse:Security xmlns:wsse=\"%s\" xmlns:wsu=\"%s\"><wsu:Timestamp/></wsse:Security>"
                .formatted(WSSE, WSU));
    assertThat(denied(verifier.verify(timestampOnly)).reason())
        .isEqualTo(Reason.MISSING_CREDENTIALS);
  }

  @Test
  void usernameWithXmlSpecialCharactersVerifies() {
    Credentials odd = new Credentials("o'<b>&\"", "pw");
    UsernameTokenVerifier v =
        UsernameTokenVerifier.builder(UserLookup.of(odd)).clock(clock).build();

    assertThat(v.verify(digestToken(odd, Duration.ZERO)))
        .isEqualTo(new Allowed("o'<b>&\"", Method.USERNAME_TOKEN_DIGEST));
  }
}
