package dev.jonvif.core.security;

import dev.jonvif.core.security.AuthResult.Allowed;
import dev.jonvif.core.security.AuthResult.Denied;
import dev.jonvif.core.security.AuthResult.Method;
import dev.jonvif.core.security.AuthResult.Reason;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server side of HTTP Digest (RFC 7616) for one realm: issues challenges and checks {@code
 * Authorization} headers. Thread-safe: one instance serves every request of a device.
 *
 * <p>Challenges offer qop {@code auth} with each configured algorithm (SHA-256 then MD5 by default,
 * one {@code WWW-Authenticate} header each), a fresh nonce and a fixed opaque value. Nonces are
 * stateless: each carries its issue time and an HMAC under a random per-instance secret, so a
 * restart invalidates them (clients then get a stale challenge, not a failure).
 *
 * <p>A request is allowed when: it uses Digest with a configured algorithm and qop {@code auth};
 * realm and opaque (when sent) are ours; its {@code uri} names the request's resource (the same
 * text, or an absolute URI with the same path and query); the user exists and the response matches
 * (compared in constant time, and as costly for unknown users); the nonce is one we issued within
 * the nonce lifetime; and its {@code nc} was not used before with that nonce. A right response on
 * an expired, unknown or forgotten nonce gives {@link Reason#STALE_NONCE}: answer with {@link
 * #challengeHeaders(boolean) challengeHeaders(true)} and the client retries on its own.
 *
 * <p>With {@link Rfc2069Policy#ACCEPT_MD5} (a named leniency for live555-based RTSP clients),
 * credentials without {@code qop} are also allowed when they use MD5 and every other check above
 * passes; they carry no {@code nc}, so nothing stops their replay within the nonce lifetime.
 */
public final class DigestVerifier {

  /** Default time a nonce stays valid after it was issued. */
  public static final Duration DEFAULT_NONCE_LIFETIME = Duration.ofMinutes(5);

  /** Default number of nonces whose counts are tracked at once. */
  public static final int DEFAULT_MAX_TRACKED_NONCES = 10_000;

  /** Default algorithms, in the order they are offered. */
  public static final List<DigestAlgorithm> DEFAULT_ALGORITHMS =
      List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String realm;
  private final UserLookup users;
  private final Clock clock;
  private final List<DigestAlgorithm> algorithms;
  private final long lifetimeMillis;
  private final ServerNonces nonces;
  private final NonceCounter counts;
  private final String opaque;
  private final Rfc2069Policy rfc2069;

  private DigestVerifier(Builder b) {
    this.realm = b.realm;
    this.users = b.users;
    this.clock = b.clock;
    this.algorithms = b.algorithms;
    this.lifetimeMillis = b.nonceLifetime.toMillis();
    this.nonces = new ServerNonces(b.clock);
    this.counts = new NonceCounter(b.maxTrackedNonces, b.nonceLifetime, b.clock);
    this.rfc2069 = b.rfc2069;
    byte[] o = new byte[16];
    RANDOM.nextBytes(o);
    this.opaque = Base64.getUrlEncoder().withoutPadding().encodeToString(o);
  }

  /**
   * A builder for a verifier of {@code realm} (printable ASCII) that finds passwords through {@code
   * users}.
   */
  public static Builder builder(String realm, UserLookup users) {
    return new Builder(realm, users);
  }

  public String realm() {
    return realm;
  }

  /**
   * {@code WWW-Authenticate} values for a 401 response: one per algorithm, sharing a fresh nonce.
   *
   * @param stale {@code true} after a {@link Reason#STALE_NONCE} denial
   */
  public List<String> challengeHeaders(boolean stale) {
    String nonce = nonces.issue();
    List<String> out = new ArrayList<>(algorithms.size());
    for (DigestAlgorithm a : algorithms) {
      out.add(
          new DigestChallenge(realm, nonce, opaque, a, List.of("auth"), stale, false)
              .toHeaderValue());
    }
    return out;
  }

  /**
   * Checks a request's credentials.
   *
   * @param method the request's HTTP method
   * @param requestUri the request target from the request line (path and query)
   * @param authorization the {@code Authorization} header value, or {@code null} when absent
   */
  public AuthResult verify(String method, String requestUri, String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Denied.of(Reason.MISSING_CREDENTIALS, "no Authorization header", null);
    }
    List<AuthHeaderParser.Item> items = AuthHeaderParser.parse(authorization);
    if (items.isEmpty()) {
      return Denied.of(Reason.MALFORMED, "the Authorization header cannot be read", null);
    }
    if (!items.get(0).scheme().equals("digest")) {
      return Denied.of(Reason.UNSUPPORTED, "only HTTP Digest authentication is accepted", null);
    }
    Map<String, String> p = items.get(0).params();
    String user = username(p);
    String nonce = p.get("nonce");
    String uri = p.get("uri");
    String response = p.get("response");
    String sentRealm = p.get("realm");
    if (user == null || nonce == null || uri == null || response == null || sentRealm == null) {
      return Denied.of(
          Reason.MISSING_FIELDS,
          "Digest credentials need username, realm, nonce, uri and response",
          user);
    }
    DigestAlgorithm algorithm = algorithm(p.get("algorithm"));
    if (algorithm == null) {
      return Denied.of(Reason.UNSUPPORTED, "unsupported algorithm; offered: " + offered(), user);
    }
    boolean legacy = p.get("qop") == null && rfc2069 == Rfc2069Policy.ACCEPT_MD5;
    if (legacy && algorithm != DigestAlgorithm.MD5) {
      return Denied.of(Reason.UNSUPPORTED, "Digest without qop is accepted with MD5 only", user);
    }
    if (!legacy && !"auth".equalsIgnoreCase(Objects.requireNonNullElse(p.get("qop"), "").strip())) {
      return Denied.of(Reason.UNSUPPORTED, "qop=auth is required", user);
    }
    if ("true".equalsIgnoreCase(p.get("userhash"))) {
      return Denied.of(Reason.UNSUPPORTED, "hashed user names are not supported", user);
    }
    String nc = legacy ? null : p.get("nc");
    String cnonce = legacy ? null : p.get("cnonce");
    if (!legacy && (nc == null || cnonce == null)) {
      return Denied.of(Reason.MISSING_FIELDS, "qop=auth needs nc and cnonce", user);
    }
    long count = legacy ? 0 : parseCount(nc);
    if (!legacy && count < 1) {
      return Denied.of(Reason.MALFORMED, "nc must be 1 to 8 hex digits, not zero", user);
    }
    if (!sentRealm.equals(realm)) {
      return Denied.of(Reason.MALFORMED, "the realm is not \"" + realm + "\"", user);
    }
    String sentOpaque = p.get("opaque");
    if (sentOpaque != null && !sentOpaque.equals(opaque)) {
      return Denied.of(Reason.MALFORMED, "the opaque value was not issued by this device", user);
    }
    if (!uriMatches(uri, requestUri)) {
      return Denied.of(Reason.URI_MISMATCH, "the uri parameter does not match the request", user);
    }
    Optional<String> password = users.password(user);
    String expected =
        DigestMath.response(
            algorithm,
            user,
            realm,
            password.orElse(""),
            method,
            uri,
            nonce,
            nc,
            cnonce,
            legacy ? null : "auth");
    boolean matches = Codecs.constantTimeEquals(expected, response.toLowerCase(Locale.ROOT));
    if (password.isEmpty()) {
      return Denied.invalidCredentials(Reason.UNKNOWN_USER, user);
    }
    if (!matches) {
      return Denied.invalidCredentials(Reason.BAD_PASSWORD, user);
    }
    long issuedAt = nonces.issuedAt(nonce);
    if (issuedAt == Long.MIN_VALUE || clock.millis() - issuedAt > lifetimeMillis) {
      return Denied.of(Reason.STALE_NONCE, "the nonce expired", user);
    }
    if (legacy) {
      return new Allowed(user, Method.HTTP_DIGEST);
    }
    return switch (counts.record(nonce, issuedAt, count)) {
      case FRESH -> new Allowed(user, Method.HTTP_DIGEST);
      case REPLAYED -> Denied.of(Reason.REPLAYED_NONCE, "nc " + nc + " was used before", user);
      case FORGOTTEN -> Denied.of(Reason.STALE_NONCE, "the nonce expired", user);
    };
  }

  private static String username(Map<String, String> p) {
    String plain = p.get("username");
    if (plain != null) {
      return plain;
    }
    String extended = p.get("username*");
    return extended == null ? null : AuthHeaderParser.decodeExtended(extended);
  }

  private DigestAlgorithm algorithm(String name) {
    DigestAlgorithm a = name == null ? DigestAlgorithm.MD5 : DigestAlgorithm.fromToken(name);
    return a != null && algorithms.contains(a) ? a : null;
  }

  private String offered() {
    return String.join(", ", algorithms.stream().map(DigestAlgorithm::token).toList());
  }

  /** The count, or -1 when {@code nc} is not 1 to 8 hex digits. */
  private static long parseCount(String nc) {
    String s = nc.strip();
    if (s.isEmpty() || s.length() > 8) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = (v << 4) | d;
    }
    return v;
  }

  /** The same text, or the same path and query (the client may send an absolute URI). */
  static boolean uriMatches(String uriParam, String requestUri) {
    if (uriParam.equals(requestUri)) {
      return true;
    }
    String a = pathAndQuery(uriParam);
    return a != null && a.equals(pathAndQuery(requestUri));
  }

  private static String pathAndQuery(String uri) {
    try {
      URI u = new URI(uri);
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** Configures a {@link DigestVerifier}. */
  public static final class Builder {
    private final String realm;
    private final UserLookup users;
    private Clock clock = Clock.systemUTC();
    private List<DigestAlgorithm> algorithms = DEFAULT_ALGORITHMS;
    private Duration nonceLifetime = DEFAULT_NONCE_LIFETIME;
    private int maxTrackedNonces = DEFAULT_MAX_TRACKED_NONCES;
    private Rfc2069Policy rfc2069 = Rfc2069Policy.REFUSE;

    private Builder(String realm, UserLookup users) {
      if (realm.isEmpty() || !AuthHeaderWriter.isPrintableAscii(realm)) {
        throw new IllegalArgumentException("realm must be non-empty printable ASCII");
      }
      this.realm = realm;
      this.users = Objects.requireNonNull(users, "users");
    }

    /** The device's clock; default {@link Clock#systemUTC()}. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** The algorithms to offer and accept, in the order offered; default SHA-256, MD5. */
    public Builder algorithms(DigestAlgorithm... values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("at least one algorithm is needed");
      }
      this.algorithms = List.of(values);
      return this;
    }

    /** How long a nonce is accepted after it was issued; default 5 minutes. */
    public Builder nonceLifetime(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("nonce lifetime must be positive: " + value);
      }
      this.nonceLifetime = value;
      return this;
    }

    /** How many nonces' counts are tracked at once; default 10,000. */
    public Builder maxTrackedNonces(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxTrackedNonces must be positive: " + value);
      }
      this.maxTrackedNonces = value;
      return this;
    }

    /**
     * Whether RFC 2069 credentials (no {@code qop}) are accepted; default {@link
     * Rfc2069Policy#REFUSE}.
     */
    public Builder rfc2069(Rfc2069Policy value) {
      this.rfc2069 = Objects.requireNonNull(value, "rfc2069");
      return this;
    }

    public DigestVerifier build() {
      return new DigestVerifier(this);
    }
  }
}
