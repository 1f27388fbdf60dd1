package dev.jonvif.client.internal;

import dev.jonvif.client.AuthMethod;
import dev.jonvif.client.AuthPolicy;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.DigestClientSession;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The authentication state of one camera: credentials, policy, the method in use, whether it has
 * been seen to work, and the HTTP Digest session. Thread-safe; concurrent calls share the Digest
 * session (distinct nonce counts).
 */
public final class AuthState {

  private final Credentials credentials;
  private final AuthPolicy policy;
  private final ClockState clock;
  private volatile AuthMethod method;
  private volatile boolean proven;
  private final AtomicReference<DigestClientSession> digest = new AtomicReference<>();

  public AuthState(Credentials credentials, AuthPolicy policy, ClockState clock) {
    this.credentials = credentials;
    this.policy = credentials == null ? AuthPolicy.NONE : policy;
    this.clock = clock;
    this.method = initialMethod(this.policy);
  }

  private static AuthMethod initialMethod(AuthPolicy policy) {
    return switch (policy) {
      case AUTO, USERNAME_TOKEN -> AuthMethod.USERNAME_TOKEN_DIGEST;
      case HTTP_DIGEST -> AuthMethod.HTTP_DIGEST;
      case PASSWORD_TEXT -> AuthMethod.USERNAME_TOKEN_TEXT;
      case NONE -> AuthMethod.NONE;
    };
  }

  public Credentials credentials() {
    return credentials;
  }

  public boolean hasCredentials() {
    return credentials != null;
  }

  public AuthPolicy policy() {
    return policy;
  }

  public ClockState clock() {
    return clock;
  }

  /** The method sent with the next call. */
  public AuthMethod method() {
    return method;
  }

  /** Whether an authenticated call has succeeded with the current method. */
  public boolean proven() {
    return proven;
  }

  /** Records that {@code used} worked: later calls use it. */
  public void succeeded(AuthMethod used) {
    // HTTP Digest before any challenge sends nothing: that proves nothing about the credentials.
    if (used != AuthMethod.NONE && (!used.usesHttpDigest() || digest.get() != null)) {
      this.method = used;
      this.proven = true;
    }
  }

  /** Switches to another method before it has been seen to work. */
  public void switchTo(AuthMethod next) {
    if (next != method) {
      this.method = next;
      this.proven = false;
    }
  }

  /** Whether the policy allows moving to HTTP Digest after a 401. */
  public boolean mayUseHttpDigest() {
    return policy == AuthPolicy.AUTO || policy == AuthPolicy.HTTP_DIGEST;
  }

  /**
   * Answers the Digest challenges of a 401 from now on.
   *
   * @return the stale flag of the challenge now answered, or empty when none is usable
   */
  public Optional<Boolean> acceptChallenges(List<String> wwwAuthenticate) {
    DigestClientSession current = digest.get();
    if (current != null) {
      return current.update(wwwAuthenticate).map(c -> c.stale());
    }
    Optional<DigestClientSession> created =
        DigestClientSession.fromHeaders(credentials, wwwAuthenticate);
    created.ifPresent(s -> digest.compareAndSet(null, s));
    return created.map(s -> s.challenge().stale());
  }

  /** The HTTP Digest algorithm in use ("SHA-256", "MD5"), or empty. */
  public Optional<String> digestAlgorithm() {
    DigestClientSession s = digest.get();
    return s == null ? Optional.empty() : Optional.of(s.challenge().algorithm().token());
  }

  /** The signer for a method. */
  public Signer signer(AuthMethod m) {
    return switch (m) {
      case NONE -> Signer.NONE;
      case USERNAME_TOKEN_DIGEST -> new Sign(m, PasswordType.DIGEST, false);
      case USERNAME_TOKEN_TEXT -> new Sign(m, PasswordType.TEXT, false);
      case HTTP_DIGEST -> new Sign(m, null, true);
      case HTTP_DIGEST_AND_USERNAME_TOKEN -> new Sign(m, PasswordType.DIGEST, true);
    };
  }

  /** The method a signer made by {@link #signer(AuthMethod)} stands for. */
  public static AuthMethod methodOf(Signer s) {
    return s instanceof Sign sign ? sign.method : AuthMethod.NONE;
  }

  /** The request target of a URI as the request line carries it: path and query. */
  static String requestTarget(URI uri) {
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private final class Sign implements Signer {
    private final AuthMethod method;
    private final PasswordType tokenType;
    private final boolean httpDigest;

    Sign(AuthMethod method, PasswordType tokenType, boolean httpDigest) {
      this.method = method;
      this.tokenType = tokenType;
      this.httpDigest = httpDigest;
    }

    @Override
    public Signed sign(SoapCall call) {
      var env = call.envelope();
      if (tokenType != null) {
        UsernameToken token =
            UsernameToken.create(credentials, tokenType, clock.clock(), clock.effectiveOffset());
        env = env.withHeader(token.toSecurityHeader());
      }
      String authorization = null;
      if (httpDigest) {
        DigestClientSession s = digest.get();
        if (s != null) {
          authorization = s.authorization("POST", requestTarget(call.endpoint()));
        }
      }
      return new Signed(env, authorization);
    }

    @Override
    public boolean usesUsernameToken() {
      return tokenType != null;
    }

    @Override
    public String toString() {
      return method.label();
    }
  }
}
