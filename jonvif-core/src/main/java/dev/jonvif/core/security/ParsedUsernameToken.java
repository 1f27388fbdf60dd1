package dev.jonvif.core.security;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;

/**
 * The fields of a received UsernameToken, read tolerantly: elements are found by local name
 * whatever their prefix or namespace (the WSSE namespace preferred), and {@code Created} is taken
 * from the WSU namespace or, as some clients send it, the WSSE namespace. Any field may be {@code
 * null} when absent; the verifier decides what that means.
 *
 * @param username trimmed {@code Username} text
 * @param password {@code Password} text as received (not trimmed: a clear-text password may have
 *     spaces)
 * @param passwordTypeUri the {@code Type} attribute of {@code Password}
 * @param nonce {@code Nonce} text as received
 * @param nonceEncoding the {@code EncodingType} attribute of {@code Nonce}
 * @param created trimmed {@code Created} text
 */
record ParsedUsernameToken(
    String username,
    String password,
    String passwordTypeUri,
    String nonce,
    String nonceEncoding,
    String created) {

  /**
   * Reads the token from a {@code wsse:Security} element (or a {@code UsernameToken} element
   * itself); {@code null} when there is no UsernameToken.
   */
  static ParsedUsernameToken from(XmlElement security) {
    XmlElement token =
        security.localName().equals("UsernameToken")
            ? security
            : security.childLenient(Namespaces.WSSE, "UsernameToken");
    if (token == null) {
      return null;
    }
    XmlElement username = token.childLenient(Namespaces.WSSE, "Username");
    XmlElement password = token.childLenient(Namespaces.WSSE, "Password");
    XmlElement nonce = token.childLenient(Namespaces.WSSE, "Nonce");
    XmlElement created = token.childLenient(Namespaces.WSU, "Created");
    return new ParsedUsernameToken(
        username == null ? null : username.textTrim(),
        password == null ? null : password.text(),
        password == null ? null : password.attributeLenient("Type"),
        nonce == null ? null : nonce.text(),
        nonce == null ? null : nonce.attributeLenient("EncodingType"),
        created == null ? null : created.textTrim());
  }
}
