package dev.jonvif.client.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.events.NotifyPolicy;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Basic Notification end to end over loopback: our consumer against a virtual camera. */
class NotificationConsumerTest {

  private static final String PASSWORD = "notifyPass1";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final EventsModule events =
      new EventsModule(
          10, NotifyPolicy.DEFAULT.withRetries(3, Duration.ofMillis(10), Duration.ofMillis(40)));
  private final BlockingQueue<XmlElement> received = new LinkedBlockingQueue<>();
  private Fleet fleet;
  private AdminApi admin;
  private OnvifCamera camera;
  private NotificationConsumer consumer;

  @BeforeEach
  void start() {
    fleet =
        Fleet.start(
            FleetOptions.forTests(Personas.defaults(1), PASSWORD).withModules(List.of(events)));
    admin = AdminApi.start(fleet, 0);
    events.installSimulations(admin);
    camera =
        OnvifCamera.builder(fleet.deviceServiceUrl("cam1")).credentials("admin", PASSWORD).build();
    consumer = NotificationConsumer.forCamera(camera);
  }

  @AfterEach
  void stop() {
    consumer.close();
    camera.close();
    admin.close();
    fleet.close();
  }

  private NotifySubscription subscribeToMotion(Duration termination) {
    NotifySubscription s =
        consumer.subscribe(
            camera,
            NotificationConsumer.topicFilter("tns1:VideoSource/MotionAlarm"),
            termination,
            received::add);
    XmlElement initial = next();
    assertThat(message(initial).attribute("PropertyOperation")).isEqualTo("Initialized");
    return s;
  }

  private void admin(String method, String pathAndQuery) {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + pathAndQuery))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void motion(boolean state) {
    admin("POST", "/cameras/cam1/events/motion?state=" + state);
  }

  private XmlElement next() {
    try {
      XmlElement m = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(m).as("a notification within %s", WAIT).isNotNull();
      return m;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private XmlElement nothingWithin(Duration d) throws InterruptedException {
    return received.poll(d.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static XmlElement message(XmlElement notificationMessage) {
    return notificationMessage.path(Namespaces.WSNT, "Message").firstChild();
  }

  private static String state(XmlElement notificationMessage) {
    return message(notificationMessage)
        .path(Namespaces.TT, "Data")
        .children(Namespaces.TT, "SimpleItem")
        .get(0)
        .attribute("Value");
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void tenMotionsFromTheAdminApiArriveInOrderExactlyOnce() throws InterruptedException {
    subscribeToMotion(Duration.ofMinutes(5));
    for (int i = 0; i < 10; i++) {
      motion(i % 2 == 0);
    }
    List<String> states = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      XmlElement n = next();
      assertThat(message(n).attribute("PropertyOperation")).isEqualTo("Changed");
      assertThat(n.childText(Namespaces.WSNT, "Topic")).isEqualTo("tns1:VideoSource/MotionAlarm");
      states.add(state(n));
    }
    assertThat(states)
        .containsExactly(
            "true", "false", "true", "false", "true", "false", "true", "false", "true", "false");
    assertThat(nothingWithin(Duration.ofMillis(300))).isNull();
  }

  @Test
  void renewExtendsBySubscriptionManagerAndUnsubscribeStopsDelivery() throws InterruptedException {
    NotifySubscription s = subscribeToMotion(Duration.ofSeconds(30));
    Instant first = s.terminationTime().orElseThrow();
    assertThat(s.currentTime()).isPresent();
    Instant renewed = s.renew(Duration.ofMinutes(10)).orElseThrow();
    assertThat(renewed).isAfter(first);
    assertThat(s.reference().address()).contains("subscription=");

    s.unsubscribe();
    assertThat(events.subscriptionCount(fleet.camera("cam1"))).isZero();
    assertThat(consumer.subscriptionCount()).isZero();
    motion(true);
    assertThat(nothingWithin(Duration.ofMillis(300))).isNull();
    assertThatThrownBy(() -> s.renew(Duration.ofMinutes(1))).isInstanceOf(SoapFaultException.class);
  }

  @Test
  void expiredSubscriptionEndsOnTheCameraAndRenewFaults() throws InterruptedException {
    NotifySubscription s = subscribeToMotion(Duration.ofSeconds(60));
    admin("PUT", "/cameras/cam1/clock?offset=PT2M");
    eventually(() -> events.subscriptionCount(fleet.camera("cam1")) == 0);
    assertThat(events.subscriptionCount(fleet.camera("cam1"))).isZero();
    motion(true);
    assertThat(nothingWithin(Duration.ofMillis(300))).isNull();
    assertThatThrownBy(() -> s.renew(Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(
            SoapFaultException.class, f -> assertThat(f.getMessage()).contains("does not exist"));
  }

  @Test
  void consumerGoneIsRetriedThenDroppedByTheCamera() throws InterruptedException {
    subscribeToMotion(Duration.ofMinutes(5));
    consumer.stopListening();
    motion(true);
    eventually(() -> events.subscriptionCount(fleet.camera("cam1")) == 0);
    assertThat(events.subscriptionCount(fleet.camera("cam1"))).isZero();
  }

  @Test
  void listenerAcceptsOnlyPostedNotifyOfKnownSubscriptionsWithinTheSizeLimit() throws Exception {
    NotifySubscription s = subscribeToMotion(Duration.ofMinutes(5));
    URI mine = s.consumerAddress();
    assertThat(status(HttpRequest.newBuilder(mine).GET())).isEqualTo(405);
    assertThat(status(post(consumer.address().resolve("unknown"), "<x/>"))).isEqualTo(404);
    assertThat(status(post(mine, "<not-soap/>"))).isEqualTo(400);
    assertThat(statusLineForDeclaredLength(mine, 2 * 1024 * 1024)).contains(" 413 ");
    String notify =
        "<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'"
            + " xmlns:wsnt='http://docs.oasis-open.org/wsn/b-2'><s:Body><wsnt:Notify>"
            + "<wsnt:NotificationMessage><wsnt:Topic>tns1:Test</wsnt:Topic>"
            + "<wsnt:Message><m/></wsnt:Message></wsnt:NotificationMessage>"
            + "</wsnt:Notify></s:Body></s:Envelope>";
    assertThat(status(post(mine, notify))).isEqualTo(202);
    assertThat(next().childText(Namespaces.WSNT, "Topic")).isEqualTo("tns1:Test");
  }

  private static HttpRequest.Builder post(URI uri, String body) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/soap+xml")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static int status(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Sends only the headers of a POST declaring {@code length} bytes; returns the status line. */
  private static String statusLineForDeclaredLength(URI uri, int length) throws IOException {
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      String head =
          "POST "
              + uri.getRawPath()
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + "\r\nContent-Type: application/soap+xml\r\nContent-Length: "
              + length
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
          .readLine();
    }
  }
}
