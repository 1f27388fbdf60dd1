package dev.jonvif.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/** Hex, Base64 and hashing helpers shared by the WS-Security and HTTP Digest code. */
final class Codecs {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Codecs() {}

  /** Lower-case hex, as HTTP Digest writes hashes. */
  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Decodes hex digits (either case); {@code null} when the text is not hex. */
  static byte[] unhex(String text) {
    String s = stripWhitespace(text);
    if (s.length() % 2 != 0) {
      return null;
    }
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(s.charAt(2 * i), 16);
      int lo = Character.digit(s.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  /**
   * Decodes standard Base64, ignoring white space (line breaks and indentation that some clients
   * put into {@code wsse:Nonce}); {@code null} when the text is not Base64.
   */
  static byte[] base64Lenient(String text) {
    try {
      return Base64.getDecoder().decode(stripWhitespace(text));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Fresh digests, never updated, that {@link #digest} clones. */
  private static final ConcurrentHashMap<String, MessageDigest> PROTOTYPES =
      new ConcurrentHashMap<>();

  /**
   * A new digest for a JDK algorithm name every Java SE platform must provide. Cloned from a fresh
   * prototype: {@code MessageDigest.getInstance} looks up the provider and checks algorithm
   * constraints on every call, which showed as a fifth of the time spent verifying a UsernameToken
   * under load.
   */
  static MessageDigest digest(String algorithm) {
    MessageDigest prototype = PROTOTYPES.computeIfAbsent(algorithm, Codecs::newDigest);
    try {
      return (MessageDigest) prototype.clone();
    } catch (CloneNotSupportedException e) {
      return newDigest(algorithm);
    }
  }

  private static MessageDigest newDigest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK lacks " + algorithm, e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Compares two strings in time that depends only on their lengths, by their UTF-8 bytes. For
   * hashes and passwords, which an attacker must not be able to guess byte by byte.
   */
  static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(utf8(a), utf8(b));
  }

  private static String stripWhitespace(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
