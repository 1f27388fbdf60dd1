package dev.jonvif.client;

/** The authentication an {@link OnvifCamera} currently uses (what last worked). */
public enum AuthMethod {
  /** No credentials sent (none configured, or none needed so far). */
  NONE("none"),
  /** WS-UsernameToken with PasswordDigest, Created following the camera's clock. */
  USERNAME_TOKEN_DIGEST("WS-UsernameToken digest"),
  /** WS-UsernameToken with PasswordText. */
  USERNAME_TOKEN_TEXT("WS-UsernameToken text"),
  /** HTTP Digest. */
  HTTP_DIGEST("HTTP Digest"),
  /** HTTP Digest and a WS-UsernameToken digest in the same request. */
  HTTP_DIGEST_AND_USERNAME_TOKEN("HTTP Digest + WS-UsernameToken");

  private final String label;

  AuthMethod(String label) {
    this.label = label;
  }

  /** A short human name, e.g. "HTTP Digest". */
  public String label() {
    return label;
  }

  /** Whether requests carry a WS-UsernameToken (whose Created time depends on the clock). */
  public boolean usesUsernameToken() {
    return this == USERNAME_TOKEN_DIGEST
        || this == USERNAME_TOKEN_TEXT
        || this == HTTP_DIGEST_AND_USERNAME_TOKEN;
  }

  /** Whether requests carry HTTP Digest. */
  public boolean usesHttpDigest() {
    return this == HTTP_DIGEST || this == HTTP_DIGEST_AND_USERNAME_TOKEN;
  }
}
