package dev.jonvif.device.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Simulated events raised through the fleet's admin API reach pull points over SOAP. */
class AdminEventsTest extends EventsTestSupport {

  private int post(AdminApi admin, String path) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return HTTP.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void EVENT_3_1_15_tenMotionsFromTheAdminApiArriveInOrderExactlyOnce() throws Exception {
    EventsModule module = new EventsModule();
    password = "secret12";
    try (Fleet fleet =
            Fleet.start(
                FleetOptions.forTests(Personas.defaults(1), password)
                    .withModules(List.of(module)));
        AdminApi admin = AdminApi.start(fleet, 0)) {
      module.installSimulations(admin);
      camera = fleet.cameras().values().iterator().next();
      base = fleet.deviceServiceUrl(camera).replace("/onvif/device_service", "");
      String address = createPullPoint(topicFilter("tns1:VideoSource/MotionAlarm"));
      List<XmlElement> initial = messages(pull(address, "PT0S", 10));
      assertThat(initial).hasSize(1);
      assertThat(initial.get(0).attribute("PropertyOperation")).isEqualTo("Initialized");
      for (int i = 0; i < 10; i++) {
        assertThat(
                post(admin, "/cameras/" + camera.name() + "/events/motion?state=" + (i % 2 == 0)))
            .isEqualTo(202);
      }
      assertThat(post(admin, "/cameras/" + camera.name() + "/events/no-such-kind")).isEqualTo(404);
      List<XmlElement> got = new ArrayList<>();
      while (got.size() < 10) {
        List<XmlElement> batch = messages(pull(address, "PT1S", 4));
        assertThat(batch).isNotEmpty();
        got.addAll(batch);
      }
      assertThat(got).extracting(m -> m.attribute("PropertyOperation")).containsOnly("Changed");
      assertThat(got)
          .extracting(m -> item(m, "Data", "State"))
          .containsExactly(
              "true", "false", "true", "false", "true", "false", "true", "false", "true", "false");
      assertThat(messages(pull(address, "PT0S", 10))).isEmpty();
    }
  }
}
