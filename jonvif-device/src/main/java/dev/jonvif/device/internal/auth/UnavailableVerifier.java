package dev.jonvif.device.internal.auth;

import dev.jonvif.core.xml.XmlElement;
import java.util.List;

/**
 * Placeholder until the wire-level verifiers of {@code dev.jonvif.core.security} are wired in:
 * refuses every credential, so only PRE_AUTH operations work.
 */
public final class UnavailableVerifier implements CredentialVerifier {

  private static final String MESSAGE = "authentication is not available on this build";

  @Override
  public AuthDecision checkUsernameToken(XmlElement security) {
    return new AuthDecision.Denied(AuthDecision.Answer.SOAP_FAULT, MESSAGE, null, false, false);
  }

  @Override
  public AuthDecision checkDigest(String method, String requestUri, String authorization) {
    return new AuthDecision.Denied(AuthDecision.Answer.HTTP_CHALLENGE, MESSAGE, null, false, false);
  }

  @Override
  public List<String> challenges(boolean stale) {
    return List.of("Digest realm=\"jonvif\", qop=\"auth\", nonce=\"unavailable\"");
  }
}
