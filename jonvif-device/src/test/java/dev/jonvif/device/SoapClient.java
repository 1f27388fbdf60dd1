package dev.jonvif.device;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A minimal SOAP client over the JDK HttpClient for end-to-end tests. */
final class SoapClient {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One HTTP answer, with the parsed envelope when the body is one. */
  record Answer(int status, Map<String, java.util.List<String>> headers, byte[] body) {
    SoapEnvelope envelope() {
      return SoapEnvelope.parse(body);
    }

    XmlElement bodyElement() {
      return envelope().bodyElement();
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers
          .getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of())
          .stream()
          .findFirst()
          .orElse(null);
    }
  }

  static Answer post(String url, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", "application/soap+xml; charset=utf-8");
    h.putAll(headers);
    h.forEach(b::header);
    try {
      HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Answer post(String url, SoapEnvelope env) {
    return post(url, env.toBytes(), Map.of());
  }

  static Answer post(String url, String xml) {
    return post(url, xml.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Answer get(String url, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    headers.forEach(b::header);
    try {
      HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.headers().map(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private SoapClient() {}
}
