package dev.jonvif.core.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless HTTP Digest server nonces: {@code base64url(issuedAt | random | HMAC)}. The issue time
 * (epoch milliseconds from the injected clock) and 8 random bytes are authenticated with
 * HMAC-SHA-256 under a secret drawn from {@link SecureRandom} when the instance is created, so the
 * server can tell its own nonces and their age without remembering them. A restart changes the
 * secret and so invalidates earlier nonces. Thread-safe.
 */
final class ServerNonces {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TIME = 8;
  private static final int SALT = 8;
  private static final int MAC = 16;

  private final Clock clock;
  private final SecretKeySpec key;

  ServerNonces(Clock clock) {
    this.clock = clock;
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** A new nonce, issued now. */
  String issue() {
    ByteBuffer b = ByteBuffer.allocate(TIME + SALT + MAC);
    b.putLong(clock.millis());
    byte[] salt = new byte[SALT];
    RANDOM.nextBytes(salt);
    b.put(salt);
    b.put(mac(b.array(), TIME + SALT));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
  }

  /**
   * When this server issued {@code nonce} (epoch milliseconds), or {@link Long#MIN_VALUE} when it
   * did not issue it (forged, corrupted, or from before a restart).
   */
  long issuedAt(String nonce) {
    byte[] b;
    try {
      b = Base64.getUrlDecoder().decode(nonce);
    } catch (IllegalArgumentException e) {
      return Long.MIN_VALUE;
    }
    if (b.length != TIME + SALT + MAC) {
      return Long.MIN_VALUE;
    }
    byte[] expected = mac(b, TIME + SALT);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(b, TIME + SALT, b.length))) {
      return Long.MIN_VALUE;
    }
    return ByteBuffer.wrap(b).getLong();
  }

  private byte[] mac(byte[] data, int length) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(data, 0, length);
      return Arrays.copyOf(mac.doFinal(), MAC);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("JDK lacks HmacSHA256", e);
    }
  }
}
