package dev.jonvif.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NonceCacheTest {

  private final MutableClock clock = MutableClock.at("2026-01-15T10:00:00Z");

  private long now() {
    return clock.millis();
  }

  @Test
  void aNonceIsAcceptedOnceWithinTheRetention() {
    NonceCache cache = new NonceCache(100, Duration.ofMinutes(10), clock);

    assertThat(cache.firstUse("a", now())).isTrue();
    assertThat(cache.firstUse("b", now())).isTrue();
    clock.advance(Duration.ofMinutes(9));
    assertThat(cache.firstUse("a", now())).isFalse();
  }

  @Test
  void entriesExpireAfterTheRetention() {
    NonceCache cache = new NonceCache(100, Duration.ofMinutes(10), clock);
    cache.firstUse("a", now());
    clock.advance(Duration.ofMinutes(5));
    cache.firstUse("b", now());

    clock.advance(Duration.ofMinutes(5));
    assertThat(cache.size()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(5));
    assertThat(cache.size()).isZero();
    assertThat(cache.firstUse("a", now())).isTrue();
  }

  @Test
  void sizeIsBoundedAndForgottenTokensFailClosed() {
    NonceCache cache = new NonceCache(3, Duration.ofMinutes(10), clock);
    long t0 = now();
    for (int i = 0; i < 3; i++) {
      assertThat(cache.firstUse("n" + i, t0 + i)).isTrue();
    }
    assertThat(cache.size()).isEqualTo(3);

    assertThat(cache.firstUse("n3", t0 + 3)).isTrue(); // evicts n0 (created t0)
    assertThat(cache.size()).isEqualTo(3);

    // n0 was forgotten early: a replay of it, or any token created no later, is refused.
    assertThat(cache.firstUse("n0", t0)).isFalse();
    assertThat(cache.firstUse("other", t0)).isFalse();
    // Newer tokens still pass.
    assertThat(cache.firstUse("n4", t0 + 4)).isTrue();
    assertThat(cache.size()).isEqualTo(3);
  }

  @Test
  void concurrentUseAcceptsEachNonceExactlyOnce() throws Exception {
    NonceCache cache = new NonceCache(100_000, Duration.ofMinutes(10), clock);
    long created = now();
    Callable<Integer> task =
        () -> {
          int accepted = 0;
          for (int i = 0; i < 5_000; i++) {
            if (cache.firstUse("n" + i, created)) {
              accepted++;
            }
          }
          return accepted;
        };
    List<Future<Integer>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(task));
      }
    }
    int total = 0;
    for (Future<Integer> f : results) {
      total += f.get();
    }
    assertThat(total).isEqualTo(5_000);
  }

  @Test
  void verifierCacheIsBoundedBySizeAndTime() {
    Credentials admin = new Credentials("admin", "pw");
    UsernameTokenVerifier v =
        UsernameTokenVerifier.builder(UserLookup.of(admin))
            .clock(clock)
            .createdTolerance(Duration.ofMinutes(1))
            .nonceCacheSize(2)
            .build();
    var first =
        UsernameToken.create(admin, PasswordType.DIGEST, clock, Duration.ZERO).toSecurityHeader();
    assertThat(v.verify(first).isAllowed()).isTrue();
    clock.advance(Duration.ofMillis(1));
    for (int i = 0; i < 2; i++) {
      clock.advance(Duration.ofMillis(1));
      var t =
          UsernameToken.create(admin, PasswordType.DIGEST, clock, Duration.ZERO).toSecurityHeader();
      assertThat(v.verify(t).isAllowed()).isTrue();
    }
    // The first nonce was evicted for space; its replay is still refused.
    assertThat(((AuthResult.Denied) v.verify(first)).reason())
        .isEqualTo(AuthResult.Reason.REPLAYED_NONCE);
  }
}
