package dev.jonvif.device;

import java.time.Duration;
import java.util.Objects;

/**
 * How a server authenticates requests.
 *
 * @param usernameToken accept WS-Security UsernameToken (digest)
 * @param httpDigest accept HTTP Digest (MD5 and SHA-256 challenges are both offered)
 * @param passwordText also accept UsernameToken {@code #PasswordText} (off by default: it sends the
 *     password in clear)
 * @param createdTolerance how far a UsernameToken's {@code Created} may be from the camera's clock
 * @param lockout how repeated failures are slowed down and locked out
 */
public record SecurityPolicy(
    boolean usernameToken,
    boolean httpDigest,
    boolean passwordText,
    Duration createdTolerance,
    Lockout lockout) {

  /** Both methods, no clear-text passwords, 5 minutes of clock tolerance, default lock-out. */
  public static final SecurityPolicy DEFAULT =
      new SecurityPolicy(true, true, false, Duration.ofMinutes(5), Lockout.DEFAULT);

  public SecurityPolicy {
    Objects.requireNonNull(createdTolerance, "createdTolerance");
    Objects.requireNonNull(lockout, "lockout");
    if (!usernameToken && !httpDigest) {
      throw new IllegalArgumentException("at least one authentication method must be enabled");
    }
  }

  public SecurityPolicy withPasswordText(boolean value) {
    return new SecurityPolicy(usernameToken, httpDigest, value, createdTolerance, lockout);
  }

  public SecurityPolicy withLockout(Lockout value) {
    return new SecurityPolicy(usernameToken, httpDigest, passwordText, createdTolerance, value);
  }

  /**
   * Lock-out of one user name from one source address after repeated failures. Failures older than
   * {@code window} are forgotten; a success forgets them all. From the {@code slowAfter}-th failure
   * on, answers are delayed by {@code baseDelay} doubling per failure up to {@code maxDelay}; at
   * the {@code lockAfter}-th the pair is locked out for {@code lockDuration}, even with the right
   * password. Other users and other sources are never affected.
   */
  public record Lockout(
      int slowAfter,
      int lockAfter,
      Duration baseDelay,
      Duration maxDelay,
      Duration lockDuration,
      Duration window) {

    /** Slow down after 3 failures (250 ms, doubling, up to 4 s), lock for 60 s after 10. */
    public static final Lockout DEFAULT =
        new Lockout(
            3,
            10,
            Duration.ofMillis(250),
            Duration.ofSeconds(4),
            Duration.ofSeconds(60),
            Duration.ofMinutes(10));

    public Lockout {
      if (slowAfter < 1 || lockAfter < 1) {
        throw new IllegalArgumentException("lock-out thresholds must be at least 1");
      }
      Objects.requireNonNull(baseDelay, "baseDelay");
      Objects.requireNonNull(maxDelay, "maxDelay");
      Objects.requireNonNull(lockDuration, "lockDuration");
      Objects.requireNonNull(window, "window");
    }

    public Lockout withBaseDelay(Duration value) {
      return new Lockout(slowAfter, lockAfter, value, maxDelay, lockDuration, window);
    }
  }
}
