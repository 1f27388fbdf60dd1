package dev.jonvif.core.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One HTTP Digest challenge from a {@code WWW-Authenticate} header (RFC 7616 §3.3).
 *
 * <p>Parse every {@code WWW-Authenticate} value of a 401 response with {@link #parseAll(List)},
 * then pick one with {@link #preferred(List)}: devices often offer several (Hikvision sends one
 * header for MD5 and another for SHA-256).
 *
 * @param realm the protection space; "" when the server sent none
 * @param nonce the server nonce
 * @param opaque the value to echo back, or {@code null}
 * @param algorithm the hash algorithm ({@code MD5} when the server named none)
 * @param qop the offered qop values, lower-cased; empty for the RFC 2069 form without qop
 * @param stale whether the server says the previous nonce expired while the credentials were right
 * @param userhash whether the server supports hashed user names (jonvif always sends them plain)
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7616#section-3.3">RFC 7616 §3.3</a>
 */
public record DigestChallenge(
    String realm,
    String nonce,
    String opaque,
    DigestAlgorithm algorithm,
    List<String> qop,
    boolean stale,
    boolean userhash) {

  public DigestChallenge {
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(algorithm, "algorithm");
    qop = List.copyOf(qop);
  }

  /**
   * The Digest challenges in the values of every {@code WWW-Authenticate} header of a response, in
   * order. Each value may hold several challenges. Other schemes (Basic, Negotiate), challenges
   * without a nonce and challenges with an algorithm jonvif does not support are left out; so are
   * unreadable parts of a value (see {@link #offeredSchemes(List)} to tell the user what was
   * offered instead).
   *
   * <p>Never throws, whatever the input; returns an empty list when nothing usable was found.
   */
  public static List<DigestChallenge> parseAll(List<String> headerValues) {
    List<DigestChallenge> out = new ArrayList<>(2);
    for (String value : headerValues) {
      for (AuthHeaderParser.Item item : AuthHeaderParser.parse(value)) {
        if (item.scheme().equals("digest")) {
          DigestChallenge c = from(item.params());
          if (c != null) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  /**
   * The authentication schemes a response offers, lower-cased, in order and without duplicates
   * (e.g. {@code [digest, basic]}). Never throws.
   */
  public static Set<String> offeredSchemes(List<String> headerValues) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : headerValues) {
      for (AuthHeaderParser.Item item : AuthHeaderParser.parse(value)) {
        out.add(item.scheme());
      }
    }
    return out;
  }

  /**
   * The challenge to answer: among those jonvif can answer ({@link #isUsable()}), the strongest
   * algorithm in the order of {@link DigestAlgorithm} (SHA-512-256, SHA-256, MD5; plain before
   * {@code -sess}); the first offered among equals.
   */
  public static Optional<DigestChallenge> preferred(List<DigestChallenge> challenges) {
    return challenges.stream()
        .filter(DigestChallenge::isUsable)
        .min(Comparator.comparingInt(c -> c.algorithm().ordinal()));
  }

  /** Whether jonvif can answer it: qop {@code auth} is offered, or no qop at all (RFC 2069). */
  public boolean isUsable() {
    return qop.isEmpty() || qop.contains("auth");
  }

  /**
   * The challenge as a {@code WWW-Authenticate} header value, e.g. {@code Digest realm="onvif",
   * nonce="...", qop="auth", algorithm=SHA-256, opaque="..."}.
   *
   * @throws IllegalArgumentException when a value has characters a header cannot carry
   */
  public String toHeaderValue() {
    // realm, nonce and stale come first, in this order: live555 (VLC, openRTSP) reads a challenge
    // only when it starts exactly `Digest realm="…", nonce="…"`, and sees stale only right after.
    AuthHeaderWriter w =
        new AuthHeaderWriter("Digest").quoted("realm", realm).quoted("nonce", nonce);
    if (stale) {
      w.token("stale", "true");
    }
    if (!qop.isEmpty()) {
      w.quoted("qop", String.join(",", qop));
    }
    w.token("algorithm", algorithm.token());
    if (opaque != null) {
      w.quoted("opaque", opaque);
    }
    return w.toString();
  }

  private static DigestChallenge from(Map<String, String> p) {
    String nonce = p.get("nonce");
    if (nonce == null || nonce.isEmpty()) {
      return null;
    }
    String algorithmName = p.get("algorithm");
    DigestAlgorithm algorithm =
        algorithmName == null ? DigestAlgorithm.MD5 : DigestAlgorithm.fromToken(algorithmName);
    if (algorithm == null) {
      return null;
    }
    List<String> qop = new ArrayList<>(2);
    String qopList = p.get("qop");
    if (qopList != null) {
      for (String q : qopList.split(",")) {
        String v = q.strip().toLowerCase(Locale.ROOT);
        if (!v.isEmpty() && !qop.contains(v)) {
          qop.add(v);
        }
      }
    }
    return new DigestChallenge(
        p.getOrDefault("realm", ""),
        nonce,
        p.get("opaque"),
        algorithm,
        qop,
        "true".equalsIgnoreCase(p.get("stale")),
        "true".equalsIgnoreCase(p.get("userhash")));
  }
}
