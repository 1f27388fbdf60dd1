package dev.jonvif.rtsp;

import java.util.Map;
import java.util.Optional;

/**
 * Who may watch a camera's streams. The server asks for HTTP Digest credentials (RFC 7616, MD5 and
 * SHA-256) on cameras that {@linkplain #requiresAuthentication(String) require them}, as Profile T
 * demands, and checks them against {@link #password(String, String)}. Thread-safe.
 */
public interface StreamAuth {

  /** Whether requests for {@code camera} must carry credentials. */
  boolean requiresAuthentication(String camera);

  /** The password of {@code username} on {@code camera}, or empty when there is no such user. */
  Optional<String> password(String camera, String username);

  /** Every stream may be watched without credentials. */
  static StreamAuth none() {
    return new StreamAuth() {
      @Override
      public boolean requiresAuthentication(String camera) {
        return false;
      }

      @Override
      public Optional<String> password(String camera, String username) {
        return Optional.empty();
      }
    };
  }

  /** The same users (name to password) on every camera. */
  static StreamAuth users(Map<String, String> passwordsByUser) {
    Map<String, String> copy = Map.copyOf(passwordsByUser);
    return new StreamAuth() {
      @Override
      public boolean requiresAuthentication(String camera) {
        return true;
      }

      @Override
      public Optional<String> password(String camera, String username) {
        return Optional.ofNullable(copy.get(username));
      }
    };
  }
}
