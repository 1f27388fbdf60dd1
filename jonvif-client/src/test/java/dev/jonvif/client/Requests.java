package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.FakeCamera;
import dev.jonvif.testkit.OnvifSchemas;
import dev.jonvif.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Collects what a fake camera received and checks every SOAP body against the ONVIF schemas. */
final class Requests {

  private Requests() {}

  /** Every request received so far, in order. */
  static List<RecordedRequest> drain(FakeCamera fake) {
    List<RecordedRequest> out = new ArrayList<>();
    int n = fake.requestCount();
    for (int i = 0; i < n; i++) {
      out.add(fake.takeRequest(Duration.ofSeconds(2)));
    }
    return out;
  }

  /** The operations of every request received so far ("GET" for non-SOAP requests). */
  static List<String> operations(List<RecordedRequest> requests) {
    return requests.stream().map(r -> r.operation() == null ? r.method() : r.operation()).toList();
  }

  /**
   * Drains the requests, asserts each SOAP body is valid against the official XSDs, and returns
   * them.
   */
  static List<RecordedRequest> drainValid(FakeCamera fake) {
    List<RecordedRequest> all = drain(fake);
    if (!OnvifSchemas.available() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("the ONVIF schemas are missing, so requests cannot be validated");
    }
    for (RecordedRequest r : all) {
      if (r.method().equals("POST")) {
        XmlElement body = r.envelope().bodyElement();
        assertThat(body).as("request body").isNotNull();
        if (OnvifSchemas.available()) {
          OnvifSchemas.assertValidElement(body);
        }
      }
    }
    return all;
  }
}
