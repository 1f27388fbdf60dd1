package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One camera shared by many virtual threads (the fpompermaier/milg0 races must not exist here). */
class ConcurrencyTest {

  private final SimulatedCamera sim = new SimulatedCamera();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void manyVirtualThreadsShareOneCameraWithinTheConcurrencyLimit() throws Exception {
    sim.fake.requireHttpDigest(SimulatedCamera.USER, SimulatedCamera.PASSWORD, "SHA-256");
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    var base =
        (java.util.function.Function<
                dev.jonvif.testkit.RecordedRequest, dev.jonvif.testkit.FakeResponse>)
            sim;
    sim.fake.dispatcher(
        r -> {
          int now = inFlight.incrementAndGet();
          maxInFlight.accumulateAndGet(now, Math::max);
          try {
            Thread.sleep(2);
            return base.apply(r);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          } finally {
            inFlight.decrementAndGet();
          }
        });
    try (OnvifCamera cam =
            sim.client().maxConcurrentRequests(3).requestTimeout(Duration.ofSeconds(20)).build();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        results.add(
            pool.submit(
                () ->
                    n % 2 == 0
                        ? cam.device().deviceInformation().model()
                        : cam.media().profiles().get(0).token()));
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "SIM-1" : "main");
      }
      assertThat(cam.authMethod()).isEqualTo(AuthMethod.HTTP_DIGEST);
    }
    assertThat(maxInFlight.get()).isBetween(1, 3);
    List<RecordedRequest> rs = Requests.drain(sim.fake);
    // Every Digest answer used a distinct nonce count (no replays under concurrency).
    List<String> ncs =
        rs.stream()
            .map(r -> r.header("Authorization"))
            .filter(a -> a != null)
            .map(ConcurrencyTest::nonceAndCount)
            .toList();
    assertThat(ncs).isNotEmpty().doesNotHaveDuplicates();
  }

  private static String nonceAndCount(String authorization) {
    java.util.regex.Matcher nonce =
        java.util.regex.Pattern.compile("(?<![a-z])nonce=\"([^\"]*)\"").matcher(authorization);
    java.util.regex.Matcher nc =
        java.util.regex.Pattern.compile("(?<![a-z])nc=([0-9a-fA-F]+)").matcher(authorization);
    return (nonce.find() ? nonce.group(1) : "?") + "/" + (nc.find() ? nc.group(1) : "?");
  }
}
