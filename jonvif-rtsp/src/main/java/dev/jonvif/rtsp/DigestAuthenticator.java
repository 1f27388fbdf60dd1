package dev.jonvif.rtsp;

import dev.jonvif.core.security.AuthResult;
import dev.jonvif.core.security.DigestVerifier;
import dev.jonvif.core.security.Rfc2069Policy;
import dev.jonvif.rtsp.wire.RtspRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Digest (RFC 7616, qop=auth; SHA-256 and MD5 offered in that order, so clients that take the
 * last challenge they understand, like ffmpeg and live555, answer MD5) for RTSP requests, through
 * jonvif-core's {@link DigestVerifier}: one verifier per camera, over that camera's users. The
 * {@link Rfc2069Policy} decides whether live555's qop-less MD5 answers are accepted.
 */
final class DigestAuthenticator implements RequestAuthenticator {

  private final StreamAuth auth;
  private final String realm;
  private final Rfc2069Policy rfc2069;
  private final Clock clock;
  private final Map<String, DigestVerifier> verifiers = new ConcurrentHashMap<>();

  private DigestAuthenticator(StreamAuth auth, String realm, Rfc2069Policy rfc2069, Clock clock) {
    this.auth = auth;
    this.realm = realm;
    this.rfc2069 = rfc2069;
    this.clock = clock;
  }

  /** The authenticator for {@code auth} (one that lets everything through for no auth). */
  static RequestAuthenticator of(
      StreamAuth auth, String realm, Rfc2069Policy rfc2069, Clock clock) {
    return new DigestAuthenticator(auth, realm, rfc2069, clock);
  }

  @Override
  public Optional<List<String>> challengeIfDenied(String camera, RtspRequest request) {
    if (!auth.requiresAuthentication(camera)) {
      return Optional.empty();
    }
    DigestVerifier verifier =
        verifiers.computeIfAbsent(
            camera,
            c ->
                DigestVerifier.builder(realm, user -> auth.password(c, user))
                    .rfc2069(rfc2069)
                    .clock(clock)
                    .build());
    AuthResult result =
        verifier.verify(request.method(), request.uri(), request.headers().value("Authorization"));
    if (result.isAllowed()) {
      return Optional.empty();
    }
    boolean stale = result instanceof AuthResult.Denied d && d.isStale();
    return Optional.of(verifier.challengeHeaders(stale));
  }
}
