package dev.jonvif.hub;

import static dev.jonvif.hub.TestWorld.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.hub.TestWorld.Api;
import dev.jonvif.hub.TestWorld.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the hub's camera API, good and bad input, against a loopback fleet. */
class HubApiTest {

  @TempDir static Path data;
  static Fleet fleet;
  static Hub hub;
  static Api api;

  @BeforeAll
  static void start() {
    fleet = TestWorld.fleet(6);
    hub = Hub.start(TestWorld.hubOptions(data).build());
    api = Api.admin(hub);
  }

  @AfterAll
  static void stop() {
    if (hub != null) {
      hub.close();
    }
    if (fleet != null) {
      fleet.close();
    }
  }

  private static List<String> addresses() {
    List<String> out = new ArrayList<>();
    api.get("/api/cameras").json().forEach(c -> out.add(c.get("address").asText()));
    return out;
  }

  @Test
  void addedCameraGoesOnlineWithProfilesSnapshotAndRedactedDiagnostics() {
    Reply added =
        api.post(
            "/api/cameras",
            "{\"address\":\"127.0.0.1:"
                + URI.create(fleet.deviceServiceUrl("cam1")).getPort()
                + "\",\"username\":\"admin\",\"password\":\""
                + TestWorld.CAMERA_PASSWORD
                + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json().get("status").asText())
        .as("validated, so online at once")
        .isEqualTo("online");
    assertThat(added.json().get("name").asText()).isEqualTo("Northwind Optics NW-D2040");
    assertThat(added.json().get("address").asText()).isEqualTo(fleet.deviceServiceUrl("cam1"));
    String id = added.json().get("id").asText();
    JsonNode cam = api.get("/api/cameras/" + id).json();
    assertThat(cam.get("model").asText()).isEqualTo("NW-D2040");
    assertThat(cam.get("manufacturer").asText()).isEqualTo("Northwind Optics");
    assertThat(cam.get("capabilities").get("media2").asBoolean()).isTrue();
    assertThat(cam.get("authMethod").asText()).isNotBlank();
    assertThat(api.get("/api/cameras").json())
        .anySatisfy(c -> assertThat(c.get("id").asText()).isEqualTo(id));

    JsonNode profiles = api.get("/api/cameras/" + id + "/profiles").json();
    assertThat(profiles).isNotEmpty();
    assertThat(profiles.get(0).get("streamUri").asText()).startsWith("rtsp://").doesNotContain("@");
    assertThat(profiles.get(0).get("width").asInt()).isPositive();

    Reply snap = api.get("/api/cameras/" + id + "/snapshot");
    assertThat(snap.status()).isEqualTo(200);
    assertThat(snap.raw().headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(snap.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(snap.raw().body()).startsWith((byte) 0xFF, (byte) 0xD8);
    assertThat(api.get("/api/cameras/" + id + "/snapshot?profile=nope").status()).isEqualTo(502);

    Reply diag = api.get("/api/cameras/" + id + "/diagnostics");
    assertThat(diag.status()).isEqualTo(200);
    assertThat(diag.raw().headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("attachment"));
    assertThat(diag.body())
        .contains("NW-D2040")
        .contains("services")
        .doesNotContain(TestWorld.CAMERA_PASSWORD);
    assertThat(diag.json().get("credentials").get("password").asText()).isEqualTo("***");

    assertThat(api.get("/api/cameras/" + id + "/events").json().isArray()).isTrue();
    assertThat(api.get("/api/cameras/" + id + "/sensors").status()).isEqualTo(200);

    // The same camera again: refused, nothing new stored.
    Reply dup =
        api.post(
            "/api/cameras",
            "{\"address\":\""
                + fleet.deviceServiceUrl("cam1")
                + "\",\"username\":\"admin\",\"password\":\""
                + TestWorld.CAMERA_PASSWORD
                + "\"}");
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.error()).isEqualTo("duplicate");
  }

  @Test
  void wrongPasswordIsRefusedWithItsCodeAndNothingIsStored() {
    Reply r =
        api.post(
            "/api/cameras",
            "{\"address\":\""
                + fleet.deviceServiceUrl("cam2")
                + "\",\"username\":\"admin\",\"password\":\"wrong\"}");
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.error()).isEqualTo("wrong_password");
    assertThat(r.json().get("message").asText()).isNotBlank().doesNotContain("wrong\"");
    assertThat(addresses()).doesNotContain(fleet.deviceServiceUrl("cam2"));
  }

  @Test
  void unreachableAndNotOnvifAddressesAreRefusedWithTheirCodes() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    Reply r =
        api.post(
            "/api/cameras",
            "{\"address\":\"127.0.0.1:" + closed + "\",\"username\":\"a\",\"password\":\"b\"}");
    assertThat(r.status()).isEqualTo(502);
    assertThat(r.error()).isEqualTo("unreachable");
    // The hub itself answers HTTP, but not ONVIF.
    Reply n =
        api.post(
            "/api/cameras",
            "{\"address\":\"127.0.0.1:" + hub.port() + "\",\"username\":\"a\",\"password\":\"b\"}");
    assertThat(n.error()).isEqualTo("not_onvif");
    assertThat(addresses())
        .noneMatch(a -> a.contains(":" + closed + "/") || a.contains(":" + hub.port() + "/"));
  }

  @Test
  void invalidBodiesAre400WithAMessage() {
    for (String body :
        List.of(
            "not json",
            "[]",
            "{}",
            "{\"address\":\"127.0.0.1:1\",\"username\":\"a\"}",
            "{\"address\":\"127.0.0.1:1\",\"username\":\"a\",\"password\":7}",
            "{\"address\":\"http://u:p@127.0.0.1:1/onvif/device_service\",\"username\":\"a\",\"password\":\"b\"}",
            "{\"address\":\"http://[bad\",\"username\":\"a\",\"password\":\"b\"}")) {
      Reply r = api.post("/api/cameras", body);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.error()).as(body).isEqualTo("invalid_body");
      assertThat(r.json().get("message").asText()).as(body).isNotBlank();
    }
    assertThat(api.send("PUT", "/api/cameras", "{}").status()).isEqualTo(405);
  }

  @Test
  void unknownCameraIs404Everywhere() {
    for (Reply r :
        List.of(
            api.get("/api/cameras/nope"),
            api.patch("/api/cameras/nope", "{\"name\":\"x\"}"),
            api.delete("/api/cameras/nope"),
            api.get("/api/cameras/nope/snapshot"),
            api.get("/api/cameras/nope/profiles"),
            api.get("/api/cameras/nope/events"),
            api.get("/api/cameras/nope/sensors"),
            api.post("/api/cameras/nope/reboot", null),
            api.post("/api/cameras/nope/time-sync", null),
            api.get("/api/cameras/nope/diagnostics"),
            api.get("/api/cameras/nope/ptz"))) {
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.error()).isEqualTo("unknown_camera");
    }
    assertThat(api.get("/api/nothing-here").status()).isEqualTo(404);
  }

  @Test
  void patchRenamesAndValidatesNewCredentialsBeforeStoringThem() {
    String id = api.add(fleet, "cam3");
    await("cam3 online", () -> api.status(id).equals("online"));
    JsonNode renamed = api.patch("/api/cameras/" + id, "{\"name\":\"Warehouse\"}").json();
    assertThat(renamed.get("name").asText()).isEqualTo("Warehouse");
    Reply bad = api.patch("/api/cameras/" + id, "{\"password\":\"nope\"}");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.error()).isEqualTo("wrong_password");
    assertThat(api.patch("/api/cameras/" + id, "{\"name\":\"\"}").status()).isEqualTo(400);
    assertThat(api.patch("/api/cameras/" + id, "{\"name\":5}").status()).isEqualTo(400);
    Reply same =
        api.patch("/api/cameras/" + id, "{\"password\":\"" + TestWorld.CAMERA_PASSWORD + "\"}");
    assertThat(same.status()).isEqualTo(200);
    await("cam3 back online", () -> api.status(id).equals("online"));
    assertThat(api.get("/api/cameras/" + id).json().get("name").asText()).isEqualTo("Warehouse");
  }

  @Test
  void deleteRemovesTheCamera() {
    String id = api.add(fleet, "cam6");
    assertThat(api.delete("/api/cameras/" + id).status()).isEqualTo(204);
    assertThat(api.get("/api/cameras/" + id).status()).isEqualTo(404);
    assertThat(addresses()).doesNotContain(fleet.deviceServiceUrl("cam6"));
  }

  @Test
  void skewedClockIsFlaggedAndTimeSyncFixesIt() {
    String id = api.add(fleet, "cam4");
    await("cam4 clock_skew", () -> api.status(id).equals("clock_skew"));
    assertThat(api.get("/api/cameras/" + id).json().get("clockOffsetMs").asLong())
        .isGreaterThan(400_000);
    JsonNode sync = api.post("/api/cameras/" + id + "/time-sync", null).json();
    assertThat(sync.get("offsetMsBefore").asLong()).isGreaterThan(400_000);
    assertThat(Math.abs(sync.get("offsetMsAfter").asLong())).isLessThan(5_000);
    await("cam4 online after sync", () -> api.status(id).equals("online"));
  }

  @Test
  void eventQueriesAndSettingsValidateTheirInput() {
    String id = api.add(fleet, "cam5");
    assertThat(api.get("/api/cameras/" + id + "/events?limit=0").status()).isEqualTo(400);
    assertThat(api.get("/api/cameras/" + id + "/events?limit=x").status()).isEqualTo(400);
    assertThat(api.get("/api/cameras/" + id + "/events?before=yesterday").status()).isEqualTo(400);
    assertThat(api.get("/api/cameras/" + id + "/events?limit=5&before=2000-01-01T00:00:00Z").json())
        .isEmpty();

    assertThat(api.get("/api/settings").json().get("eventRetentionDays").asInt()).isPositive();
    assertThat(
            api.patch("/api/settings", "{\"eventRetentionDays\":7}")
                .json()
                .get("eventRetentionDays")
                .asInt())
        .isEqualTo(7);
    assertThat(api.get("/api/settings").json().get("eventRetentionDays").asInt()).isEqualTo(7);
    assertThat(api.patch("/api/settings", "{\"eventRetentionDays\":\"x\"}").status())
        .isEqualTo(400);
    assertThat(api.patch("/api/settings", "{\"eventRetentionDays\":0}").status()).isEqualTo(400);
    assertThat(api.delete("/api/cameras/" + id).status()).isEqualTo(204);
  }
}
