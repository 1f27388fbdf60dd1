package dev.jonvif.core.security;

import java.util.Locale;

/**
 * The HTTP Digest algorithms jonvif speaks, strongest first. The {@code -sess} variants hash the
 * client nonce into the session key (RFC 7616 §3.4.2).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7616#section-3.4.2">RFC 7616 §3.4.2</a>
 */
public enum DigestAlgorithm {
  SHA_512_256("SHA-512-256", "SHA-512/256", false),
  SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true),
  SHA_256("SHA-256", "SHA-256", false),
  SHA_256_SESS("SHA-256-sess", "SHA-256", true),
  MD5("MD5", "MD5", false),
  MD5_SESS("MD5-sess", "MD5", true);

  private final String token;
  private final String jdkName;
  private final boolean session;

  DigestAlgorithm(String token, String jdkName, boolean session) {
    this.token = token;
    this.jdkName = jdkName;
    this.session = session;
  }

  /** The name on the wire, e.g. {@code SHA-256} or {@code MD5-sess}. */
  public String token() {
    return token;
  }

  /** Whether this is a {@code -sess} variant. */
  public boolean isSession() {
    return session;
  }

  /**
   * The algorithm a wire name denotes, ignoring case; {@code null} when jonvif does not support it.
   */
  public static DigestAlgorithm fromToken(String token) {
    String t = token.strip().toUpperCase(Locale.ROOT);
    for (DigestAlgorithm a : values()) {
      if (a.token.toUpperCase(Locale.ROOT).equals(t)) {
        return a;
      }
    }
    return null;
  }

  /** Lower-case hex of the hash of {@code text} as UTF-8. */
  String hash(String text) {
    return Codecs.hex(Codecs.digest(jdkName).digest(Codecs.utf8(text)));
  }
}
