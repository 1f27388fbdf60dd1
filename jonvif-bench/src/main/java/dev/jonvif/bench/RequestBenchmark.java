package dev.jonvif.bench;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a signed request: a GetProfiles envelope with WS-Addressing and a fresh WS-UsernameToken
 * (SecureRandom nonce, SHA-1 digest), written to UTF-8 bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RequestBenchmark {

  private static final Credentials ADMIN = new Credentials("admin", "password123");
  private final Clock clock = Clock.systemUTC();

  @Benchmark
  public byte[] buildSignedRequest() {
    return signedGetProfiles(ADMIN, clock);
  }

  static byte[] signedGetProfiles(Credentials credentials, Clock clock) {
    XmlElement security =
        UsernameToken.create(credentials, PasswordType.DIGEST, clock, Duration.ZERO)
            .toSecurityHeader();
    return SoapEnvelope.of(XmlElement.builder(Namespaces.TRT, "GetProfiles").build())
        .withHeader(security)
        .withAddressing(
            Addressing.NONE
                .withAction(Namespaces.TRT + "/GetProfiles")
                .withMessageId("urn:uuid:" + UUID.randomUUID()),
            Namespaces.WSA)
        .toBytes();
  }
}
