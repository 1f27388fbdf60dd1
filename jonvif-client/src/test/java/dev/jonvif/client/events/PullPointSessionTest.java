package dev.jonvif.client.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.types.XsDateTime;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.FakeCamera;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.MutableClock;
import dev.jonvif.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The PullPoint manager against a scripted camera: addressing, loss, renew in the camera's clock.
 */
class PullPointSessionTest {

  static final Duration WAIT = Duration.ofSeconds(10);
  static final Instant DEVICE_EPOCH = Instant.parse("2000-01-01T00:00:00Z");

  FakeCamera fake;
  OnvifCamera cam;
  MutableClock clock = MutableClock.at("2026-11-22T08:00:00Z");
  Instant localStart = clock.instant();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  final EventFleet.Collector got = new EventFleet.Collector();

  @BeforeEach
  void start() {
    fake = FakeCamera.start();
    cam = OnvifCamera.builder(fake.deviceServiceUrl().toString()).clock(clock).build();
  }

  @AfterEach
  void stop() {
    cam.close();
    fake.close();
  }

  /** The camera's clock: year 2000, running with the local one. */
  Instant device() {
    return DEVICE_EPOCH.plus(Duration.between(localStart, clock.instant()));
  }

  EventsClient client(java.util.function.UnaryOperator<String> rewrite) {
    return new EventsClient(
        cam.transport(), fake.url("/onvif/events"), rewrite, clock, Optional::empty);
  }

  static EventOptions options() {
    return EventOptions.builder()
        .mode(EventMode.PULLPOINT)
        .pullTimeout(Duration.ofSeconds(1))
        .initialTermination(Duration.ofMinutes(1))
        .backoff(Duration.ofMillis(10), Duration.ofMillis(50))
        .build();
  }

  String created(String address, XmlElement... referenceParameters) {
    XmlElement.Builder ref =
        XmlElement.builder(Namespaces.TEV, "SubscriptionReference")
            .child(Namespaces.WSA, "Address", address);
    if (referenceParameters.length > 0) {
      ref.child(
          XmlElement.builder(Namespaces.WSA, "ReferenceParameters")
              .children(List.of(referenceParameters))
              .build());
    }
    return new String(
        dev.jonvif.core.xml.XmlWriter.toBytes(
            XmlElement.builder(Namespaces.TEV, "CreatePullPointSubscriptionResponse")
                .child(ref.build())
                .child(Namespaces.WSNT, "CurrentTime", XsDateTime.format(device()))
                .child(
                    Namespaces.WSNT, "TerminationTime", XsDateTime.format(device().plusSeconds(60)))
                .build()),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  FakeResponse pulled(Instant termination, boolean withMotion) {
    XmlElement.Builder b =
        XmlElement.builder(Namespaces.TEV, "PullMessagesResponse")
            .child(Namespaces.TEV, "CurrentTime", XsDateTime.format(device()))
            .child(Namespaces.TEV, "TerminationTime", XsDateTime.format(termination));
    if (withMotion) {
      b.child(
          XmlElement.builder(Namespaces.WSNT, "NotificationMessage")
              .child(
                  XmlElement.builder(Namespaces.WSNT, "Topic")
                      .declareNamespace("tns1", Namespaces.TNS1)
                      .text("tns1:VideoSource/MotionAlarm")
                      .build())
              .child(
                  XmlElement.builder(Namespaces.WSNT, "Message")
                      .child(
                          XmlElement.builder(Namespaces.TT, "Message")
                              .attribute("UtcTime", XsDateTime.format(device()))
                              .attribute("PropertyOperation", "Changed")
                              .child(
                                  XmlElement.builder(Namespaces.TT, "Data")
                                      .child(
                                          XmlElement.builder(Namespaces.TT, "SimpleItem")
                                              .attribute("Name", "State")
                                              .attribute("Value", "true")
                                              .build())
                                      .build())
                              .build())
                      .build())
              .build());
    }
    return FakeResponse.ok(b.build()).delay(Duration.ofMillis(20));
  }

  private static FakeResponse xml(String body) {
    return FakeResponse.ok(body);
  }

  @Test
  void requestsGoToTheRewrittenAddressWithReferenceParametersAndUnsubscribeOnClose()
      throws Exception {
    // As an Axis Q6045-E answers: a shared address and dom0:SubscriptionId as parameter.
    String lan = "http://192.168.0.19/onvif/services";
    XmlElement id = XmlElement.of("http://www.axis.com/2009/event", "SubscriptionId", "5");
    AtomicInteger pulls = new AtomicInteger();
    fake.dispatcher(
        r -> {
          requests.add(r);
          return switch (r.operation()) {
            case "CreatePullPointSubscription" -> xml(created(lan, id));
            case "PullMessages" -> pulled(device().plusSeconds(60), pulls.getAndIncrement() == 0);
            default -> xml("<wsnt:UnsubscribeResponse/>");
          };
        });
    String local = "http://127.0.0.1:" + fake.port() + "/onvif/services";
    try (EventSubscription s =
        client(u -> u.replace("http://192.168.0.19", local.replace("/onvif/services", "")))
            .subscribe(options(), got)) {
      assertThat(got.next(e -> true).kind()).isEqualTo(SensorKind.MOTION);
      s.close();
      assertThat(s.state()).isEqualTo(SubscriptionState.CLOSED);
    }
    List<RecordedRequest> toSubscription =
        requests.stream()
            .filter(r -> !r.operation().equals("CreatePullPointSubscription"))
            .toList();
    assertThat(toSubscription).extracting(RecordedRequest::operation).contains("PullMessages");
    assertThat(toSubscription.get(toSubscription.size() - 1).operation()).isEqualTo("Unsubscribe");
    for (RecordedRequest r : toSubscription) {
      assertThat(r.path()).isEqualTo("/onvif/services");
      var env = r.envelope();
      XmlElement header = env.header("http://www.axis.com/2009/event", "SubscriptionId");
      assertThat(header.textTrim()).isEqualTo("5");
      assertThat(header.attribute(Namespaces.WSA, "IsReferenceParameter")).isEqualTo("true");
      assertThat(env.addressing().to()).isEqualTo(lan);
      assertThat(env.addressing().action()).endsWith(r.operation() + "Request");
    }
  }

  @Test
  void aResourceUnknownFaultOrA404RecreatesTheSubscription() throws Exception {
    AtomicInteger creates = new AtomicInteger();
    fake.dispatcher(
        r -> {
          requests.add(r);
          return switch (r.operation()) {
            case "CreatePullPointSubscription" ->
                xml(created(fake.url("/sub/" + creates.incrementAndGet()).toString()));
            case "PullMessages" ->
                switch (r.path()) {
                  case "/sub/1" ->
                      FakeResponse.fault(
                          new SoapFault(
                              FaultCode.SENDER,
                              null,
                              List.of(
                                  new QName(
                                      "http://docs.oasis-open.org/wsrf/rw-2",
                                      "ResourceUnknownFault",
                                      "wsrf-rw")),
                              "no such subscription",
                              "en",
                              null));
                  case "/sub/2" -> FakeResponse.status(404);
                  default -> pulled(device().plusSeconds(60), true);
                };
            default -> xml("<wsnt:UnsubscribeResponse/>");
          };
        });
    try (EventSubscription s = client(u -> u).subscribe(options(), got)) {
      got.next(e -> true);
      assertThat(s.creations()).isEqualTo(3);
      assertThat(s.lastFailure()).isPresent();
    }
    // The lost subscriptions are not unsubscribed (the camera said they are gone); the last one is.
    assertThat(requests)
        .filteredOn(r -> r.operation().equals("Unsubscribe"))
        .extracting(RecordedRequest::path)
        .containsExactly("/sub/3");
  }

  @Test
  void renewsAheadOfExpiryByTheCameraClockFallingBackToAnAbsoluteTime() throws Exception {
    // The camera's clock reads 2000-01-01 while ours reads 2026; it refuses relative renewals.
    Instant[] termination = {null};
    AtomicInteger pulls = new AtomicInteger();
    List<String> renewals = new CopyOnWriteArrayList<>();
    fake.dispatcher(
        r -> {
          requests.add(r);
          switch (r.operation()) {
            case "CreatePullPointSubscription":
              termination[0] = device().plusSeconds(60);
              return xml(created(fake.url("/sub/1").toString()));
            case "PullMessages":
              if (pulls.incrementAndGet() == 5) {
                // Both clocks move on by 50 s while this poll is answered.
                clock.advance(Duration.ofSeconds(50));
              }
              return pulled(termination[0], false);
            case "Renew":
              String asked = r.envelope().bodyElement().childTextLenient("TerminationTime");
              renewals.add(asked);
              if (asked.startsWith("P")) {
                return FakeResponse.fault(
                    new SoapFault(
                        FaultCode.SENDER,
                        null,
                        List.of(
                            new QName(Namespaces.WSNT, "UnacceptableTerminationTimeFault", "wsnt")),
                        "absolute times only",
                        "en",
                        null));
              }
              termination[0] = XsDateTime.parse(asked);
              return xml(
                  "<wsnt:RenewResponse><wsnt:TerminationTime>"
                      + asked
                      + "</wsnt:TerminationTime><wsnt:CurrentTime>"
                      + XsDateTime.format(device())
                      + "</wsnt:CurrentTime></wsnt:RenewResponse>");
            default:
              return xml("<wsnt:UnsubscribeResponse/>");
          }
        });
    try (EventSubscription s = client(u -> u).subscribe(options(), got)) {
      assertThat(s.awaitActive(WAIT)).isTrue();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (renewals.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(renewals).hasSizeGreaterThanOrEqualTo(2);
      assertThat(pulls.get()).isGreaterThanOrEqualTo(5);
      assertThat(renewals.get(0)).isEqualTo("PT1M");
      Instant absolute = XsDateTime.parse(renewals.get(1));
      assertThat(absolute).isBetween(DEVICE_EPOCH.plusSeconds(100), DEVICE_EPOCH.plusSeconds(120));
      assertThat(s.creations()).isEqualTo(1);
    }
  }
}
