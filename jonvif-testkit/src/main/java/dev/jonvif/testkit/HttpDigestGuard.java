package dev.jonvif.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The HTTP Digest check of {@link FakeCamera#requireHttpDigest}: answers 401 with one challenge per
 * algorithm until a request's {@code Authorization} verifies (RFC 7616, qop {@code auth}).
 *
 * <p>A minimal verifier kept private to the test kit, independent of the client's implementation on
 * purpose: a bug shared by both would otherwise go unnoticed.
 */
final class HttpDigestGuard {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String username;
  private final String password;
  private final String realm;
  private final List<String> algorithms;
  private final Set<String> issuedNonces = ConcurrentHashMap.newKeySet();
  private final Supplier<String> nonces;
  private final String opaque = token();

  HttpDigestGuard(String username, String password, String realm, List<String> algorithms) {
    this(username, password, realm, algorithms, HttpDigestGuard::token);
  }

  /** With a nonce source, so a test can replay the RFC 7616 worked example. */
  HttpDigestGuard(
      String username,
      String password,
      String realm,
      List<String> algorithms,
      Supplier<String> nonces) {
    this.nonces = nonces;
    this.username = username;
    this.password = password;
    this.realm = realm;
    for (String a : algorithms) {
      hashName(a); // fail early on an unknown algorithm
    }
    this.algorithms = List.copyOf(algorithms);
  }

  /** {@code null} when the request is authorised, else the 401 challenge to answer with. */
  FakeResponse check(RecordedRequest request) {
    String auth = request.header("Authorization");
    if (auth != null && verifies(auth, request.method(), request.target())) {
      return null;
    }
    FakeResponse challenge = FakeResponse.status(401);
    for (String algorithm : algorithms) {
      String nonce = nonces.get();
      issuedNonces.add(nonce);
      challenge =
          challenge.header(
              "WWW-Authenticate",
              "Digest realm=\""
                  + realm
                  + "\", qop=\"auth\", algorithm="
                  + algorithm
                  + ", nonce=\""
                  + nonce
                  + "\", opaque=\""
                  + opaque
                  + "\"");
    }
    return challenge;
  }

  private boolean verifies(String authorization, String method, String target) {
    if (!authorization.regionMatches(true, 0, "Digest ", 0, 7)) {
      return false;
    }
    Map<String, String> p = parameters(authorization.substring(7));
    String algorithm = p.getOrDefault("algorithm", "MD5");
    String response = p.get("response");
    String nonce = p.get("nonce");
    if (response == null
        || nonce == null
        || !issuedNonces.contains(nonce)
        || !username.equals(p.get("username"))
        || !realm.equals(p.get("realm"))
        || !target.equals(p.get("uri"))
        || algorithms.stream().noneMatch(a -> a.equalsIgnoreCase(algorithm))) {
      return false;
    }
    String qop = p.get("qop");
    String cnonce = p.getOrDefault("cnonce", "");
    String hash = hashName(algorithm);
    String ha1 = hex(hash, username + ":" + realm + ":" + password);
    if (algorithm.toLowerCase(Locale.ROOT).endsWith("-sess")) {
      ha1 = hex(hash, ha1 + ":" + nonce + ":" + cnonce);
    }
    String ha2 = hex(hash, method + ":" + target);
    String expected =
        qop == null
            ? hex(hash, ha1 + ":" + nonce + ":" + ha2)
            : hex(
                hash, ha1 + ":" + nonce + ":" + p.get("nc") + ":" + cnonce + ":" + qop + ":" + ha2);
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code name=value} and {@code name="quoted \" value"} pairs, names lower-cased. */
  static Map<String, String> parameters(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
        i++;
      }
      int eq = s.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String name = s.substring(i, eq).strip().toLowerCase(Locale.ROOT);
      i = eq + 1;
      StringBuilder value = new StringBuilder();
      if (i < n && s.charAt(i) == '"') {
        for (i++; i < n && s.charAt(i) != '"'; i++) {
          if (s.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          value.append(s.charAt(i));
        }
        i++; // closing quote
      } else {
        for (; i < n && s.charAt(i) != ','; i++) {
          value.append(s.charAt(i));
        }
      }
      out.put(name, value.toString().strip());
    }
    return out;
  }

  private static String hashName(String algorithm) {
    String base = algorithm.toUpperCase(Locale.ROOT);
    if (base.endsWith("-SESS")) {
      base = base.substring(0, base.length() - 5);
    }
    return switch (base) {
      case "MD5" -> "MD5";
      case "SHA-256" -> "SHA-256";
      case "SHA-512-256" -> "SHA-512/256";
      default -> throw new IllegalArgumentException("unsupported digest algorithm " + algorithm);
    };
  }

  private static String hex(String hash, String input) {
    try {
      MessageDigest md = MessageDigest.getInstance(hash);
      return HexFormat.of().formatHex(md.digest(input.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(hash + " is missing from this JDK", e);
    }
  }

  private static String token() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
