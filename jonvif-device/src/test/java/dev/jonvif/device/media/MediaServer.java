package dev.jonvif.device.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.DigestClientSession;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.device.DeviceServer;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.StateStorage;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.testkit.OnvifSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A device server on loopback with the media modules and some cameras, and a small SOAP client that
 * checks every answer against the ONVIF schemas.
 */
final class MediaServer implements AutoCloseable {

  static final Credentials ADMIN =
      new Credentials(TestCameras.ADMIN.username(), TestCameras.ADMIN.password());
  static final Credentials VIEWER =
      new Credentials(TestCameras.VIEWER.username(), TestCameras.VIEWER.password());

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final DeviceServer server;
  private final Map<String, VirtualCamera> cameras = new LinkedHashMap<>();
  private final Map<String, Integer> ports = new LinkedHashMap<>();

  MediaServer() {
    server =
        DeviceServer.builder()
            .register(new MediaModule())
            .register(new Media2Module())
            .build()
            .start();
  }

  /** Adds a camera (RTSP port 8554) and returns it. */
  VirtualCamera add(Persona persona, StateStorage storage) {
    VirtualCamera cam =
        VirtualCamera.create(persona, TestCameras.ADMIN, Clock.systemUTC(), storage);
    VirtualCamera.Ports p = server.addCamera(cam, 0, -1, 8554);
    cameras.put(persona.name(), cam);
    ports.put(persona.name(), p.http());
    return cam;
  }

  VirtualCamera add(Persona persona) {
    return add(persona, StateStorage.inMemory());
  }

  int port(String camera) {
    return ports.get(camera);
  }

  String url(String camera, String path) {
    return "http://127.0.0.1:" + port(camera) + path;
  }

  /** One HTTP answer. */
  record Answer(int status, HttpResponse<byte[]> response) {
    byte[] body() {
      return response.body();
    }

    String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    String text() {
      return new String(body(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Posts {@code body} to the camera's endpoint for {@code service}, with a WS-UsernameToken
   * (password digest, created by the camera's clock) for {@code user}, or anonymously when {@code
   * user} is {@code null}.
   */
  Answer post(String camera, OnvifService service, XmlElement body, Credentials user) {
    SoapEnvelope env = SoapEnvelope.of(body);
    if (user != null) {
      env =
          env.withHeader(
              UsernameToken.create(
                      user, PasswordType.DIGEST, cameras.get(camera).clock(), Duration.ZERO)
                  .toSecurityHeader());
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url(camera, service.path())))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/soap+xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(env.toBytes()))
            .build();
    return send(request);
  }

  /**
   * GETs {@code url}: anonymously when {@code user} is {@code null}, otherwise with HTTP Digest
   * (the first, anonymous answer's challenge is answered as a client would).
   */
  Answer get(String url, Credentials user) {
    Answer first = send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    if (user == null || first.status() != 401) {
      return first;
    }
    DigestClientSession session =
        DigestClientSession.fromHeaders(
                user, first.response().headers().allValues("WWW-Authenticate"))
            .orElseThrow(() -> new AssertionError("no usable Digest challenge"));
    String path = URI.create(url).getRawPath();
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", session.authorization("GET", path))
            .GET()
            .build());
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Calls as the administrator; expects 200 and a schema-valid response; returns its body. */
  XmlElement ok(String camera, OnvifService service, XmlElement body) {
    return ok(camera, service, body, ADMIN);
  }

  XmlElement ok(String camera, OnvifService service, XmlElement body, Credentials user) {
    Answer a = post(camera, service, body, user);
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    OnvifSchemas.assertValidEnvelope(a.body());
    XmlElement response = SoapEnvelope.parse(a.body()).bodyElement();
    assertThat(response.localName()).isEqualTo(body.localName() + "Response");
    return response;
  }

  /** Calls as the administrator; expects a schema-valid SOAP fault with this HTTP status. */
  SoapFault fault(String camera, OnvifService service, XmlElement body, int status) {
    return fault(camera, service, body, ADMIN, status);
  }

  SoapFault fault(
      String camera, OnvifService service, XmlElement body, Credentials user, int status) {
    Answer a = post(camera, service, body, user);
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    OnvifSchemas.assertValidEnvelope(a.body());
    SoapEnvelope env = SoapEnvelope.parse(a.body());
    assertThat(env.isFault()).as(a.text()).isTrue();
    return env.fault();
  }

  /** A request element built from XML text (namespaces trt, tr2, tt and tds are bound). */
  static XmlElement xml(String text) {
    String wrapped =
        text.replaceFirst(
            "^<([\\w:]+)",
            "<$1 xmlns:trt=\""
                + Namespaces.TRT
                + "\" xmlns:tr2=\""
                + Namespaces.TR2
                + "\" xmlns:tt=\""
                + Namespaces.TT
                + "\" xmlns:tds=\""
                + Namespaces.TDS
                + "\"");
    return XmlParser.parse(wrapped.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A Media (ver10) request with text children, e.g. {@code trt("GetProfile", "ProfileToken",
   * "P")}.
   */
  static XmlElement trt(String operation, String... namesAndValues) {
    return request(Namespaces.TRT, operation, namesAndValues);
  }

  /** A Media2 request with text children. */
  static XmlElement tr2(String operation, String... namesAndValues) {
    return request(Namespaces.TR2, operation, namesAndValues);
  }

  private static XmlElement request(String ns, String operation, String... namesAndValues) {
    XmlElement.Builder b = XmlElement.builder(ns, operation);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.child(ns, namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  /**
   * A prefix-independent text form of an element (names with namespace URIs, attributes sorted),
   * for comparing what two responses say.
   */
  static String canonical(XmlElement e) {
    StringBuilder sb = new StringBuilder();
    sb.append('{').append(e.namespace()).append('}').append(e.localName());
    new java.util.TreeMap<>(
            e.attributes().entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        a -> a.getKey().getNamespaceURI() + ":" + a.getKey().getLocalPart(),
                        Map.Entry::getValue)))
        .forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
    sb.append('[').append(e.textTrim());
    e.children().forEach(c -> sb.append(canonical(c)));
    return sb.append(']').toString();
  }

  @Override
  public void close() {
    server.stop();
  }
}
