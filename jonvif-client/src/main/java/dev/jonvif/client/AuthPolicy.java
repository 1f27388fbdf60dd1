package dev.jonvif.client;

/**
 * How an {@link OnvifCamera} authenticates SOAP requests.
 *
 * <p>{@link #AUTO} (the default) starts with a WS-UsernameToken digest whose {@code Created} time
 * follows the camera's clock; when the camera answers HTTP 401 with a Digest challenge it switches
 * to HTTP Digest (SHA-256 preferred), adds the UsernameToken to HTTP Digest if the camera still
 * says {@code ter:NotAuthorized}, and remembers what worked for later calls. The fixed policies use
 * one method only.
 */
public enum AuthPolicy {
  /** Try WS-UsernameToken digest, then HTTP Digest; remember what works. */
  AUTO,
  /** WS-UsernameToken with PasswordDigest only. */
  USERNAME_TOKEN,
  /** HTTP Digest only (RFC 7616: SHA-256, MD5, -sess). */
  HTTP_DIGEST,
  /**
   * WS-UsernameToken with PasswordText: the password travels in clear text. Only for cameras that
   * accept nothing else, over HTTPS.
   */
  PASSWORD_TEXT,
  /** Send no credentials. */
  NONE
}
