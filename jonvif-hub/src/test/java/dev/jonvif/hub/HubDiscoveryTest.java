package dev.jonvif.hub;

import static dev.jonvif.hub.TestWorld.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.hub.TestWorld.Api;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub finds the loopback fleet by WS-Discovery pinned to loopback. */
class HubDiscoveryTest {

  @TempDir Path data;

  private static Set<String> discovered(Api api) {
    Set<String> out = new HashSet<>();
    for (JsonNode d : api.get("/api/discovered").json()) {
      out.add(d.get("endpoint").asText());
    }
    return out;
  }

  @Test
  void discoversTheLoopbackFleetAndListsOnlyCamerasNotAdded() {
    FleetOptions fo =
        TestWorld.fleetOptions(2)
            .withDiscovery(FleetOptions.discoveryFor(InetAddress.getLoopbackAddress()));
    try (Fleet fleet = Fleet.start(fo);
        Hub hub =
            Hub.start(
                TestWorld.hubOptions(data)
                    .discovery(true)
                    .discoveryInterface("loopback")
                    .probeInterval(Duration.ofSeconds(5))
                    .build())) {
      Api api = Api.admin(hub);
      String ref1 = fleet.camera("cam1").endpointReference();
      String ref2 = fleet.camera("cam2").endpointReference();
      await("both cameras discovered", () -> discovered(api).containsAll(Set.of(ref1, ref2)));
      JsonNode first =
          java.util.stream.StreamSupport.stream(
                  api.get("/api/discovered").json().spliterator(), false)
              .filter(d -> d.get("endpoint").asText().equals(ref1))
              .findFirst()
              .orElseThrow();
      assertThat(first.get("xaddrs").get(0).asText()).isEqualTo(fleet.deviceServiceUrl("cam1"));
      assertThat(first.get("added").asBoolean()).isFalse();
      assertThat(first.get("firstSeen").asText()).isNotBlank();

      api.add(fleet, "cam1");
      assertThat(discovered(api)).doesNotContain(ref1).contains(ref2);
      assertThat(api.post("/api/discovery/probe", null).status()).isEqualTo(202);
    }
  }
}
