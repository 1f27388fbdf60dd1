package dev.jonvif.hub;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * The one admin user: a login makes an HttpOnly, SameSite=Strict session cookie; scripts may send
 * HTTP Basic instead. Passwords are checked against the stored PBKDF2 hash; a Basic password that
 * passed once is remembered by its SHA-256 so scripts do not pay PBKDF2 on every call.
 */
final class Auth {

  static final String USER = "admin";
  static final String COOKIE = "jonvif_session";
  static final Duration SESSION_LIFETIME = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Storage storage;
  private final Clock clock;
  private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
  private volatile String verifiedBasic;

  Auth(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** Whether {@code user}/{@code password} are the admin's. */
  boolean check(String user, String password) {
    if (!USER.equals(user) || password == null) {
      return false;
    }
    String fp = PasswordHash.fingerprint(password);
    if (fp.equals(verifiedBasic)) {
      return true;
    }
    boolean ok = PasswordHash.matches(password, storage.adminPasswordHash());
    if (ok) {
      verifiedBasic = fp;
    }
    return ok;
  }

  /** A new session token. */
  String login() {
    byte[] b = new byte[24];
    RANDOM.nextBytes(b);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    sessions.put(token, clock.instant().plus(SESSION_LIFETIME));
    return token;
  }

  void logout(Request request) {
    String t = token(request);
    if (t != null) {
      sessions.remove(t);
    }
  }

  HttpCookie cookie(String token, boolean expire) {
    return HttpCookie.build(COOKIE, expire ? "" : token)
        .path("/")
        .httpOnly(true)
        .sameSite(HttpCookie.SameSite.STRICT)
        .maxAge(expire ? 0 : SESSION_LIFETIME.toSeconds())
        .build();
  }

  /** Whether the request carries a live session cookie or the admin's Basic credentials. */
  boolean authenticated(Request request) {
    String t = token(request);
    if (t != null) {
      Instant exp = sessions.get(t);
      if (exp != null && exp.isAfter(clock.instant())) {
        return true;
      }
      sessions.remove(t);
    }
    String h = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (h != null && h.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String up =
            new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = up.indexOf(':');
        return colon > 0 && check(up.substring(0, colon), up.substring(colon + 1));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return false;
  }

  private static String token(Request request) {
    for (HttpCookie c : Request.getCookies(request)) {
      if (COOKIE.equals(c.getName()) && !c.getValue().isEmpty()) {
        return c.getValue();
      }
    }
    return null;
  }
}
