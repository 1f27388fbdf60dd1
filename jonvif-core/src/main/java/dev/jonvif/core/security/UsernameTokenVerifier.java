package dev.jonvif.core.security;

import dev.jonvif.core.security.AuthResult.Allowed;
import dev.jonvif.core.security.AuthResult.Denied;
import dev.jonvif.core.security.AuthResult.Method;
import dev.jonvif.core.security.AuthResult.Reason;
import dev.jonvif.core.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks WS-Security UsernameTokens on the device side. Thread-safe: one instance serves every
 * request of a device.
 *
 * <p>A token is allowed when all of these hold, checked in this order:
 *
 * <ol>
 *   <li>it has Username, Password, Nonce and Created (ONVIF requires Nonce and Created for both
 *       password types);
 *   <li>its password type is {@code #PasswordDigest}, or {@code #PasswordText} and clear text is
 *       enabled (off by default). A Password without {@code Type} is clear text, the default the
 *       WSS UsernameToken Profile gives it (the ONVIF test tool expects such tokens refused);
 *   <li>{@code Created} is within the tolerance of the device's clock, in either direction;
 *   <li>the user exists and the password matches (compared in constant time; an unknown user costs
 *       as much as a known one);
 *   <li>the nonce was not used before within the retention of the replay cache (see below).
 * </ol>
 *
 * <p>Reading is tolerant: prefixes and namespaces of the token's elements do not matter, {@code
 * Created} may be in the WSU or WSSE namespace, the nonce may contain white space or be hex when
 * its {@code EncodingType} says so, and a {@code Created} without a zone is read as UTC.
 *
 * <p>Replay cache: nonces of accepted tokens are remembered for twice the tolerance, up to {@link
 * Builder#nonceCacheSize(int)} of them. When more arrive within that time, the oldest are forgotten
 * and, so that they cannot be replayed, every token created no later than the newest forgotten one
 * is refused as {@link Reason#REPLAYED_NONCE} (fail closed; clients recover by sending a new
 * token). Only tokens with the right password are recorded, so nobody without credentials can fill
 * the cache.
 */
public final class UsernameTokenVerifier {

  /** Default accepted distance between {@code Created} and the device's clock. */
  public static final Duration DEFAULT_CREATED_TOLERANCE = Duration.ofMinutes(5);

  /** Default number of nonces the replay cache holds. */
  public static final int DEFAULT_NONCE_CACHE_SIZE = 100_000;

  private final UserLookup users;
  private final Clock clock;
  private final Duration tolerance;
  private final boolean allowPasswordText;
  private final NonceCache nonces;

  private UsernameTokenVerifier(Builder b) {
    this.users = b.users;
    this.clock = b.clock;
    this.tolerance = b.createdTolerance;
    this.allowPasswordText = b.allowPasswordText;
    this.nonces = new NonceCache(b.nonceCacheSize, b.createdTolerance.multipliedBy(2), b.clock);
  }

  /** A builder for a verifier that finds passwords through {@code users}. */
  public static Builder builder(UserLookup users) {
    return new Builder(users);
  }

  /**
   * Checks the UsernameToken in a {@code wsse:Security} header element (a bare {@code
   * UsernameToken} element is accepted too).
   *
   * @param security the header element, or {@code null} when the request had none
   */
  public AuthResult verify(XmlElement security) {
    if (security == null) {
      return Denied.of(Reason.MISSING_CREDENTIALS, "no WS-Security header", null);
    }
    ParsedUsernameToken t = ParsedUsernameToken.from(security);
    if (t == null) {
      return Denied.of(
          Reason.MISSING_CREDENTIALS, "the WS-Security header has no UsernameToken", null);
    }
    String user = t.username();
    if (user == null || user.isEmpty() || t.password() == null) {
      return Denied.of(Reason.MISSING_FIELDS, "the UsernameToken lacks Username or Password", user);
    }
    if (t.nonce() == null || t.created() == null) {
      return Denied.of(Reason.MISSING_FIELDS, "the UsernameToken lacks Nonce or Created", user);
    }
    PasswordType type =
        t.passwordTypeUri() == null ? PasswordType.TEXT : PasswordType.fromUri(t.passwordTypeUri());
    if (type == null) {
      return Denied.of(Reason.UNSUPPORTED, "unsupported password type", user);
    }
    if (type == PasswordType.TEXT && !allowPasswordText) {
      return Denied.of(
          Reason.PASSWORD_TEXT_DISABLED, "#PasswordText is disabled; use #PasswordDigest", user);
    }
    byte[] nonce = decodeNonce(t.nonce(), t.nonceEncoding());
    if (nonce == null || nonce.length == 0) {
      return Denied.of(Reason.MALFORMED, "the Nonce is not valid for its EncodingType", user);
    }
    Instant created = CreatedTime.parse(t.created());
    if (created == null) {
      return Denied.of(Reason.MALFORMED, "Created is not an xs:dateTime", user);
    }
    Instant now = clock.instant();
    if (created.isBefore(now.minus(tolerance)) || created.isAfter(now.plus(tolerance))) {
      return Denied.of(Reason.CLOCK_SKEW, skewMessage(created, now), user);
    }
    Optional<String> known = users.password(user);
    Method method = check(t, type, nonce, known.orElse(""));
    if (known.isEmpty()) {
      return Denied.invalidCredentials(Reason.UNKNOWN_USER, user);
    }
    if (method == null) {
      return Denied.invalidCredentials(Reason.BAD_PASSWORD, user);
    }
    if (!nonces.firstUse(new String(nonce, StandardCharsets.ISO_8859_1), created.toEpochMilli())) {
      return Denied.of(Reason.REPLAYED_NONCE, "the Nonce was used before", user);
    }
    return new Allowed(user, method);
  }

  /** The method that matched, or {@code null} when the password is wrong. */
  private static Method check(
      ParsedUsernameToken t, PasswordType type, byte[] nonce, String password) {
    if (type == PasswordType.TEXT) {
      return Codecs.constantTimeEquals(t.password(), password) ? Method.USERNAME_TOKEN_TEXT : null;
    }
    byte[] received = Codecs.base64Lenient(t.password());
    byte[] expected = UsernameToken.sha1(nonce, t.created(), password);
    return received != null && MessageDigest.isEqual(expected, received)
        ? Method.USERNAME_TOKEN_DIGEST
        : null;
  }

  private static byte[] decodeNonce(String text, String encodingType) {
    if (encodingType == null || encodingType.strip().endsWith("Base64Binary")) {
      return Codecs.base64Lenient(text);
    }
    if (encodingType.strip().endsWith("HexBinary")) {
      return Codecs.unhex(text);
    }
    return null;
  }

  private String skewMessage(Instant created, Instant now) {
    Duration skew = Duration.between(now, created);
    return "Created "
        + created
        + " is "
        + skew.abs()
        + (skew.isNegative() ? " behind" : " ahead of")
        + " the device clock ("
        + now
        + "); allowed: "
        + tolerance;
  }

  /** Configures a {@link UsernameTokenVerifier}. */
  public static final class Builder {
    private final UserLookup users;
    private Clock clock = Clock.systemUTC();
    private Duration createdTolerance = DEFAULT_CREATED_TOLERANCE;
    private int nonceCacheSize = DEFAULT_NONCE_CACHE_SIZE;
    private boolean allowPasswordText;

    private Builder(UserLookup users) {
      this.users = Objects.requireNonNull(users, "users");
    }

    /** The device's clock; default {@link Clock#systemUTC()}. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * How far {@code Created} may be from the device's clock, in either direction; default {@link
     * #DEFAULT_CREATED_TOLERANCE} (5 minutes). The replay cache keeps nonces twice as long.
     */
    public Builder createdTolerance(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("tolerance must be positive: " + value);
      }
      this.createdTolerance = value;
      return this;
    }

    /** How many nonces the replay cache holds; default {@link #DEFAULT_NONCE_CACHE_SIZE}. */
    public Builder nonceCacheSize(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("nonce cache size must be positive: " + value);
      }
      this.nonceCacheSize = value;
      return this;
    }

    /**
     * Whether {@code #PasswordText} tokens are accepted; default {@code false}. Enable only when
     * the transport is encrypted.
     */
    public Builder allowPasswordText(boolean value) {
      this.allowPasswordText = value;
      return this;
    }

    public UsernameTokenVerifier build() {
      return new UsernameTokenVerifier(this);
    }
  }
}
