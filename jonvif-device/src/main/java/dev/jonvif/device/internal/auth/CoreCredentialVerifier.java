package dev.jonvif.device.internal.auth;

import dev.jonvif.core.security.AuthResult;
import dev.jonvif.core.security.DigestVerifier;
import dev.jonvif.core.security.UserLookup;
import dev.jonvif.core.security.UsernameTokenVerifier;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.SecurityPolicy;
import dev.jonvif.device.User;
import dev.jonvif.device.VirtualCamera;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One camera's credential checks with the verifiers of {@code dev.jonvif.core.security}: users and
 * passwords read live from the camera's state; UsernameToken {@code Created} compared with the
 * camera's own (possibly skewed) clock, as a real camera does; HTTP Digest in the realm named after
 * the camera, nonces timed by the real clock.
 */
public final class CoreCredentialVerifier implements CredentialVerifier {

  /** Replay-cache size per camera: plenty for one camera, small enough for a thousand. */
  static final int NONCE_CACHE_SIZE = 10_000;

  private final UsernameTokenVerifier usernameToken;
  private final DigestVerifier digest;

  public CoreCredentialVerifier(VirtualCamera camera, SecurityPolicy policy, Clock realClock) {
    UserLookup users = name -> Optional.ofNullable(camera.device().user(name)).map(User::password);
    this.usernameToken =
        UsernameTokenVerifier.builder(users)
            .clock(camera.clock())
            .createdTolerance(policy.createdTolerance())
            .allowPasswordText(policy.passwordText())
            .nonceCacheSize(NONCE_CACHE_SIZE)
            .build();
    this.digest = DigestVerifier.builder(camera.name(), users).clock(realClock).build();
  }

  @Override
  public AuthDecision checkUsernameToken(XmlElement security) {
    return map(usernameToken.verify(security), AuthDecision.Answer.SOAP_FAULT);
  }

  @Override
  public AuthDecision checkDigest(String method, String requestUri, String authorization) {
    return map(
        digest.verify(method, requestUri, authorization), AuthDecision.Answer.HTTP_CHALLENGE);
  }

  @Override
  public List<String> challenges(boolean stale) {
    return digest.challengeHeaders(stale);
  }

  private static AuthDecision map(AuthResult result, AuthDecision.Answer answer) {
    if (result instanceof AuthResult.Allowed a) {
      return new AuthDecision.Allowed(a.username());
    }
    AuthResult.Denied d = (AuthResult.Denied) result;
    boolean guess =
        d.reason() == AuthResult.Reason.BAD_PASSWORD
            || d.reason() == AuthResult.Reason.UNKNOWN_USER;
    return new AuthDecision.Denied(answer, d.message(), d.username(), d.isStale(), guess);
  }
}
