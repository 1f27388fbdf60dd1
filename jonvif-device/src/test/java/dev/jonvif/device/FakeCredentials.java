package dev.jonvif.device;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.internal.auth.AuthDecision;
import dev.jonvif.device.internal.auth.CredentialVerifier;
import java.util.List;

/**
 * A stand-in for the wire-level verifiers, for tests of the device's auth policy (levels, access
 * classes, lock-out): a UsernameToken is accepted when it has Nonce and Created and its Password
 * text equals the user's password. No cryptography: the real verifiers have their own tests.
 */
final class FakeCredentials implements CredentialVerifier {

  private final VirtualCamera camera;

  FakeCredentials(VirtualCamera camera) {
    this.camera = camera;
  }

  /** A wsse:Security header the fake accepts. */
  static XmlElement token(String user, String password) {
    String wsse = Namespaces.WSSE;
    return XmlElement.builder(wsse, "Security")
        .child(
            XmlElement.builder(wsse, "UsernameToken")
                .child(wsse, "Username", user)
                .child(wsse, "Password", password)
                .child(wsse, "Nonce", "bm9uY2U=")
                .child(Namespaces.WSU, "Created", "2026-01-01T00:00:00Z")
                .build())
        .build();
  }

  @Override
  public AuthDecision checkUsernameToken(XmlElement security) {
    XmlElement ut = security.childLenient("UsernameToken");
    String user = ut == null ? null : ut.childTextLenient("Username");
    if (ut == null || ut.childLenient("Nonce") == null || ut.childLenient("Created") == null) {
      return denied("UsernameToken needs Nonce and Created", user, false);
    }
    User u = camera.device().user(user);
    if (u == null || !u.password().equals(ut.childTextLenient("Password"))) {
      return denied("the user name or password is not valid", user, true);
    }
    return new AuthDecision.Allowed(user);
  }

  private static AuthDecision denied(String message, String user, boolean counts) {
    return new AuthDecision.Denied(AuthDecision.Answer.SOAP_FAULT, message, user, false, counts);
  }

  @Override
  public AuthDecision checkDigest(String method, String requestUri, String authorization) {
    return new AuthDecision.Denied(
        AuthDecision.Answer.HTTP_CHALLENGE, "no digest in the fake", null, false, false);
  }

  @Override
  public List<String> challenges(boolean stale) {
    return List.of("Digest realm=\"fake\", qop=\"auth\", nonce=\"n\", algorithm=SHA-256");
  }
}
