package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeCameraTest {

  private static final String GET_SYSTEM_DATE_AND_TIME =
      SoapEnvelope.of(XmlElement.builder(Namespaces.TDS, "GetSystemDateAndTime").build())
          .toElement()
          .toString();

  private final FakeCamera camera = FakeCamera.start();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @AfterEach
  void tearDown() {
    camera.close();
    http.close();
  }

  private HttpResponse<String> post(URI uri, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/soap+xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnLoopback() {
    assertThat(camera.deviceServiceUrl().toString())
        .isEqualTo("http://127.0.0.1:" + camera.port() + "/onvif/device_service");
    assertThat(camera.url("/onvif/media").getPath()).isEqualTo("/onvif/media");
    assertThatThrownBy(() -> camera.url("onvif")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answersInQueueOrderAndRecordsRequests() throws Exception {
    camera.enqueue(FakeResponse.ok("<tds:GetHostnameResponse/>"));
    camera.enqueue(FakeResponse.status(404));

    HttpResponse<String> first = post(camera.deviceServiceUrl(), GET_SYSTEM_DATE_AND_TIME);
    HttpResponse<String> second = post(camera.url("/onvif/media?x=1"), "<a/>");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("content-type"))
        .hasValue("application/soap+xml; charset=utf-8");
    assertThat(
            SoapEnvelope.parse(first.body().getBytes(StandardCharsets.UTF_8))
                .bodyElement()
                .is(Namespaces.TDS, "GetHostnameResponse"))
        .isTrue();
    assertThat(second.statusCode()).isEqualTo(404);

    RecordedRequest r1 = camera.takeRequest();
    assertThat(r1.method()).isEqualTo("POST");
    assertThat(r1.path()).isEqualTo("/onvif/device_service");
    assertThat(r1.header("CONTENT-TYPE")).isEqualTo("application/soap+xml; charset=utf-8");
    assertThat(r1.bodyUtf8()).isEqualTo(GET_SYSTEM_DATE_AND_TIME);
    assertThat(r1.operation()).isEqualTo("GetSystemDateAndTime");
    assertThat(r1.envelope().bodyElement().namespace()).isEqualTo(Namespaces.TDS);
    assertThat(r1.sequenceNumber()).isZero();

    RecordedRequest r2 = camera.takeRequest();
    assertThat(r2.target()).isEqualTo("/onvif/media?x=1");
    assertThat(r2.path()).isEqualTo("/onvif/media");
    assertThat(r2.operation()).isNull();
    assertThat(r2.xml().localName()).isEqualTo("a");
    assertThat(camera.requestCount()).isEqualTo(2);
  }

  @Test
  void keepsConnectionsAlive() throws Exception {
    camera.enqueue(FakeResponse.status(200));
    camera.enqueue(FakeResponse.status(200));

    post(camera.deviceServiceUrl(), "<a/>");
    post(camera.deviceServiceUrl(), "<b/>");

    assertThat(camera.takeRequest().connectionId()).isEqualTo(camera.takeRequest().connectionId());
  }

  @Test
  void connectionCloseIsHonoured() throws Exception {
    camera.enqueue(FakeResponse.status(200).header("Connection", "close"));
    camera.enqueue(FakeResponse.status(200));

    post(camera.deviceServiceUrl(), "<a/>");
    post(camera.deviceServiceUrl(), "<b/>");

    assertThat(camera.takeRequest().connectionId())
        .isNotEqualTo(camera.takeRequest().connectionId());
  }

  @Test
  void readsChunkedRequestBodies() throws Exception {
    byte[] body = GET_SYSTEM_DATE_AND_TIME.repeat(1).getBytes(StandardCharsets.UTF_8);
    camera.enqueue(FakeResponse.status(200));

    http.send(
        HttpRequest.newBuilder(camera.deviceServiceUrl())
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build(),
        HttpResponse.BodyHandlers.discarding());

    RecordedRequest r = camera.takeRequest();
    assertThat(r.header("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(r.body()).isEqualTo(body);
    assertThat(r.operation()).isEqualTo("GetSystemDateAndTime");
  }

  @Test
  void answersExpectContinue() throws Exception {
    camera.enqueue(FakeResponse.status(204));

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(camera.deviceServiceUrl())
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString("<a/>"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(camera.takeRequest().bodyUtf8()).isEqualTo("<a/>");
  }

  @Test
  void toleratesTheHttp2UpgradeOfTheDefaultClient() throws Exception {
    camera.enqueue(FakeResponse.ok("<tds:GetHostnameResponse/>"));
    try (HttpClient h2 = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          h2.send(
              HttpRequest.newBuilder(camera.deviceServiceUrl())
                  .POST(HttpRequest.BodyPublishers.ofString(GET_SYSTEM_DATE_AND_TIME))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }
  }

  @Test
  void dispatcherAnswersInsteadOfTheQueue() throws Exception {
    camera.enqueue(FakeResponse.status(500));
    camera.dispatcher(
        r ->
            "GetSystemDateAndTime".equals(r.operation())
                ? FakeResponse.status(202)
                : FakeResponse.status(404));

    assertThat(post(camera.deviceServiceUrl(), GET_SYSTEM_DATE_AND_TIME).statusCode())
        .isEqualTo(202);
    assertThat(post(camera.deviceServiceUrl(), "<a/>").statusCode()).isEqualTo(404);

    camera.dispatcher(null);
    assertThat(post(camera.deviceServiceUrl(), "<a/>").statusCode()).isEqualTo(500);
  }

  @Test
  void failingDispatcherAnswers500WithTheReason() throws Exception {
    camera.dispatcher(
        r -> {
          throw new IllegalStateException("boom");
        });

    HttpResponse<String> response = post(camera.deviceServiceUrl(), "<a/>");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("boom");
  }

  @Test
  void emptyQueueAnswersAReceiverFault() throws Exception {
    HttpResponse<String> response = post(camera.deviceServiceUrl(), GET_SYSTEM_DATE_AND_TIME);

    assertThat(response.statusCode()).isEqualTo(500);
    SoapEnvelope env = SoapEnvelope.parse(response.body().getBytes(StandardCharsets.UTF_8));
    assertThat(env.fault().reason())
        .contains("no response enqueued for POST /onvif/device_service");
  }

  @Test
  void takeRequestFailsWhenNothingArrives() {
    assertThatThrownBy(() -> camera.takeRequest(Duration.ofMillis(50)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no request");
  }
}
