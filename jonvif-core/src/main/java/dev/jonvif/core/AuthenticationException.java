package dev.jonvif.core;

/**
 * The device refused our credentials, or we could not authenticate at all. {@link #kind()} says
 * why, so a user is told whether to fix the password, the clock or wait for a lock-out to end.
 */
public final class AuthenticationException extends OnvifException {

  /** Why authentication failed. */
  public enum Kind {
    /** The user name or password is wrong. */
    WRONG_CREDENTIALS,
    /** The device's clock differs so much from ours that WS-UsernameToken is rejected. */
    CLOCK_SKEW,
    /** The device locked this user or source out after repeated failures. */
    LOCKED_OUT,
    /** The device offers no authentication method we can use. */
    UNSUPPORTED,
    /** A credential is required but none was configured. */
    MISSING_CREDENTIALS,
    /** The credentials are right but the user's level does not allow the operation. */
    INSUFFICIENT_PRIVILEGES
  }

  private final Kind kind;

  public AuthenticationException(Kind kind, String message, ErrorContext context, Throwable cause) {
    super(message, context, cause, true);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  @Override
  public AuthenticationException withContext(ErrorContext ctx) {
    return new AuthenticationException(kind, reason(), context().orElse(ctx), getCause());
  }
}
