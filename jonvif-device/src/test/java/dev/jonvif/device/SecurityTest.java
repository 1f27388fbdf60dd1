package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.DigestChallenge;
import dev.jonvif.core.security.DigestClientSession;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WS-UsernameToken and HTTP Digest end to end, with the real verifiers. */
class SecurityTest extends DeviceTestSupport {

  private static final String PATH = "/onvif/device_service";
  private final MutableClock clock = MutableClock.at("2026-06-01T08:00:00Z");

  private void startWith(SecurityPolicy policy) {
    start(
        Persona.generic("cam1"),
        DeviceServer.builder().security(policy),
        clock,
        StateStorage.inMemory());
  }

  private SoapClient.Answer withToken(UsernameToken t) {
    return post(
        PATH, SoapEnvelope.of(tds("GetDeviceInformation")).withHeader(t.toSecurityHeader()));
  }

  private UsernameToken digestToken(Duration offset) {
    return UsernameToken.create(
        new Credentials(ADMIN, ADMIN_PASSWORD), PasswordType.DIGEST, clock, offset);
  }

  @Test
  void SECURITY_1_1_1_usernameTokenDigestIsAcceptedOnce() {
    startWith(SecurityPolicy.DEFAULT);
    UsernameToken t = digestToken(Duration.ZERO);
    ok(withToken(t));
    // the same token again is a replay
    fault(withToken(t), 400, "Sender", "NotAuthorized");
  }

  @Test
  void SECURITY_1_1_1_tokensWithoutNonceOrCreatedAreRefused() {
    startWith(SecurityPolicy.DEFAULT);
    UsernameToken t = digestToken(Duration.ZERO);
    XmlElement full = t.toSecurityHeader();
    for (String drop : List.of("Nonce", "Created")) {
      XmlElement ut = full.childLenient("UsernameToken");
      XmlElement.Builder stripped = XmlElement.builder(ut.name());
      ut.children().stream().filter(c -> !c.localName().equals(drop)).forEach(stripped::child);
      XmlElement header = XmlElement.builder(full.name()).child(stripped.build()).build();
      fault(
          post(PATH, SoapEnvelope.of(tds("GetDeviceInformation")).withHeader(header)),
          400,
          "Sender",
          "NotAuthorized");
    }
  }

  @Test
  void SECURITY_1_1_1_passwordTextIsOffByDefaultAndWorksWhenEnabled() {
    startWith(SecurityPolicy.DEFAULT);
    UsernameToken text =
        UsernameToken.create(
            new Credentials(ADMIN, ADMIN_PASSWORD), PasswordType.TEXT, clock, Duration.ZERO);
    fault(withToken(text), 400, "Sender", "NotAuthorized");
    server.stop();
    startWith(SecurityPolicy.DEFAULT.withPasswordText(true));
    ok(
        withToken(
            UsernameToken.create(
                new Credentials(ADMIN, ADMIN_PASSWORD), PasswordType.TEXT, clock, Duration.ZERO)));
  }

  @Test
  void createdMustMatchTheCameraClockNotTheClients() {
    startWith(SecurityPolicy.DEFAULT);
    camera.setClockOffset(Duration.ofMinutes(7));
    fault(withToken(digestToken(Duration.ZERO)), 400, "Sender", "NotAuthorized");
    ok(withToken(digestToken(Duration.ofMinutes(7))));
  }

  @Test
  void SECURITY_1_1_2_httpDigestWithSha256AndMd5() {
    startWith(SecurityPolicy.DEFAULT);
    byte[] body = SoapEnvelope.of(tds("GetDeviceInformation")).toBytes();
    SoapClient.Answer challenge = post(PATH, body, Map.of());
    assertThat(challenge.status()).isEqualTo(401);
    List<String> offered = challenge.headers().get("www-authenticate");
    List<DigestChallenge> parsed = DigestChallenge.parseAll(offered);
    assertThat(parsed).extracting(c -> c.algorithm().token()).contains("SHA-256", "MD5");
    assertThat(parsed).allSatisfy(c -> assertThat(c.realm()).isEqualTo("cam1"));
    for (String algorithm : List.of("SHA-256", "MD5")) {
      // a fresh challenge per algorithm: nonce counts are tracked per nonce, whatever the hash
      DigestChallenge c =
          DigestChallenge.parseAll(post(PATH, body, Map.of()).headers().get("www-authenticate"))
              .stream()
              .filter(x -> x.algorithm().token().equals(algorithm))
              .findFirst()
              .orElseThrow();
      DigestClientSession s = new DigestClientSession(new Credentials(ADMIN, ADMIN_PASSWORD), c);
      ok(post(PATH, body, Map.of("Authorization", s.authorization("POST", PATH))));
    }
  }

  @Test
  void wrongDigestPasswordGetsAFreshChallenge() {
    startWith(SecurityPolicy.DEFAULT);
    byte[] body = SoapEnvelope.of(tds("GetDeviceInformation")).toBytes();
    SoapClient.Answer challenge = post(PATH, body, Map.of());
    DigestClientSession s =
        DigestClientSession.fromHeaders(
                new Credentials(ADMIN, "wrong"), challenge.headers().get("www-authenticate"))
            .orElseThrow();
    SoapClient.Answer a = post(PATH, body, Map.of("Authorization", s.authorization("POST", PATH)));
    fault(a, 401, "Sender", "NotAuthorized");
    assertThat(a.headers().get("www-authenticate")).isNotEmpty();
  }

  @Test
  void staleDigestNonceIsChallengedWithStaleTrue() {
    startWith(SecurityPolicy.DEFAULT);
    byte[] body = SoapEnvelope.of(tds("GetDeviceInformation")).toBytes();
    SoapClient.Answer challenge = post(PATH, body, Map.of());
    DigestClientSession s =
        DigestClientSession.fromHeaders(
                new Credentials(ADMIN, ADMIN_PASSWORD), challenge.headers().get("www-authenticate"))
            .orElseThrow();
    ok(post(PATH, body, Map.of("Authorization", s.authorization("POST", PATH))));
    clock.advance(Duration.ofMinutes(6));
    SoapClient.Answer stale =
        post(PATH, body, Map.of("Authorization", s.authorization("POST", PATH)));
    assertThat(stale.status()).isEqualTo(401);
    assertThat(String.join(" ", stale.headers().get("www-authenticate")))
        .containsIgnoringCase("stale=true");
    s.update(stale.headers().get("www-authenticate"));
    ok(post(PATH, body, Map.of("Authorization", s.authorization("POST", PATH))));
  }

  @Test
  void preAuthOperationsIgnoreCredentials() {
    startWith(SecurityPolicy.DEFAULT);
    ok(
        post(
            PATH,
            SoapEnvelope.of(tds("GetSystemDateAndTime"))
                .withHeader(
                    UsernameToken.create(
                            new Credentials(ADMIN, "wrong"),
                            PasswordType.DIGEST,
                            clock,
                            Duration.ZERO)
                        .toSecurityHeader())));
    ok(post(PATH, SoapEnvelope.of(tds("GetServices", el(TDS, "IncludeCapability", false)))));
  }
}
