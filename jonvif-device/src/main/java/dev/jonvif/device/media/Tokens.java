package dev.jonvif.device.media;

/** Limits of tt:ReferenceToken and tt:Name (both at most 64 characters). */
final class Tokens {

  static final int MAX_LENGTH = 64;

  private Tokens() {}

  static String requireToken(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("invalid token: " + token);
    }
    return token;
  }

  static String requireName(String name) {
    if (name == null || name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("invalid name: " + name);
    }
    return name;
  }

  static boolean isValid(String token) {
    return token != null && !token.isEmpty() && token.length() <= MAX_LENGTH;
  }
}
