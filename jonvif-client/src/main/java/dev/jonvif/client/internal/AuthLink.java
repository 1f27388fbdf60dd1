package dev.jonvif.client.internal;

import dev.jonvif.client.AuthMethod;
import dev.jonvif.client.AuthPolicy;
import java.util.List;
import java.util.Optional;

/**
 * The authentication link. Sends the call with the camera's current method; on HTTP 401 with a
 * Digest challenge it answers the challenge (switching from WS-UsernameToken to HTTP Digest under
 * {@link AuthPolicy#AUTO}, retrying on a stale nonce); on {@code ter:NotAuthorized} to HTTP Digest
 * under AUTO it adds a UsernameToken too. What works is remembered; a final refusal becomes a
 * specific {@link dev.jonvif.core.AuthenticationException}. Clock re-synchronisation happens in the
 * next link, so a NotAuthorized that reaches this link has already survived it.
 */
public final class AuthLink implements Interceptor {

  private static final int MAX_ATTEMPTS = 5;

  private final AuthState state;

  public AuthLink(AuthState state) {
    this.state = state;
  }

  @Override
  public RawResponse intercept(Chain chain) {
    SoapCall call = chain.call();
    if (call.anonymous()) {
      RawResponse r = chain.proceed(call.withSigner(Signer.NONE));
      if (!isRefused(r) || !state.hasCredentials()) {
        return r;
      }
      // A Digest challenge to an anonymous request says what the camera wants: answer it
      // directly (the conformance test HTTPDIGEST-1 expects exactly this exchange).
      if (r.status() == 401
          && !state.proven()
          && state.method() == AuthMethod.USERNAME_TOKEN_DIGEST
          && state.mayUseHttpDigest()
          && state.acceptChallenges(r.headers("WWW-Authenticate")).isPresent()) {
        state.switchTo(AuthMethod.HTTP_DIGEST);
      }
    }
    return authenticated(chain, call);
  }

  private static boolean isRefused(RawResponse r) {
    return r.status() == 401 || r.isNotAuthorizedFault();
  }

  private RawResponse authenticated(Chain chain, SoapCall call) {
    AuthMethod method = state.method();
    RawResponse r = chain.proceed(call.withSigner(state.signer(method)));
    boolean digestRetried = false;
    boolean addedToken = false;
    for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      if (r.status() == 401) {
        if (!state.hasCredentials()) {
          throw AuthFailures.missingCredentials(call.context());
        }
        List<String> challenges = r.headers("WWW-Authenticate");
        if (method.usesHttpDigest()) {
          Optional<Boolean> stale = state.acceptChallenges(challenges);
          // Retry on a stale nonce; and once without one, since some servers never say stale.
          if (stale.isPresent() && (stale.get() || !digestRetried)) {
            digestRetried = digestRetried || !stale.get();
            r = chain.proceed(call.withSigner(state.signer(method)));
            continue;
          }
          throw AuthFailures.refused(state, method, r, call.context());
        }
        if (state.mayUseHttpDigest() && state.acceptChallenges(challenges).isPresent()) {
          method = AuthMethod.HTTP_DIGEST;
          state.switchTo(method);
          r = chain.proceed(call.withSigner(state.signer(method)));
          continue;
        }
        if (challenges.isEmpty()) {
          throw AuthFailures.refused(state, method, r, call.context());
        }
        if (hasDigestOffer(challenges) && !state.mayUseHttpDigest()) {
          throw AuthFailures.policyForbidsDigest(state.policy(), call.context());
        }
        throw hasDigestOffer(challenges)
            ? AuthFailures.refused(state, method, r, call.context())
            : AuthFailures.unsupported(challenges, call.context());
      }
      if (r.isNotAuthorizedFault()) {
        if (!state.hasCredentials()) {
          throw AuthFailures.missingCredentials(call.context());
        }
        if (method == AuthMethod.HTTP_DIGEST
            && state.policy() == AuthPolicy.AUTO
            && !state.proven()
            && !addedToken) {
          // Some firmware checks the UsernameToken even after HTTP Digest let the request in.
          // (Once Digest has worked for other calls, a refusal is about this call, not that.)
          addedToken = true;
          method = AuthMethod.HTTP_DIGEST_AND_USERNAME_TOKEN;
          r = chain.proceed(call.withSigner(state.signer(method)));
          continue;
        }
        throw AuthFailures.refused(state, method, r, call.context());
      }
      if (r.status() == 403 && state.hasCredentials() && method != AuthMethod.NONE) {
        throw AuthFailures.refused(state, method, r, call.context());
      }
      if (r.status() < 300 || r.faultOrNull() != null) {
        state.succeeded(method);
      }
      return r;
    }
    throw AuthFailures.refused(state, method, r, call.context());
  }

  private static boolean hasDigestOffer(List<String> challenges) {
    for (String c : challenges) {
      if (c.strip().regionMatches(true, 0, "Digest", 0, 6)) {
        return true;
      }
    }
    return false;
  }
}
