package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of RFC 7616 §3.9.1 and RFC 2617 §3.5. */
class DigestKnownAnswerTest {

  private static final String REALM = "http-auth@example.org";
  private static final String NONCE = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
  private static final String CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
  private static final String OPAQUE = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";
  private static final Credentials MUFASA = new Credentials("Mufasa", "Circle of Life");

  private static String rfc7616(DigestAlgorithm algorithm) {
    return DigestMath.response(
        algorithm,
        "Mufasa",
        REALM,
        "Circle of Life",
        "GET",
        "/dir/index.html",
        NONCE,
        "00000001",
        CNONCE,
        "auth");
  }

  @Test
  void rfc7616Md5() {
    assertThat(rfc7616(DigestAlgorithm.MD5)).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
  }

  @Test
  void rfc7616Sha256() {
    assertThat(rfc7616(DigestAlgorithm.SHA_256))
        .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
  }

  @Test
  void rfc2617Md5() {
    assertThat(
            DigestMath.response(
                DigestAlgorithm.MD5,
                "Mufasa",
                "testrealm@host.com",
                "Circle Of Life",
                "GET",
                "/dir/index.html",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                "00000001",
                "0a4f113b",
                "auth"))
        .isEqualTo("6629fae49393a05397450978507c4ef1");
  }

  /**
   * RFC 2069 §2.4's inputs (no qop: MD5(HA1:nonce:HA2)). The response printed there,
   * e966c932a9242554e42c8ee200cec7f6, does not follow from them; this value was computed
   * independently (Python's hashlib) from the same inputs.
   */
  @Test
  void rfc2069Md5WithoutQop() {
    assertThat(
            DigestMath.response(
                DigestAlgorithm.MD5,
                "Mufasa",
                "testrealm@host.com",
                "CircleOfLife",
                "GET",
                "/dir/index.html",
                "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                null,
                null,
                null))
        .isEqualTo("1949323746fe6a43ef61f9606e7febea");
  }

  /**
   * An RTSP request as live555 (VLC) answers it: absolute rtsp URI, no qop. Computed with hashlib.
   */
  @Test
  void rfc2069Md5ForAnRtspDescribe() {
    assertThat(
            DigestMath.response(
                DigestAlgorithm.MD5,
                "viewer",
                "jonvif",
                "s3cret",
                "DESCRIBE",
                "rtsp://127.0.0.1:8554/cam1/Profile_1",
                "MTc2MzgwNjQwMDAwMA",
                null,
                null,
                null))
        .isEqualTo("119b98792ac982ef15d59acbd47d8dea");
  }

  /** The RFC 7616 challenges, as the server in §3.9.1 sends them, answered by the client. */
  @Test
  void rfc7616ThroughParserAndClientSession() {
    List<String> headers =
        List.of(
            "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=SHA-256,"
                + " nonce=\""
                + NONCE
                + "\", opaque=\""
                + OPAQUE
                + "\"",
            "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=MD5,"
                + " nonce=\""
                + NONCE
                + "\", opaque=\""
                + OPAQUE
                + "\"");
    List<DigestChallenge> challenges = DigestChallenge.parseAll(headers);
    DigestChallenge chosen = DigestChallenge.preferred(challenges).orElseThrow();

    String sha256 =
        new DigestClientSession(MUFASA, chosen, () -> CNONCE)
            .authorization("GET", "/dir/index.html");
    String md5 =
        new DigestClientSession(MUFASA, challenges.get(1), () -> CNONCE)
            .authorization("GET", "/dir/index.html");

    assertThat(chosen.algorithm()).isEqualTo(DigestAlgorithm.SHA_256);
    assertThat(sha256)
        .isEqualTo(
            "Digest username=\"Mufasa\", realm=\"http-auth@example.org\", nonce=\""
                + NONCE
                + "\", uri=\"/dir/index.html\", algorithm=SHA-256, qop=auth, nc=00000001,"
                + " cnonce=\""
                + CNONCE
                + "\", response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\","
                + " opaque=\""
                + OPAQUE
                + "\"");
    assertThat(md5)
        .contains("algorithm=MD5")
        .contains("response=\"8ca523f5e9506fed4657c9700eebdbec\"");
  }

  @Test
  void sessionVariantsHashTheClientNonceIntoTheKey() {
    String plain = rfc7616(DigestAlgorithm.SHA_256);
    String sess = rfc7616(DigestAlgorithm.SHA_256_SESS);
    String other =
        DigestMath.response(
            DigestAlgorithm.SHA_256_SESS,
            "Mufasa",
            REALM,
            "Circle of Life",
            "GET",
            "/dir/index.html",
            NONCE,
            "00000001",
            "another-cnonce",
            "auth");

    assertThat(sess).hasSize(64).isNotEqualTo(plain).isNotEqualTo(other);
    assertThat(rfc7616(DigestAlgorithm.SHA_512_256)).hasSize(64);
  }
}
