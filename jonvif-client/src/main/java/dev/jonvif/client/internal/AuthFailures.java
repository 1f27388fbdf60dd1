package dev.jonvif.client.internal;

import dev.jonvif.client.AuthMethod;
import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.AuthenticationException.Kind;
import dev.jonvif.core.ErrorContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Turns a refused request into the one {@link AuthenticationException} that tells the user what to
 * fix: the password, the camera's clock, a lock-out, the user's rights, or an unsupported scheme.
 */
final class AuthFailures {

  private AuthFailures() {}

  static AuthenticationException missingCredentials(ErrorContext ctx) {
    return new AuthenticationException(
        Kind.MISSING_CREDENTIALS,
        "the camera requires a user name and password, and none was given",
        ctx,
        null);
  }

  static AuthenticationException unsupported(List<String> wwwAuthenticate, ErrorContext ctx) {
    String offered = String.join(", ", wwwAuthenticate);
    boolean basicOnly =
        !wwwAuthenticate.isEmpty()
            && wwwAuthenticate.stream()
                .allMatch(v -> v.strip().regionMatches(true, 0, "Basic", 0, 5));
    String reason =
        basicOnly
            ? "the camera offers only HTTP Basic authentication for SOAP, which sends the"
                + " password in clear text; jonvif does not send it"
            : "the camera offers no authentication jonvif supports (WWW-Authenticate: "
                + (offered.isEmpty() ? "none" : truncate(offered, 120))
                + ")";
    return new AuthenticationException(Kind.UNSUPPORTED, reason, ctx, null);
  }

  static AuthenticationException policyForbidsDigest(
      dev.jonvif.client.AuthPolicy policy, ErrorContext ctx) {
    return new AuthenticationException(
        Kind.UNSUPPORTED,
        "the camera asks for HTTP Digest, which the auth policy "
            + policy
            + " does not allow; use AUTO or HTTP_DIGEST",
        ctx,
        null);
  }

  /** A final refusal (HTTP 401/403 or {@code ter:NotAuthorized}) after every retry. */
  static AuthenticationException refused(
      AuthState state, AuthMethod method, RawResponse response, ErrorContext ctx) {
    String user = state.hasCredentials() ? state.credentials().username() : "";
    if (!state.hasCredentials()) {
      return missingCredentials(ctx);
    }
    if (Lockout.detect(response)) {
      return new AuthenticationException(
          Kind.LOCKED_OUT,
          "user '"
              + user
              + "' is locked out after failed logins; wait until the camera unlocks it or"
              + " unlock it on the camera",
          ctx,
          null);
    }
    if (state.proven() && method == state.method()) {
      return new AuthenticationException(
          Kind.INSUFFICIENT_PRIVILEGES,
          "user '"
              + user
              + "' may not call "
              + (ctx.action() == null ? "this operation" : shortAction(ctx.action()))
              + " (the camera refused it while other calls work)",
          ctx,
          null);
    }
    ClockState clock = state.clock();
    if (method.usesUsernameToken() && clock.skewed()) {
      return new AuthenticationException(
          Kind.CLOCK_SKEW,
          describeSkew(clock) + "; set the camera's clock or fix its NTP",
          ctx,
          null);
    }
    String how =
        method.usesHttpDigest()
            ? "HTTP Digest" + state.digestAlgorithm().map(a -> " " + a).orElse("") + " refused"
            : method.label() + " refused";
    String clockNote =
        method.usesUsernameToken() && clock.offset().isEmpty()
            ? "; the camera's clock could not be read, so a clock difference may also be the cause"
            : "";
    return new AuthenticationException(
        Kind.WRONG_CREDENTIALS,
        "wrong user name or password for user '" + user + "' (" + how + ")" + clockNote,
        ctx,
        null);
  }

  /** "camera clock is 2 h 59 min ahead of this machine". */
  static String describeSkew(ClockState clock) {
    Optional<Duration> o = clock.offset();
    if (o.isEmpty()) {
      return "the camera's clock could not be read";
    }
    Duration d = o.get();
    String dir = d.isNegative() ? "behind" : "ahead of";
    String text = "camera clock is " + formatDuration(d.abs()) + " " + dir + " this machine";
    if (d.abs().compareTo(Duration.ofDays(365)) > 0) {
      Instant camera = clock.now().plus(d).truncatedTo(ChronoUnit.SECONDS);
      text += " (it reads " + camera + ")";
    }
    return text;
  }

  /** "2 h 59 min", "3 min 5 s", "12 s", "20454 days". */
  static String formatDuration(Duration d) {
    long s = d.getSeconds();
    if (s >= 2 * 86_400) {
      return (s / 86_400) + " days";
    }
    if (s >= 3600) {
      return (s / 3600) + " h " + (s % 3600) / 60 + " min";
    }
    if (s >= 60) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return s + " s";
  }

  private static String shortAction(String action) {
    int slash = action.lastIndexOf('/');
    return slash >= 0 ? action.substring(slash + 1) : action;
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "...";
  }
}
