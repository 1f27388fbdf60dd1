package dev.jonvif.core.security;

/**
 * How a WS-Security UsernameToken carries the password.
 *
 * @see <a href="https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf">WSS
 *     UsernameToken Profile 1.1, §3.1</a>
 */
public enum PasswordType {
  /** Base64(SHA-1(nonce + created + password)): the password itself never crosses the wire. */
  DIGEST(
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
          + "#PasswordDigest"),
  /** The password in clear text; only acceptable over TLS, and off by default on the device. */
  TEXT(
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0"
          + "#PasswordText");

  private final String uri;

  PasswordType(String uri) {
    this.uri = uri;
  }

  /** The value of the {@code Type} attribute of {@code wsse:Password}. */
  public String uri() {
    return uri;
  }

  /**
   * The type a {@code Type} attribute names, matching on the fragment ({@code #PasswordDigest},
   * {@code #PasswordText}) so that clients writing a slightly wrong profile URI are understood;
   * {@code null} for anything else.
   */
  public static PasswordType fromUri(String typeUri) {
    if (typeUri == null) {
      return null;
    }
    String t = typeUri.strip();
    if (t.endsWith("#PasswordDigest") || t.equals("PasswordDigest")) {
      return DIGEST;
    }
    if (t.endsWith("#PasswordText") || t.equals("PasswordText")) {
      return TEXT;
    }
    return null;
  }
}
