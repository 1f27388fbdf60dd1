package dev.jonvif.hub;

import static dev.jonvif.hub.TestWorld.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.hub.TestWorld.Api;
import dev.jonvif.hub.TestWorld.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restarts, camera reboots, logins and live updates. */
class HubLifecycleTest {

  @TempDir Path data;

  @Test
  void aRestartLosesNoCameraAndGeneratesTheAdminPasswordOnce() {
    try (Fleet fleet = TestWorld.fleet(1)) {
      String id;
      try (Hub hub = Hub.start(TestWorld.hubOptions(data).adminPassword(null).build())) {
        assertThat(hub.generatedAdminPassword()).isPresent();
        Api api = new Api(hub.url(), basic(hub.generatedAdminPassword().orElseThrow()));
        id = api.add(fleet, "cam1");
        api.patch("/api/settings", "{\"eventRetentionDays\":9}");
        String pass = hub.generatedAdminPassword().orElseThrow();
        try (Hub again = restart(hub, data)) {
          assertThat(again.generatedAdminPassword()).isEmpty();
          Api api2 = new Api(again.url(), basic(pass));
          JsonNode cam = api2.get("/api/cameras/" + id).json();
          assertThat(cam.get("name").asText()).isEqualTo("cam1");
          await("cam1 online after restart", () -> api2.status(id).equals("online"));
          assertThat(api2.get("/api/settings").json().get("eventRetentionDays").asInt())
              .isEqualTo(9);
        }
      }
    }
  }

  private static Hub restart(Hub hub, Path data) {
    hub.close();
    return Hub.start(TestWorld.hubOptions(data).adminPassword(null).build());
  }

  private static String basic(String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                ("admin:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theSupervisorReconnectsAfterACameraReboot() throws Exception {
    try (Fleet fleet = TestWorld.fleet(1);
        AdminApi admin = AdminApi.start(fleet, 0);
        Hub hub = Hub.start(TestWorld.hubOptions(data).build())) {
      Api api = Api.admin(hub);
      String id = api.add(fleet, "cam1");
      await("online", () -> api.status(id).equals("online"));
      Set<String> seen = ConcurrentHashMap.newKeySet();
      HttpResponse<String> r =
          TestWorld.HTTP.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + admin.port() + "/cameras/cam1/reboot"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(202);
      await(
          "a failed health check",
          () -> {
            String s = api.status(id);
            seen.add(s);
            return !s.equals("online");
          });
      await("online again", () -> api.status(id).equals("online"));
      assertThat(api.get("/api/cameras/" + id).json().get("lastError").isNull()).isTrue();
    }
  }

  @Test
  void loginSetsAStrictHttpOnlyCookieAndLogoutEndsTheSession() throws Exception {
    try (Hub hub = Hub.start(TestWorld.hubOptions(data).build())) {
      Api anon = Api.anonymous(hub);
      assertThat(anon.get("/api/health").json().get("ok").asBoolean()).isTrue();
      assertThat(anon.get("/api/openapi.yaml").body()).startsWith("openapi: 3.1");
      assertThat(anon.get("/").body()).contains("<html");
      Reply denied = anon.get("/api/cameras");
      assertThat(denied.status()).isEqualTo(401);
      assertThat(denied.error()).isEqualTo("unauthenticated");
      assertThat(
              anon.post("/api/session", "{\"username\":\"admin\",\"password\":\"nope\"}").status())
          .isEqualTo(401);
      assertThat(anon.post("/api/session", "{\"username\":\"admin\"}").status()).isEqualTo(401);
      assertThat(anon.post("/api/session", "nope").status()).isEqualTo(400);
      assertThat(new Api(hub.url(), basic("wrong")).get("/api/cameras").status()).isEqualTo(401);

      Reply login =
          anon.post(
              "/api/session",
              "{\"username\":\"admin\",\"password\":\"" + TestWorld.ADMIN_PASSWORD + "\"}");
      assertThat(login.status()).isEqualTo(204);
      String setCookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(setCookie)
          .contains("jonvif_session=")
          .containsIgnoringCase("HttpOnly")
          .containsIgnoringCase("SameSite=Strict");
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));
      assertThat(withCookie(hub, "GET", "/api/cameras", cookie).statusCode()).isEqualTo(200);
      assertThat(withCookie(hub, "DELETE", "/api/session", cookie).statusCode()).isEqualTo(204);
      assertThat(withCookie(hub, "GET", "/api/cameras", cookie).statusCode()).isEqualTo(401);
    }
  }

  private static HttpResponse<String> withCookie(Hub hub, String method, String path, String cookie)
      throws Exception {
    return TestWorld.HTTP.send(
        HttpRequest.newBuilder(URI.create(hub.url() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header("Cookie", cookie)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theEventStreamSendsCameraUpdates() throws Exception {
    try (Fleet fleet = TestWorld.fleet(1);
        Hub hub = Hub.start(TestWorld.hubOptions(data).build())) {
      Api api = Api.admin(hub);
      String id = api.add(fleet, "cam1");
      HttpResponse<java.util.stream.Stream<String>> r =
          TestWorld.HTTP.send(
              HttpRequest.newBuilder(URI.create(hub.url() + "/api/events/stream"))
                  .header("Authorization", api.authorization())
                  .build(),
              HttpResponse.BodyHandlers.ofLines());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
      try (var lines = r.body()) {
        var it = lines.iterator();
        boolean cameraEvent = false;
        String data = null;
        while (it.hasNext()) {
          String line = it.next();
          if (line.equals("event: camera")) {
            cameraEvent = true;
          } else if (cameraEvent && line.startsWith("data: ")) {
            data = line.substring(6);
            break;
          }
        }
        assertThat(Json.MAPPER.readTree(data).get("id").asText()).isEqualTo(id);
      }
    }
  }
}
