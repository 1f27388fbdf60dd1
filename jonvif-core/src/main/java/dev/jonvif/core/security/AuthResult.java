package dev.jonvif.core.security;

import java.util.Objects;

/**
 * The outcome of checking a request's credentials on the device side: {@link Allowed} or {@link
 * Denied}. A value, not an exception: denial is an expected outcome, and the caller (the device's
 * authenticator) decides how to answer (a SOAP {@code ter:NotAuthorized} fault, or HTTP 401 with a
 * fresh challenge).
 */
public sealed interface AuthResult {

  /** Whether the request is allowed. */
  default boolean isAllowed() {
    return this instanceof Allowed;
  }

  /** How the request proved who it is. */
  enum Method {
    /** WS-Security UsernameToken with {@code #PasswordDigest}. */
    USERNAME_TOKEN_DIGEST,
    /** WS-Security UsernameToken with {@code #PasswordText}. */
    USERNAME_TOKEN_TEXT,
    /** HTTP Digest (RFC 7616). */
    HTTP_DIGEST
  }

  /** Why a request was denied. For logs and metrics; show users {@link Denied#message()}. */
  enum Reason {
    /** No credentials at all: no security header, no {@code Authorization} header. */
    MISSING_CREDENTIALS,
    /** A required field is absent (for UsernameToken: Username, Password, Nonce or Created). */
    MISSING_FIELDS,
    /** Credentials that cannot be read or are not ours: bad Base64, a bad date, a wrong realm. */
    MALFORMED,
    /** A mechanism this verifier does not offer: an unknown password type, algorithm or qop. */
    UNSUPPORTED,
    /** A UsernameToken with {@code #PasswordText}, which is disabled. */
    PASSWORD_TEXT_DISABLED,
    /** {@code wsu:Created} lies outside the accepted window around the device's clock. */
    CLOCK_SKEW,
    /** No such user. Reported to users exactly like {@link #BAD_PASSWORD}. */
    UNKNOWN_USER,
    /** The password (digest or text) does not match. */
    BAD_PASSWORD,
    /** The nonce (UsernameToken) or nonce count (HTTP Digest) was seen before. */
    REPLAYED_NONCE,
    /**
     * HTTP Digest: the response was right but the server nonce expired; answer with a challenge
     * carrying {@code stale=true} so the client retries with the same credentials.
     */
    STALE_NONCE,
    /** HTTP Digest: the {@code uri} parameter names a different resource than the request. */
    URI_MISMATCH
  }

  /**
   * The request is authenticated.
   *
   * @param username the authenticated user
   * @param method how they proved it
   */
  record Allowed(String username, Method method) implements AuthResult {
    public Allowed {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(method, "method");
    }
  }

  /**
   * The request is not authenticated.
   *
   * @param reason why, for logs and metrics
   * @param message a description safe to send back to the client: never a password, and the same
   *     text for {@link Reason#UNKNOWN_USER} and {@link Reason#BAD_PASSWORD}, so it does not reveal
   *     which user names exist
   * @param username the user name the request claimed, for logs and lock-out policies; {@code null}
   *     when it carried none
   */
  record Denied(Reason reason, String message, String username) implements AuthResult {

    /** The one message for a wrong user name or password. */
    public static final String INVALID_CREDENTIALS = "the user name or password is not valid";

    public Denied {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    static Denied of(Reason reason, String message, String username) {
      return new Denied(reason, message, username);
    }

    /** A denial for a wrong user name or password, with the shared message. */
    static Denied invalidCredentials(Reason reason, String username) {
      return new Denied(reason, INVALID_CREDENTIALS, username);
    }

    /** Whether the client should be challenged again with {@code stale=true} (HTTP Digest). */
    public boolean isStale() {
      return reason == Reason.STALE_NONCE;
    }
  }
}
