package dev.jonvif.bench;

import dev.jonvif.core.security.AuthResult;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.DigestClientSession;
import dev.jonvif.core.security.DigestVerifier;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UserLookup;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.security.UsernameTokenVerifier;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Device-side credential checks: WS-UsernameToken verify (from a parsed {@code wsse:Security}
 * element) and an HTTP Digest client/server exchange. One thread; prints operations per second.
 *
 * <p>The UsernameToken benchmark cycles through 50,000 distinct tokens; once the cycle wraps,
 * tokens are refused as replays after the full check (digest and cache lookup), so every call does
 * the same work.
 *
 * <pre>java -jar jonvif-bench/target/jonvif-bench.jar SecurityBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SecurityBenchmark {

  private static final int TOKENS = 50_000;
  private static final Credentials ADMIN = new Credentials("admin", "password123");
  private static final String URI = "/onvif/device_service";

  private final Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
  private XmlElement[] tokens;
  private UsernameTokenVerifier tokenVerifier;
  private int next;

  private DigestVerifier digestVerifier;
  private DigestClientSession digestClient;

  @Setup(Level.Trial)
  public void tokens() {
    tokens = new XmlElement[TOKENS];
    for (int i = 0; i < TOKENS; i++) {
      UsernameToken t =
          UsernameToken.create(ADMIN, PasswordType.DIGEST, clock, Duration.ofMillis(-i));
      tokens[i] = XmlParser.parse(XmlWriter.toBytes(t.toSecurityHeader()));
    }
  }

  @Setup(Level.Iteration)
  public void verifiers() {
    tokenVerifier =
        UsernameTokenVerifier.builder(UserLookup.of(ADMIN))
            .clock(clock)
            .nonceCacheSize(TOKENS * 2)
            .build();
    digestVerifier = DigestVerifier.builder("jonvif", UserLookup.of(ADMIN)).clock(clock).build();
    digestClient =
        DigestClientSession.fromHeaders(ADMIN, digestVerifier.challengeHeaders(false))
            .orElseThrow();
  }

  @Benchmark
  public AuthResult usernameTokenVerify() {
    XmlElement token = tokens[next];
    next = next + 1 == TOKENS ? 0 : next + 1;
    return tokenVerifier.verify(token);
  }

  @Benchmark
  public AuthResult usernameTokenBuildAndVerify() {
    XmlElement header =
        UsernameToken.create(ADMIN, PasswordType.DIGEST, clock, Duration.ZERO).toSecurityHeader();
    return tokenVerifier.verify(header);
  }

  @Benchmark
  public AuthResult httpDigestSha256AuthorizeAndVerify() {
    return digestVerifier.verify("POST", URI, digestClient.authorization("POST", URI));
  }
}
