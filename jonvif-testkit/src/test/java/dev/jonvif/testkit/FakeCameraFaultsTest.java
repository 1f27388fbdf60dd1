package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fault injection, seen from the JDK HttpClient. */
class FakeCameraFaultsTest {

  private final FakeCamera camera = FakeCamera.start();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @AfterEach
  void tearDown() {
    camera.close();
    http.close();
  }

  private HttpRequest request(Duration timeout) {
    return HttpRequest.newBuilder(camera.deviceServiceUrl())
        .timeout(timeout)
        .POST(HttpRequest.BodyPublishers.ofString("<a/>"))
        .build();
  }

  private HttpResponse<byte[]> send(Duration timeout) throws Exception {
    return http.send(request(timeout), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void disconnectAtStartClosesWithoutAnswer() {
    camera.enqueue(FakeResponse.disconnectAtStart());

    assertThatThrownBy(() -> send(Duration.ofSeconds(10))).isInstanceOf(IOException.class);
    assertThat(camera.takeRequest().bodyUtf8()).isEqualTo("<a/>");
  }

  @Test
  void disconnectAfterHeadersCutsTheBody() {
    camera.enqueue(FakeResponse.ok("<tds:GetHostnameResponse/>").disconnectAfterHeaders());

    assertThatThrownBy(() -> send(Duration.ofSeconds(10))).isInstanceOf(IOException.class);
  }

  @Test
  void stallNeverAnswers() {
    camera.enqueue(FakeResponse.stall());

    assertThatThrownBy(() -> send(Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void closingTheCameraReleasesAStalledExchange() throws Exception {
    camera.enqueue(FakeResponse.stall());
    CompletableFuture<HttpResponse<byte[]>> pending =
        http.sendAsync(request(Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofByteArray());
    camera.takeRequest();

    camera.close();

    assertThatThrownBy(() -> pending.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void delayedAnswerTimesOutAShortRequest() {
    camera.enqueue(FakeResponse.status(200).delay(Duration.ofSeconds(30)));

    assertThatThrownBy(() -> send(Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void delayedAnswerArrives() throws Exception {
    camera.enqueue(FakeResponse.status(202).delay(Duration.ofMillis(20)));

    assertThat(send(Duration.ofSeconds(10)).statusCode()).isEqualTo(202);
  }

  @Test
  void slowBodyArrivesWhole() throws Exception {
    byte[] body = "<slow>0123456789abcdef</slow>".getBytes(StandardCharsets.UTF_8);
    camera.enqueue(FakeResponse.body(body, "text/xml").slowBody(4, Duration.ofMillis(5)));

    HttpResponse<byte[]> r = send(Duration.ofSeconds(10));

    assertThat(r.body()).isEqualTo(body);
    assertThat(r.headers().firstValue("Content-Length")).hasValue(String.valueOf(body.length));
  }

  @Test
  void chunkedSlowBodyArrivesWhole() throws Exception {
    byte[] body = "<chunked>0123456789abcdef</chunked>".getBytes(StandardCharsets.UTF_8);
    camera.enqueue(FakeResponse.body(body, "text/xml").chunked().slowBody(5, Duration.ofMillis(5)));

    HttpResponse<byte[]> r = send(Duration.ofSeconds(10));

    assertThat(r.body()).isEqualTo(body);
    assertThat(r.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
  }

  @Test
  void connectionSurvivesForTheNextScriptedAnswer() throws Exception {
    camera.enqueue(FakeResponse.disconnectAtStart());
    camera.enqueue(FakeResponse.status(200));

    assertThatThrownBy(() -> send(Duration.ofSeconds(10))).isInstanceOf(IOException.class);
    assertThat(send(Duration.ofSeconds(10)).statusCode()).isEqualTo(200);
    assertThat(camera.requestCount()).isEqualTo(2);
  }
}
