package dev.jonvif.hub;

import static dev.jonvif.hub.TestWorld.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.hub.TestWorld.Api;
import dev.jonvif.hub.TestWorld.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events into sensors and history; PTZ, imaging and relays through the hub. */
class HubControlTest {

  @TempDir static Path data;
  static Fleet fleet;
  static AdminApi admin;
  static Hub hub;
  static Api api;

  @BeforeAll
  static void start() {
    EventsModule events = new EventsModule();
    fleet = Fleet.start(TestWorld.fleetOptions(6, events));
    admin = AdminApi.start(fleet, 0);
    events.installSimulations(admin);
    hub = Hub.start(TestWorld.hubOptions(data).build());
    api = Api.admin(hub);
  }

  @AfterAll
  static void stop() {
    if (hub != null) {
      hub.close();
    }
    if (admin != null) {
      admin.close();
    }
    if (fleet != null) {
      fleet.close();
    }
  }

  private static void raise(String camera, String kind, boolean state) throws Exception {
    assertThat(TestWorld.raise(admin, camera, kind, state)).isLessThan(300);
  }

  private static boolean sensorIs(String id, String kind, boolean state) {
    for (JsonNode s : api.get("/api/cameras/" + id + "/sensors").json()) {
      if (s.get("kind").asText().equals(kind) && s.path("state").asBoolean(!state) == state) {
        return true;
      }
    }
    return false;
  }

  @Test
  void motionTurnsTheSensorOnAndIsStoredInHistory() throws Exception {
    String id = api.add(fleet, "cam1");
    await("cam1 online", () -> api.status(id).equals("online"));
    await(
        "subscribed",
        () -> {
          try {
            raise("cam1", "motion", true);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          return sensorIs(id, "motion", true);
        });
    raise("cam1", "motion", false);
    await("motion off", () -> sensorIs(id, "motion", false));
    await("history", () -> api.get("/api/cameras/" + id + "/events?limit=10").json().size() >= 2);
    JsonNode newest = api.get("/api/cameras/" + id + "/events?limit=1").json().get(0);
    assertThat(newest.get("kind").asText()).isEqualTo("motion");
    assertThat(newest.get("topic").asText()).contains("Motion");
    assertThat(newest.get("cameraId").asText()).isEqualTo(id);
  }

  @Test
  void doorbellInputAndRelay() throws Exception {
    String id = api.add(fleet, "cam6");
    await("cam6 online", () -> api.status(id).equals("online"));
    await(
        "digital input on",
        () -> {
          try {
            raise("cam6", "digital-input", true);
          } catch (Exception e) {
            throw new AssertionError(e);
          }
          return sensorIs(id, "digital_input", true);
        });
    JsonNode relays = api.get("/api/cameras/" + id + "/relays").json();
    assertThat(relays).isNotEmpty();
    String token = relays.get(0).get("token").asText();
    Reply set = api.put("/api/cameras/" + id + "/relays/" + token, "{\"active\":true}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("active").asBoolean()).isTrue();
    assertThat(api.put("/api/cameras/" + id + "/relays/nope", "{\"active\":true}").status())
        .isEqualTo(404);
    assertThat(api.put("/api/cameras/" + id + "/relays/" + token, "{\"active\":\"yes\"}").status())
        .isEqualTo(400);
    assertThat(api.put("/api/cameras/" + id + "/relays/" + token, "{}").status()).isEqualTo(400);
  }

  @Test
  void ptzMovesStopsAndKeepsPresets() {
    String id = api.add(fleet, "cam5");
    await("cam5 online", () -> api.status(id).equals("online"));
    JsonNode before = api.get("/api/cameras/" + id + "/ptz").json();
    double pan0 = before.get("pan").asDouble();
    assertThat(api.post("/api/cameras/" + id + "/ptz/move", "{\"pan\":0.8,\"tilt\":0}").status())
        .isEqualTo(204);
    await(
        "pan changes",
        () -> api.get("/api/cameras/" + id + "/ptz").json().get("pan").asDouble() != pan0);
    assertThat(api.post("/api/cameras/" + id + "/ptz/stop", null).status()).isEqualTo(204);
    assertThat(api.post("/api/cameras/" + id + "/ptz/move", "{\"pan\":3}").status()).isEqualTo(400);
    assertThat(api.post("/api/cameras/" + id + "/ptz/move", "{}").status()).isEqualTo(400);
    assertThat(
            api.post(
                    "/api/cameras/" + id + "/ptz/absolute",
                    "{\"pan\":0.1,\"tilt\":0.2,\"zoom\":0.3}")
                .status())
        .isEqualTo(204);

    Reply preset = api.post("/api/cameras/" + id + "/ptz/presets", "{\"name\":\"Gate\"}");
    assertThat(preset.status()).as(preset.body()).isEqualTo(201);
    String token = preset.json().get("token").asText();
    assertThat(api.get("/api/cameras/" + id + "/ptz").json().get("presets").toString())
        .contains("Gate");
    assertThat(api.post("/api/cameras/" + id + "/ptz/presets/" + token + "/goto", null).status())
        .isEqualTo(204);
    assertThat(api.delete("/api/cameras/" + id + "/ptz/presets/" + token).status()).isEqualTo(204);
    assertThat(api.delete("/api/cameras/" + id + "/ptz/presets/" + token).status()).isEqualTo(404);
    assertThat(api.post("/api/cameras/" + id + "/ptz/presets", "{}").status()).isEqualTo(400);
    assertThat(api.post("/api/cameras/" + id + "/ptz/home", null).status()).isIn(204, 502);
  }

  @Test
  void imagingReadsAndChangesWithinRanges() {
    String id = api.add(fleet, "cam2");
    await("cam2 online", () -> api.status(id).equals("online"));
    JsonNode img = api.get("/api/cameras/" + id + "/imaging").json();
    JsonNode range = img.get("ranges").get("brightness");
    double mid = (range.get("min").asDouble() + range.get("max").asDouble()) / 2;
    Reply set = api.patch("/api/cameras/" + id + "/imaging", "{\"brightness\":" + mid + "}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("brightness").asDouble()).isEqualTo(mid);
    assertThat(
            api.patch(
                    "/api/cameras/" + id + "/imaging",
                    "{\"brightness\":" + (range.get("max").asDouble() + 1) + "}")
                .status())
        .isEqualTo(400);
    assertThat(api.patch("/api/cameras/" + id + "/imaging", "{}").status()).isEqualTo(400);
    assertThat(
            api.patch("/api/cameras/" + id + "/imaging", "{\"irCutFilter\":\"SIDEWAYS\"}").status())
        .isEqualTo(400);
    Reply noPtz = api.get("/api/cameras/" + id + "/ptz");
    assertThat(noPtz.status()).isEqualTo(409);
    assertThat(noPtz.error()).isEqualTo("not_supported");
    assertThat(api.post("/api/cameras/" + id + "/aux", "{}").status()).isEqualTo(400);
  }
}
