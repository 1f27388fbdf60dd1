package dev.jonvif.core.security;

import java.util.Map;
import java.util.Optional;

/**
 * Where a verifier finds a user's password (device side). Called once per request, from any thread:
 * implementations must be thread-safe and should not block for long.
 */
@FunctionalInterface
public interface UserLookup {

  /** The password of {@code username}, or empty when there is no such user. */
  Optional<String> password(String username);

  /** A lookup over a fixed map of user name to password (copied). */
  static UserLookup of(Map<String, String> passwordsByUser) {
    Map<String, String> copy = Map.copyOf(passwordsByUser);
    return username -> Optional.ofNullable(copy.get(username));
  }

  /** A lookup that knows exactly these users. */
  static UserLookup of(Credentials... users) {
    Map<String, String> m = new java.util.HashMap<>();
    for (Credentials c : users) {
      m.put(c.username(), c.password());
    }
    return of(m);
  }
}
