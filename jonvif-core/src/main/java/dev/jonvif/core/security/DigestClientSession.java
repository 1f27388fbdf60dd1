package dev.jonvif.core.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The client side of HTTP Digest for one server: answers the current challenge with an {@code
 * Authorization} header for each request, counting {@code nc} per nonce with a fresh random {@code
 * cnonce} each time. Thread-safe: concurrent requests get distinct nonce counts.
 *
 * <p>Typical use, after a 401:
 *
 * <pre>{@code
 * DigestClientSession session =
 *     DigestClientSession.fromHeaders(credentials, response.headers().allValues("WWW-Authenticate"))
 *         .orElseThrow(...);  // no usable Digest challenge
 * request.header("Authorization", session.authorization("POST", "/onvif/device_service"));
 * }</pre>
 *
 * <p>When a later response is 401 again, parse its challenges and {@link #update(List) update} the
 * session. If the new challenge says {@code stale=true}, the credentials were right and only the
 * nonce expired: retry. Otherwise the server rejected the credentials; since some servers never
 * send {@code stale}, retry once with the new nonce before giving up.
 *
 * <p>Always sends UTF-8; user names that cannot travel as a quoted string (non-ASCII, control
 * characters) go in {@code username*} (RFC 7616 §3.4.4). Supports qop {@code auth} and the RFC 2069
 * form without qop; not {@code auth-int} or {@code userhash}.
 */
public final class DigestClientSession {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Credentials credentials;
  private final Supplier<String> cnonces;
  private final AtomicReference<State> state;

  /** The challenge being answered and the requests sent on its nonce so far. */
  private record State(DigestChallenge challenge, AtomicLong count) {}

  /** A session answering {@code challenge} with {@code credentials}. */
  public DigestClientSession(Credentials credentials, DigestChallenge challenge) {
    this(credentials, challenge, DigestClientSession::randomCnonce);
  }

  DigestClientSession(
      Credentials credentials, DigestChallenge challenge, Supplier<String> cnonces) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.cnonces = cnonces;
    this.state = new AtomicReference<>(new State(challenge, new AtomicLong()));
  }

  /**
   * A session for the {@linkplain DigestChallenge#preferred(List) preferred} Digest challenge among
   * the {@code WWW-Authenticate} values of a response; empty when there is none jonvif can answer.
   */
  public static Optional<DigestClientSession> fromHeaders(
      Credentials credentials, List<String> wwwAuthenticateValues) {
    return DigestChallenge.preferred(DigestChallenge.parseAll(wwwAuthenticateValues))
        .map(c -> new DigestClientSession(credentials, c));
  }

  /** The challenge currently answered. */
  public DigestChallenge challenge() {
    return state.get().challenge();
  }

  /**
   * Answers a new challenge from now on, keeping the credentials. The nonce count continues when
   * the nonce is the same and restarts at 1 for a new nonce.
   */
  public void update(DigestChallenge challenge) {
    Objects.requireNonNull(challenge, "challenge");
    state.updateAndGet(
        old ->
            old.challenge().nonce().equals(challenge.nonce())
                ? new State(challenge, old.count())
                : new State(challenge, new AtomicLong()));
  }

  /**
   * Answers the preferred challenge among these {@code WWW-Authenticate} values from now on.
   *
   * @return the challenge now answered, or empty (and the session unchanged) when none is usable
   */
  public Optional<DigestChallenge> update(List<String> wwwAuthenticateValues) {
    Optional<DigestChallenge> c =
        DigestChallenge.preferred(DigestChallenge.parseAll(wwwAuthenticateValues));
    c.ifPresent(this::update);
    return c;
  }

  /**
   * The {@code Authorization} header value for one request.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param requestUri the request target as sent on the request line, normally the path and query
   *     ({@code /onvif/device_service})
   * @throws IllegalArgumentException when the URI, or a value the server sent, has characters a
   *     header cannot carry (control characters)
   */
  public String authorization(String method, String requestUri) {
    State s = state.get();
    DigestChallenge c = s.challenge();
    boolean withQop = c.qop().contains("auth");
    String nc = withQop ? nonceCount(s.count().incrementAndGet()) : null;
    String cnonce = withQop || c.algorithm().isSession() ? cnonces.get() : null;
    String response =
        DigestMath.response(
            c.algorithm(),
            credentials.username(),
            c.realm(),
            credentials.password(),
            method,
            requestUri,
            c.nonce(),
            nc,
            cnonce,
            withQop ? "auth" : null);
    AuthHeaderWriter w = new AuthHeaderWriter("Digest");
    if (AuthHeaderWriter.isPrintableAscii(credentials.username())) {
      w.quoted("username", credentials.username());
    } else {
      w.extended("username", credentials.username());
    }
    w.quoted("realm", c.realm()).quoted("nonce", c.nonce()).quoted("uri", requestUri);
    w.token("algorithm", c.algorithm().token());
    if (withQop) {
      w.token("qop", "auth").token("nc", nc);
    }
    if (cnonce != null) {
      w.quoted("cnonce", cnonce);
    }
    w.quoted("response", response);
    if (c.opaque() != null) {
      w.quoted("opaque", c.opaque());
    }
    return w.toString();
  }

  /** Eight hex digits, as {@code nc} is written. */
  static String nonceCount(long count) {
    String hex = Long.toHexString(count & 0xffffffffL);
    return "00000000".substring(hex.length()) + hex;
  }

  private static String randomCnonce() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Codecs.hex(b);
  }

  @Override
  public String toString() {
    return "DigestClientSession[" + credentials + ", " + challenge().algorithm().token() + "]";
  }
}
