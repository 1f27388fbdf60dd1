package dev.jonvif.device.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.VirtualCamera;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** SOAP calls to a fleet camera's web-service port, for streaming tests. */
final class FleetSoap {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private FleetSoap() {}

  /** Calls with a UsernameToken of {@code user}; expects 200; returns the response body. */
  static XmlElement call(
      VirtualCamera cam, OnvifService service, XmlElement body, Credentials user) {
    SoapEnvelope env =
        SoapEnvelope.of(body)
            .withHeader(
                UsernameToken.create(user, PasswordType.DIGEST, cam.clock(), Duration.ZERO)
                    .toSecurityHeader());
    try {
      HttpResponse<byte[]> r =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + cam.ports().http() + service.path()))
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/soap+xml; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(env.toBytes()))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
      return SoapEnvelope.parse(r.body()).bodyElement();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
