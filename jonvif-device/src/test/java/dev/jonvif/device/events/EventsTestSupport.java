package dev.jonvif.device.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.DeviceServer;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.StateStorage;
import dev.jonvif.device.User;
import dev.jonvif.device.UserLevel;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.testkit.MutableClock;
import dev.jonvif.testkit.OnvifSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AfterEach;

/** A loopback device server with the event service, an authenticated SOAP client and helpers. */
abstract class EventsTestSupport {

  String password = "adminpass1";
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final MutableClock clock = MutableClock.at("2026-01-01T00:00:00Z");
  final AtomicInteger messageIds = new AtomicInteger();
  EventsModule events;
  DeviceServer server;
  VirtualCamera camera;
  String base;

  record Answer(int status, SoapEnvelope envelope, String text) {
    XmlElement body() {
      return envelope.bodyElement();
    }
  }

  void start(int maxPullPoints) {
    start(maxPullPoints, Persona.generic("evcam"));
  }

  void start(int maxPullPoints, Persona persona) {
    start(new EventsModule(maxPullPoints), persona);
  }

  void start(EventsModule module, Persona persona) {
    events = module;
    server = DeviceServer.builder().register(events).clock(clock).build().start();
    camera =
        VirtualCamera.create(
            persona,
            new User("admin", password, UserLevel.ADMINISTRATOR, true),
            clock,
            StateStorage.inMemory());
    base = "http://127.0.0.1:" + server.addCamera(camera, 0, -1, 8554).http();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop();
    }
  }

  /**
   * Posts a SOAP 1.2 envelope around {@code bodyXml} (written by hand, with its own namespace
   * declarations) and a UsernameToken header, as admin; validates the answer.
   */
  Answer callRaw(String url, String bodyXml) {
    String token =
        dev.jonvif.core.xml.XmlWriter.toXml(
            UsernameToken.create(
                    new Credentials("admin", password),
                    PasswordType.DIGEST,
                    camera.clock(),
                    Duration.ZERO)
                .toSecurityHeader());
    String envelope =
        "<env:Envelope xmlns:env='http://www.w3.org/2003/05/soap-envelope'><env:Header>"
            + token.replaceFirst("^<\\?xml[^>]*\\?>", "")
            + "</env:Header><env:Body>"
            + bodyXml
            + "</env:Body></env:Envelope>";
    return post(url, envelope.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Posts {@code body} as admin to {@code url} with WS-Addressing; validates the answer. */
  Answer call(String url, XmlElement body) {
    XmlElement token =
        UsernameToken.create(
                new Credentials("admin", password),
                PasswordType.DIGEST,
                camera.clock(),
                Duration.ZERO)
            .toSecurityHeader();
    SoapEnvelope env =
        SoapEnvelope.of(body)
            .withHeader(token)
            .withAddressing(
                new Addressing(null, "urn:uuid:m-" + messageIds.incrementAndGet(), url, null, null),
                Namespaces.WSA);
    return post(url, env.toBytes());
  }

  private Answer post(String url, byte[] envelope) {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(90))
            .header("Content-Type", "application/soap+xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(envelope))
            .build();
    try {
      HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
      if (OnvifSchemas.available()) {
        OnvifSchemas.assertValidEnvelope(r.body());
      }
      return new Answer(
          r.statusCode(),
          SoapEnvelope.parse(r.body()),
          new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String service() {
    return base + OnvifService.EVENTS.path();
  }

  static XmlElement tev(String op, XmlElement... children) {
    return XmlElement.builder(Namespaces.TEV, op).children(List.of(children)).build();
  }

  static XmlElement topicFilter(String expression) {
    return XmlElement.builder(Namespaces.TEV, "Filter")
        .child(
            XmlElement.builder(Namespaces.WSNT, "TopicExpression")
                .attribute("Dialect", "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet")
                .declareNamespace("tns1", Namespaces.TNS1)
                .text(expression)
                .build())
        .build();
  }

  /** Creates a pull point; returns its address. */
  String createPullPoint(XmlElement... children) {
    Answer a = call(service(), tev("CreatePullPointSubscription", children));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.envelope().addressing().action())
        .isEqualTo(
            "http://www.onvif.org/ver10/events/wsdl/EventPortType/CreatePullPointSubscriptionResponse");
    return a.body()
        .path(Namespaces.TEV, "SubscriptionReference")
        .childText(Namespaces.WSA, "Address");
  }

  Answer pull(String address, String timeout, int limit) {
    return call(
        address,
        tev(
            "PullMessages",
            XmlElement.of(Namespaces.TEV, "Timeout", timeout),
            XmlElement.of(Namespaces.TEV, "MessageLimit", Integer.toString(limit))));
  }

  /** The tt:Message elements of a PullMessagesResponse. */
  static List<XmlElement> messages(Answer a) {
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.envelope().addressing().action())
        .isEqualTo(
            "http://www.onvif.org/ver10/events/wsdl/PullPointSubscription/PullMessagesResponse");
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement n : a.body().children(Namespaces.WSNT, "NotificationMessage")) {
      out.add(n.path(Namespaces.WSNT, "Message").child(Namespaces.TT, "Message").orElseThrow());
    }
    return out;
  }

  static String topicOf(Answer a, int index) {
    return a.body()
        .children(Namespaces.WSNT, "NotificationMessage")
        .get(index)
        .childText(Namespaces.WSNT, "Topic");
  }

  static String item(XmlElement message, String group, String name) {
    for (XmlElement s : message.path(Namespaces.TT, group).children(Namespaces.TT, "SimpleItem")) {
      if (name.equals(s.attribute("Name"))) {
        return s.attribute("Value");
      }
    }
    return null;
  }

  /** Asserts a fault whose first subcode has this local name. */
  static void assertFault(Answer a, int status, String subcode) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    SoapFault f = a.envelope().fault();
    assertThat(f).as(a.text()).isNotNull();
    assertThat(f.subcodes()).extracting(QName::getLocalPart).as(a.text()).startsWith(subcode);
  }
}
