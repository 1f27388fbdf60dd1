package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.security.AuthResult.Allowed;
import dev.jonvif.core.security.AuthResult.Denied;
import dev.jonvif.core.security.AuthResult.Method;
import dev.jonvif.core.security.AuthResult.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Rfc2069Policy#ACCEPT_MD5}: credentials as live555 (VLC, openRTSP) sends them. The client
 * side here is written the way live555 behaves, independently of jonvif's Digest code: it takes the
 * last {@code WWW-Authenticate: Digest} header, reads it only if it starts {@code Digest realm="…",
 * nonce="…"}, and answers MD5(HA1:nonce:HA2) without qop, reusing the nonce.
 */
class DigestRfc2069Test {

  private static final Credentials VIEWER = new Credentials("viewer", "s3cret");
  private static final String URL = "rtsp://127.0.0.1:8554/cam1/Profile_1";
  private static final Pattern LIVE555 =
      Pattern.compile("^Digest realm=\"([^\"]*)\", nonce=\"([^\"]*)\"(, stale=(\\w+))?");

  private final MutableClock clock = MutableClock.at("2026-01-15T10:00:00Z");

  private DigestVerifier verifier(Rfc2069Policy policy, DigestAlgorithm... algorithms) {
    DigestVerifier.Builder b =
        DigestVerifier.builder("jonvif", UserLookup.of(VIEWER)).clock(clock).rfc2069(policy);
    return algorithms.length == 0 ? b.build() : b.algorithms(algorithms).build();
  }

  private static String md5(String s) {
    try {
      byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The realm and nonce live555 reads from the last Digest challenge. */
  private static String[] live555Reads(List<String> challenges) {
    Matcher m = LIVE555.matcher(challenges.get(challenges.size() - 1));
    assertThat(m.find()).as("live555 can read %s", challenges).isTrue();
    return new String[] {m.group(1), m.group(2)};
  }

  private static String live555Authorization(
      Credentials c, String[] realmNonce, String method, String uri) {
    String ha1 = md5(c.username() + ":" + realmNonce[0] + ":" + c.password());
    String response = md5(ha1 + ":" + realmNonce[1] + ":" + md5(method + ":" + uri));
    return "Digest username=\""
        + c.username()
        + "\", realm=\""
        + realmNonce[0]
        + "\", nonce=\""
        + realmNonce[1]
        + "\", uri=\""
        + uri
        + "\", response=\""
        + response
        + "\"";
  }

  private static Denied denied(AuthResult r) {
    assertThat(r).isInstanceOf(Denied.class);
    return (Denied) r;
  }

  @Test
  void live555CredentialsAreAllowedForEveryRequestOfASession() {
    DigestVerifier v = verifier(Rfc2069Policy.ACCEPT_MD5);
    String[] rn = live555Reads(v.challengeHeaders(false));

    for (String method : List.of("DESCRIBE", "SETUP", "PLAY", "GET_PARAMETER")) {
      String auth = live555Authorization(VIEWER, rn, method, URL);
      assertThat(v.verify(method, URL, auth))
          .as(method)
          .isEqualTo(new Allowed("viewer", Method.HTTP_DIGEST));
    }
  }

  @Test
  void refusedByDefault() {
    DigestVerifier v = verifier(Rfc2069Policy.REFUSE);
    String auth =
        live555Authorization(VIEWER, live555Reads(v.challengeHeaders(false)), "PLAY", URL);

    Denied d = denied(v.verify("PLAY", URL, auth));
    assertThat(d.reason()).isEqualTo(Reason.UNSUPPORTED);
    assertThat(d.message()).contains("qop=auth");
  }

  @Test
  void aWrongPasswordIsStillWrong() {
    DigestVerifier v = verifier(Rfc2069Policy.ACCEPT_MD5);
    String[] rn = live555Reads(v.challengeHeaders(false));
    String auth = live555Authorization(new Credentials("viewer", "guess"), rn, "PLAY", URL);

    assertThat(denied(v.verify("PLAY", URL, auth)).reason()).isEqualTo(Reason.BAD_PASSWORD);
  }

  @Test
  void onlyMd5() {
    DigestVerifier v = verifier(Rfc2069Policy.ACCEPT_MD5);
    String[] rn = live555Reads(v.challengeHeaders(false));
    String auth = live555Authorization(VIEWER, rn, "PLAY", URL) + ", algorithm=SHA-256";
    assertThat(denied(v.verify("PLAY", URL, auth)).reason()).isEqualTo(Reason.UNSUPPORTED);

    DigestVerifier shaOnly = verifier(Rfc2069Policy.ACCEPT_MD5, DigestAlgorithm.SHA_256);
    String[] rn2 = live555Reads(shaOnly.challengeHeaders(false));
    String auth2 = live555Authorization(VIEWER, rn2, "PLAY", URL);
    assertThat(denied(shaOnly.verify("PLAY", URL, auth2)).reason()).isEqualTo(Reason.UNSUPPORTED);
  }

  @Test
  void theUriMustNameTheRequest() {
    DigestVerifier v = verifier(Rfc2069Policy.ACCEPT_MD5);
    String[] rn = live555Reads(v.challengeHeaders(false));
    String auth = live555Authorization(VIEWER, rn, "PLAY", URL.replace("Profile_1", "Profile_2"));

    assertThat(denied(v.verify("PLAY", URL, auth)).reason()).isEqualTo(Reason.URI_MISMATCH);
  }

  @Test
  void anExpiredNonceIsStaleAndLive555SeesStaleInTheNewChallenge() {
    DigestVerifier v = verifier(Rfc2069Policy.ACCEPT_MD5);
    String[] rn = live555Reads(v.challengeHeaders(false));
    clock.advance(DigestVerifier.DEFAULT_NONCE_LIFETIME.plusSeconds(1));

    Denied d = denied(v.verify("PLAY", URL, live555Authorization(VIEWER, rn, "PLAY", URL)));
    assertThat(d.reason()).isEqualTo(Reason.STALE_NONCE);

    List<String> again = v.challengeHeaders(true);
    Matcher m = LIVE555.matcher(again.get(again.size() - 1));
    assertThat(m.find()).isTrue();
    assertThat(m.group(4)).isEqualTo("true");
    String[] fresh = {m.group(1), m.group(2)};
    assertThat(v.verify("PLAY", URL, live555Authorization(VIEWER, fresh, "PLAY", URL)).isAllowed())
        .isTrue();
  }

  @Test
  void qopClientsKeepTheirReplayCheck() {
    DigestVerifier v = verifier(Rfc2069Policy.ACCEPT_MD5);
    DigestClientSession client =
        DigestClientSession.fromHeaders(VIEWER, v.challengeHeaders(false)).orElseThrow();
    String once = client.authorization("PLAY", URL);

    assertThat(v.verify("PLAY", URL, once).isAllowed()).isTrue();
    assertThat(denied(v.verify("PLAY", URL, once)).reason()).isEqualTo(Reason.REPLAYED_NONCE);
  }
}
