package dev.jonvif.client;

import static dev.jonvif.core.Namespaces.TPTZ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.client.PtzPolicies.AxesPolicy;
import dev.jonvif.client.PtzPolicies.StopPolicy;
import dev.jonvif.client.PtzPolicies.TimeoutPolicy;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.model.PtzVector;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.FakeCamera;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PTZ vendor policies against a scripted camera that refuses one form of a request: the client
 * retries the variant, remembers it for the camera, and sends it straight away from then on. Every
 * request is schema-valid.
 */
class PtzPoliciesTest {

  private final FakeCamera fake = FakeCamera.start();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final OnvifCamera camera =
      OnvifCamera.builder(fake.deviceServiceUrl().toString()).scheduler(scheduler).build();

  @AfterEach
  void close() {
    scheduler.shutdownNow();
    camera.close();
    fake.close();
  }

  private PtzClient client(PtzPolicies policies) {
    return new PtzClient(camera.transport(), fake.url("/onvif/ptz"), policies, scheduler);
  }

  /** Answers every PTZ request with its empty response, except those {@code refuse} matches. */
  private void refuse(Predicate<XmlElement> refuse) {
    fake.dispatcher(
        r -> {
          XmlElement body = r.envelope().bodyElement();
          if (body.localName().equals("GetSystemDateAndTime")) {
            return FakeResponse.systemDateAndTime(java.time.Instant.parse("2026-05-01T12:00:00Z"));
          }
          if (body.localName().equals("GetServices")) {
            return FakeResponse.ok(services());
          }
          if (refuse.test(body)) {
            return FakeResponse.fault(FaultCode.SENDER, "InvalidArgVal", "not supported");
          }
          return FakeResponse.ok(XmlElement.builder(TPTZ, body.localName() + "Response").build());
        });
  }

  private int taken;

  /** The PTZ requests received since the last call, each checked against the schemas. */
  private List<RecordedRequest> requests() {
    List<RecordedRequest> out = new java.util.ArrayList<>();
    while (taken < fake.requestCount()) {
      RecordedRequest r = fake.takeRequest(Duration.ofSeconds(2));
      taken++;
      XmlElement body = r.envelope().bodyElement();
      if (dev.jonvif.testkit.OnvifSchemas.available()) {
        dev.jonvif.testkit.OnvifSchemas.assertValidElement(body);
      }
      if (body.namespace().equals(TPTZ)) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean has(XmlElement body, String child) {
    return body.childLenient(TPTZ, child) != null;
  }

  @Test
  void aRefusedTimeoutIsLeftOutAndReplacedByATimedStop() {
    // A camera that faults on any ContinuousMove carrying a Timeout.
    refuse(b -> b.localName().equals("ContinuousMove") && has(b, "Timeout"));
    PtzClient ptz = client(PtzPolicies.AUTO);

    ptz.continuousMove("p", PtzVector.panTilt(0.5, 0), Duration.ofMillis(50));
    RecordedRequest stop = fake.takeRequest(Duration.ofSeconds(5));
    taken++;
    while (!"Stop".equals(stop.operation())) {
      stop = fake.takeRequest(Duration.ofSeconds(5));
      taken++;
    }
    assertThat(stop).as("the timer's Stop").isNotNull();
    XmlElement body = stop.envelope().bodyElement();
    assertThat(body.childTextLenient("PanTilt")).isEqualTo("true");
    assertThat(body.childTextLenient("Zoom")).isEqualTo("false");
    assertThat(ptz.policies().timeout()).isEqualTo(TimeoutPolicy.TIMER);

    requests();
    // Learned: the next move goes without Timeout at once.
    ptz.continuousMove("p", PtzVector.zoom(0.3), Duration.ofSeconds(30));
    ptz.stop("p");
    List<RecordedRequest> next = requests();
    assertThat(Requests.operations(next)).containsExactly("ContinuousMove", "Stop");
    assertThat(has(next.get(0).envelope().bodyElement(), "Timeout")).isFalse();
  }

  @Test
  void theMemoryIsPerCameraAndSharedByItsClients() {
    refuse(b -> b.localName().equals("ContinuousMove") && has(b, "Timeout"));
    camera.ptz().continuousMove("p", PtzVector.panTilt(1, 0), Duration.ofSeconds(30));
    assertThat(camera.ptz().policies().timeout()).isEqualTo(TimeoutPolicy.TIMER);
    camera.ptz().stop("p");
    requests();
  }

  private String services() {
    return "<tds:GetServicesResponse>"
        + service("http://www.onvif.org/ver10/device/wsdl", fake.deviceServiceUrl().toString())
        + service(TPTZ, fake.url("/onvif/ptz").toString())
        + "</tds:GetServicesResponse>";
  }

  private static String service(String namespace, String address) {
    return "<tds:Service><tds:Namespace>"
        + namespace
        + "</tds:Namespace><tds:XAddr>"
        + address
        + "</tds:XAddr><tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor></tds:Version>"
        + "</tds:Service>";
  }

  @Test
  void panTiltAndZoomAreSentApartToACameraThatRefusesThemTogether() {
    refuse(b -> vectorHasBoth(b));
    PtzClient ptz = client(PtzPolicies.AUTO);
    ptz.absoluteMove("p", PtzVector.of(0.1, 0.2, 0.3), PtzVector.of(1, 1, 1));
    List<RecordedRequest> first = requests();
    assertThat(Requests.operations(first))
        .containsExactly("AbsoluteMove", "AbsoluteMove", "AbsoluteMove");
    assertThat(ptz.policies().axes()).isEqualTo(AxesPolicy.SEPARATE);

    ptz.relativeMove("p", PtzVector.of(0.1, 0.1, 0.1), null);
    List<RecordedRequest> next = requests();
    assertThat(next).hasSize(2);
    assertThat(has(next.get(0).envelope().bodyElement().childLenient(TPTZ, "Translation"), "Zoom"))
        .isFalse();
    assertThat(
            has(next.get(1).envelope().bodyElement().childLenient(TPTZ, "Translation"), "PanTilt"))
        .isFalse();
  }

  private static boolean vectorHasBoth(XmlElement body) {
    for (String v : List.of("Position", "Translation", "Velocity")) {
      XmlElement e = body.childLenient(TPTZ, v);
      if (e != null && e.childLenient("PanTilt") != null && e.childLenient("Zoom") != null) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aRealErrorFailsEveryVariantAndTeachesNothing() {
    refuse(b -> b.localName().equals("AbsoluteMove"));
    PtzClient ptz = client(PtzPolicies.AUTO);
    assertThatThrownBy(() -> ptz.absoluteMove("p", PtzVector.of(5, 5, 5), null))
        .isInstanceOf(SoapFaultException.class);
    assertThat(ptz.policies()).isEqualTo(PtzPolicies.AUTO);
    requests();
  }

  @Test
  void stopFallsBackToStopWithoutFlagsThenToZeroVelocity() {
    refuse(b -> b.localName().equals("Stop") && has(b, "PanTilt"));
    PtzClient ptz = client(PtzPolicies.AUTO);
    ptz.stop("p");
    assertThat(Requests.operations(requests())).containsExactly("Stop", "Stop");
    assertThat(ptz.policies().stop()).isEqualTo(StopPolicy.NO_FLAGS);

    refuse(b -> b.localName().equals("Stop"));
    PtzClient other = client(PtzPolicies.AUTO);
    other.stop("p", true, false);
    List<RecordedRequest> rs = requests();
    assertThat(Requests.operations(rs)).containsExactly("Stop", "Stop", "ContinuousMove");
    XmlElement velocity = rs.get(2).envelope().bodyElement().childLenient(TPTZ, "Velocity");
    assertThat(velocity.childLenient("PanTilt").attribute("x")).isEqualTo("0");
    assertThat(velocity.childLenient("Zoom")).isNull();
    assertThat(other.policies().stop()).isEqualTo(StopPolicy.ZERO_VELOCITY);
  }

  @Test
  void configuredPoliciesAreUsedWithoutProbing() {
    refuse(b -> false);
    PtzClient ptz =
        client(new PtzPolicies(TimeoutPolicy.SEND, StopPolicy.NO_FLAGS, AxesPolicy.SEPARATE));
    ptz.continuousMove("p", PtzVector.of(0.5, 0.5, 0.5), Duration.ofSeconds(2));
    ptz.stop("p");
    List<RecordedRequest> rs = requests();
    assertThat(Requests.operations(rs)).containsExactly("ContinuousMove", "ContinuousMove", "Stop");
    assertThat(has(rs.get(0).envelope().bodyElement(), "Timeout")).isTrue();
    assertThat(has(rs.get(2).envelope().bodyElement(), "PanTilt")).isFalse();
  }
}
