package dev.jonvif.core.security;

/**
 * The HTTP Digest computations of RFC 7616 §3.4, shared by client and server. Only {@code qop=auth}
 * and the RFC 2069 form without qop are computed; {@code auth-int} is not supported.
 */
final class DigestMath {

  private DigestMath() {}

  /**
   * The request digest.
   *
   * @param qop {@code "auth"}, or {@code null} for the RFC 2069 form (then {@code nc} and {@code
   *     cnonce} are ignored unless the algorithm is a {@code -sess} variant, which needs cnonce)
   */
  static String response(
      DigestAlgorithm algorithm,
      String username,
      String realm,
      String password,
      String method,
      String uri,
      String nonce,
      String nc,
      String cnonce,
      String qop) {
    String ha1 = algorithm.hash(username + ':' + realm + ':' + password);
    if (algorithm.isSession()) {
      ha1 = algorithm.hash(ha1 + ':' + nonce + ':' + cnonce);
    }
    String ha2 = algorithm.hash(method + ':' + uri);
    return qop == null
        ? algorithm.hash(ha1 + ':' + nonce + ':' + ha2)
        : algorithm.hash(ha1 + ':' + nonce + ':' + nc + ':' + cnonce + ':' + qop + ':' + ha2);
  }
}
