package dev.jonvif.hub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.TransportException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffAndFailureTest {

  @Test
  void backoffDoublesWithinItsUpperHalfAndStopsAtTheMaximum() {
    RandomGenerator random = new SplittableRandom(42);
    Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), random);
    for (int attempt = 0; attempt < 40; attempt++) {
      long cap = Math.min(30_000, 1_000L << Math.min(attempt, 20));
      for (int i = 0; i < 50; i++) {
        assertThat(b.delay(attempt).toMillis()).isBetween(cap / 2, cap);
      }
    }
  }

  @Test
  void backoffDelaysDifferBetweenCameras() {
    Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(2), new SplittableRandom(7));
    assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> b.delay(5)).distinct().count())
        .isGreaterThan(10);
  }

  @Test
  void failuresMapToTheApiCodesAndStatuses() {
    Failure wrong =
        Failure.of(
            new AuthenticationException(
                AuthenticationException.Kind.WRONG_CREDENTIALS,
                "refused",
                ErrorContext.NONE,
                null));
    assertThat(wrong.code()).isEqualTo("wrong_password");
    assertThat(wrong.status()).isEqualTo(CameraStatus.AUTH_ERROR);
    Failure skew =
        Failure.of(
            new AuthenticationException(
                AuthenticationException.Kind.CLOCK_SKEW, "off by 3 h", ErrorContext.NONE, null));
    assertThat(skew.code()).isEqualTo("clock_skew");
    assertThat(skew.status()).isEqualTo(CameraStatus.CLOCK_SKEW);
    Failure locked =
        Failure.of(
            new AuthenticationException(
                AuthenticationException.Kind.LOCKED_OUT, "wait", ErrorContext.NONE, null));
    assertThat(locked.code()).isEqualTo("locked_out");
    Failure refused =
        Failure.of(new TransportException("connection refused", ErrorContext.NONE, null));
    assertThat(refused.code()).isEqualTo("unreachable");
    assertThat(refused.status()).isEqualTo(CameraStatus.UNREACHABLE);
    Failure html =
        Failure.of(new TransportException("HTTP 404", ErrorContext.NONE, null, 404, false));
    assertThat(html.code()).isEqualTo("not_onvif");
    assertThat(Failure.of(new MalformedMessageException("not XML")).code()).isEqualTo("not_onvif");
    assertThat(Failure.of(new RuntimeException("boom")).code()).isEqualTo("unreachable");
    assertThat(ApiError.camera(wrong).status).isEqualTo(422);
    assertThat(ApiError.camera(refused).status).isEqualTo(502);
  }
}
