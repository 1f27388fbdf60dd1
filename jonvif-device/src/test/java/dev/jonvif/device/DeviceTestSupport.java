package dev.jonvif.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.OnvifSchemas;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AfterEach;

/** Starts a device server on loopback and talks to it over HTTP, validating every answer. */
abstract class DeviceTestSupport {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "adminpass1";

  DeviceServer server;
  VirtualCamera camera;
  String base;

  void start(Persona persona) {
    start(persona, DeviceServer.builder(), Clock.systemUTC(), StateStorage.inMemory());
  }

  void start(Persona persona, DeviceServer.Builder builder, Clock clock, StateStorage storage) {
    server = builder.clock(clock).build().start();
    camera =
        VirtualCamera.create(
            persona,
            new User(ADMIN, ADMIN_PASSWORD, UserLevel.ADMINISTRATOR, true),
            clock,
            storage);
    VirtualCamera.Ports ports = server.addCamera(camera, 0, -1, 8554);
    base = "http://127.0.0.1:" + ports.http();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  static XmlElement tds(String op, XmlElement... children) {
    return XmlElement.builder(Namespaces.TDS, op).children(List.of(children)).build();
  }

  static XmlElement el(String ns, String name, Object text) {
    return XmlElement.of(ns, name, String.valueOf(text));
  }

  SoapClient.Answer anonymous(XmlElement body) {
    return post("/onvif/device_service", SoapEnvelope.of(body));
  }

  SoapClient.Answer admin(XmlElement body) {
    return as(ADMIN, ADMIN_PASSWORD, body);
  }

  SoapClient.Answer as(String user, String password, XmlElement body) {
    return post("/onvif/device_service", SoapEnvelope.of(body).withHeader(token(user, password)));
  }

  /** A UsernameToken (digest) created by the camera's clock, as a client that synced would. */
  XmlElement token(String user, String password) {
    return UsernameToken.create(
            new Credentials(user, password), PasswordType.DIGEST, camera.clock(), Duration.ZERO)
        .toSecurityHeader();
  }

  SoapClient.Answer post(String path, SoapEnvelope env) {
    SoapClient.Answer a = SoapClient.post(base + path, env);
    assertSchemaValid(a);
    return a;
  }

  SoapClient.Answer post(String path, byte[] body, Map<String, String> headers) {
    SoapClient.Answer a = SoapClient.post(base + path, body, headers);
    assertSchemaValid(a);
    return a;
  }

  /**
   * Every SOAP answer must validate against the ONVIF XSDs (when ../shared is present). SOAP 1.1
   * faults are the exception: the schema set has no SOAP 1.1 envelope schema to check them with.
   */
  static void assertSchemaValid(SoapClient.Answer a) {
    String type = a.header("content-type");
    if (OnvifSchemas.available() && type != null && type.contains("xml") && a.body().length > 0) {
      SoapEnvelope env = a.envelope();
      if (env.version() == dev.jonvif.core.soap.SoapVersion.SOAP_11 && env.isFault()) {
        return;
      }
      OnvifSchemas.assertValidEnvelope(a.body());
    }
  }

  /** Asserts a 200 answer and returns its body element. */
  static XmlElement ok(SoapClient.Answer a) {
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.bodyElement();
  }

  /** Asserts a fault with this status and subcodes (local names), and returns it. */
  static SoapFault fault(SoapClient.Answer a, int status, String code, String... subcodes) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    SoapFault f = a.envelope().fault();
    assertThat(f).as(a.text()).isNotNull();
    assertThat(f.rawCode().getLocalPart()).as(a.text()).isEqualTo(code);
    List<String> subs = new ArrayList<>();
    for (QName q : f.subcodes()) {
      subs.add(q.getLocalPart());
    }
    assertThat(subs).as(a.text()).containsExactly(subcodes);
    return f;
  }
}
