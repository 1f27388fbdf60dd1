package dev.jonvif.device.internal.auth;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.AccessClass;
import dev.jonvif.device.Caller;
import dev.jonvif.device.SecurityPolicy;
import dev.jonvif.device.User;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.internal.auth.AuthDecision.Answer;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * Decides whether a request may run: authenticates it (WS-UsernameToken, HTTP Digest), applies
 * lock-out, and checks the user's level against the operation's access class.
 *
 * <p>PRE_AUTH operations run for anyone; credentials they carry are ignored. Other operations need
 * valid credentials: a request carrying neither a UsernameToken nor an Authorization header is
 * answered with 401 and the Digest challenges (so Digest-only clients, which wait for a challenge,
 * work; clients that use WS-UsernameToken read the 401 as "credentials needed" too). A bad
 * UsernameToken is answered with 400 {@code ter:NotAuthorized}, bad Digest credentials with a new
 * 401 challenge. When both are sent, both must be valid.
 */
public final class RequestAuthenticator {

  private final SecurityPolicy policy;
  private final LockoutTracker lockout;

  /** The result: the caller, or a refusal with how long to hold back the answer. */
  public sealed interface Outcome {}

  /** The request may run as {@code caller}. */
  public record Pass(Caller caller) implements Outcome {}

  /** The request is refused. */
  public record Refuse(Answer answer, String message, boolean stale, Duration delay)
      implements Outcome {}

  public RequestAuthenticator(SecurityPolicy policy, Clock clock) {
    this.policy = policy;
    this.lockout = new LockoutTracker(policy.lockout(), clock);
  }

  /**
   * Authenticates a request for something of access class {@code access}.
   *
   * @param what the operation or resource, for messages
   * @param envelope the SOAP request, or {@code null} for a plain HTTP request (snapshot)
   */
  public Outcome authenticate(
      VirtualCamera camera,
      AccessClass access,
      String what,
      SoapEnvelope envelope,
      String method,
      String pathQuery,
      String authorization,
      InetSocketAddress remote,
      CredentialVerifier verifier) {
    if (access == AccessClass.PRE_AUTH) {
      return new Pass(Caller.anonymous(remote));
    }
    XmlElement security =
        policy.usernameToken() && envelope != null ? securityHeader(envelope) : null;
    boolean digest =
        policy.httpDigest()
            && authorization != null
            && authorization.regionMatches(true, 0, "Digest ", 0, 7);
    AuthDecision decision = null;
    if (security != null) {
      decision = verifier.checkUsernameToken(security);
    }
    if (digest && (decision == null || decision instanceof AuthDecision.Allowed)) {
      AuthDecision d = verifier.checkDigest(method, pathQuery, authorization);
      if (decision instanceof AuthDecision.Allowed a
          && d instanceof AuthDecision.Allowed b
          && !a.username().equals(b.username())) {
        d =
            new AuthDecision.Denied(
                Answer.SOAP_FAULT,
                "the UsernameToken and HTTP Digest name different users",
                b.username(),
                false,
                true);
      }
      decision = d;
    }
    String source = remote.getAddress().getHostAddress();
    if (decision == null) {
      Answer answer = policy.httpDigest() ? Answer.HTTP_CHALLENGE : Answer.SOAP_FAULT;
      return new Refuse(answer, "authentication required for " + what, false, null);
    }
    if (decision instanceof AuthDecision.Denied d) {
      Duration locked = lockout.lockedFor(source, d.username());
      if (locked.isZero() && d.countsAsFailure()) {
        LockoutTracker.Verdict v = lockout.failure(source, d.username());
        if (v.isLocked()) {
          return locked(d.answer(), v.lockedFor(), v.delay());
        }
        return new Refuse(d.answer(), d.message(), d.stale(), v.delay());
      }
      if (!locked.isZero()) {
        return locked(d.answer(), locked, policy.lockout().maxDelay());
      }
      return new Refuse(d.answer(), d.message(), d.stale(), Duration.ZERO);
    }
    if (decision instanceof AuthDecision.Allowed a) {
      Answer answer = digest ? Answer.HTTP_CHALLENGE : Answer.SOAP_FAULT;
      Duration locked = lockout.lockedFor(source, a.username());
      if (!locked.isZero()) {
        return locked(answer, locked, Duration.ZERO);
      }
      lockout.success(source, a.username());
      User user = camera.device().user(a.username());
      if (user == null) {
        return new Refuse(answer, "the user name or password is not valid", false, null);
      }
      if (!access.allows(user.level())) {
        return new Refuse(
            Answer.SOAP_FAULT,
            "user '"
                + user.username()
                + "' ("
                + user.level().wireName()
                + ") may not call "
                + what
                + " (access class "
                + access
                + ")",
            false,
            null);
      }
      return new Pass(new Caller(user.username(), user.level(), remote));
    }
    return new Pass(Caller.anonymous(remote));
  }

  private static Refuse locked(Answer answer, Duration remaining, Duration delay) {
    long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
    return new Refuse(
        answer,
        "too many failed logins from this address for this user: locked out for " + seconds + " s",
        false,
        delay);
  }

  private static XmlElement securityHeader(SoapEnvelope env) {
    XmlElement exact = env.header(Namespaces.WSSE, "Security");
    if (exact != null) {
      return exact;
    }
    for (XmlElement h : env.headers()) {
      if (h.localName().equals("Security")) {
        return h; // lenient: some clients use the 2002 or a misspelled WSSE namespace
      }
    }
    return null;
  }
}
