package dev.jonvif.core.security;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * A WS-Security UsernameToken as the client sends it, and the {@code wsse:Security} header that
 * carries it (client side; the device checks tokens with {@link UsernameTokenVerifier}).
 *
 * <p>Every token has a fresh 16-byte nonce from {@link SecureRandom} and a {@code wsu:Created} time
 * in UTC with milliseconds ({@code 2026-01-15T10:20:30.123Z}), taken from the injected clock plus
 * the device's clock offset, so a client whose clock is wrong still produces tokens the device
 * accepts. Both are sent for {@link PasswordType#TEXT} too: ONVIF devices reject tokens without
 * them, and they let the device detect replays.
 *
 * <p>The header has no {@code s:mustUnderstand} attribute. The SOAP rules would make a device that
 * does not process WS-Security fault instead of answering unauthenticated operations such as {@code
 * GetSystemDateAndTime}, and several cameras fault on the attribute even though they do process the
 * header. Devices that do process it authenticate the same either way.
 *
 * <p>Values are immutable; creating tokens is thread-safe and shares no mutable state between calls
 * (each digest uses its own {@link MessageDigest}).
 *
 * @param username the user name, as given (escaped when the header is written)
 * @param password the {@code wsse:Password} value: the Base64 digest, or the clear-text password
 * @param passwordType how {@code password} is to be read
 * @param nonce the nonce, Base64
 * @param created the {@code wsu:Created} text, exactly as it enters the digest
 * @see <a href="https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf">WSS
 *     UsernameToken Profile 1.1</a>
 */
public record UsernameToken(
    String username, String password, PasswordType passwordType, String nonce, String created) {

  /** The {@code EncodingType} of {@code wsse:Nonce}. */
  public static final String BASE64_BINARY =
      "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0"
          + "#Base64Binary";

  /** Length of the random nonce, in bytes. */
  public static final int NONCE_BYTES = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  public UsernameToken {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(passwordType, "passwordType");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(created, "created");
  }

  /**
   * A new token with a random nonce, created now by the device's clock.
   *
   * @param clock the local clock
   * @param clockOffset the device's clock minus the local clock ({@link Duration#ZERO} when unknown
   *     or in sync); added to the local time to produce {@code Created}
   */
  public static UsernameToken create(
      Credentials credentials, PasswordType type, Clock clock, Duration clockOffset) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    return create(credentials, type, nonce, clock.instant().plus(clockOffset));
  }

  /** A token with a given nonce and creation time (truncated to milliseconds). */
  public static UsernameToken create(
      Credentials credentials, PasswordType type, byte[] nonce, Instant created) {
    String createdText = formatCreated(created);
    String password =
        type == PasswordType.DIGEST
            ? passwordDigest(nonce, createdText, credentials.password())
            : credentials.password();
    return new UsernameToken(
        credentials.username(), password, type, Codecs.base64(nonce), createdText);
  }

  /**
   * The {@code #PasswordDigest} value: Base64(SHA-1(nonce + created + password)), with {@code
   * created} and {@code password} as UTF-8.
   *
   * @param created the {@code wsu:Created} text exactly as sent
   */
  public static String passwordDigest(byte[] nonce, String created, String password) {
    return Codecs.base64(sha1(nonce, created, password));
  }

  static byte[] sha1(byte[] nonce, String created, String password) {
    MessageDigest sha1 = Codecs.digest("SHA-1");
    sha1.update(nonce);
    sha1.update(Codecs.utf8(created));
    sha1.update(Codecs.utf8(password));
    return sha1.digest();
  }

  /** An instant as {@code Created} text: UTC, milliseconds, {@code Z}. */
  public static String formatCreated(Instant instant) {
    return XsDateTime.formatWithMillis(instant);
  }

  /**
   * The {@code wsse:Security} header element with this token, for a SOAP envelope's header. Every
   * value is escaped when the tree is written.
   */
  public XmlElement toSecurityHeader() {
    XmlElement token =
        XmlElement.builder(Namespaces.WSSE, "UsernameToken")
            .child(Namespaces.WSSE, "Username", username)
            .child(
                XmlElement.builder(Namespaces.WSSE, "Password")
                    .attribute("Type", passwordType.uri())
                    .text(password)
                    .build())
            .child(
                XmlElement.builder(Namespaces.WSSE, "Nonce")
                    .attribute("EncodingType", BASE64_BINARY)
                    .text(nonce)
                    .build())
            .child(Namespaces.WSU, "Created", created)
            .build();
    return XmlElement.builder(new QName(Namespaces.WSSE, "Security", "wsse")).child(token).build();
  }

  /** Shows everything but the password. */
  @Override
  public String toString() {
    return "UsernameToken[username="
        + username
        + ", passwordType="
        + passwordType
        + ", nonce="
        + nonce
        + ", created="
        + created
        + "]";
  }
}
