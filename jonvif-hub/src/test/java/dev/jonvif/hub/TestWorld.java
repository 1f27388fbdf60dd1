package dev.jonvif.hub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;

/** A loopback fleet of virtual cameras, a hub, and an HTTP client for the hub's API. */
final class TestWorld {

  static final String CAMERA_PASSWORD = "cam-secret-7";
  static final String ADMIN_PASSWORD = "hub-admin-pass";
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestWorld() {}

  /** Every simulated service, as {@code jonvif simulate} offers them. */
  static FleetOptions fleetOptions(int cameras) {
    return fleetOptions(cameras, new EventsModule());
  }

  /** Every simulated service, with this events module (to raise events through an admin API). */
  static FleetOptions fleetOptions(int cameras, EventsModule events) {
    return FleetOptions.forTests(Personas.defaults(cameras), CAMERA_PASSWORD)
        .withModules(dev.jonvif.device.fleet.StandardModules.all(events));
  }

  static Fleet fleet(int cameras) {
    return Fleet.start(fleetOptions(cameras));
  }

  /** Hub options for tests: loopback, free port, no discovery, fast health checks and retries. */
  static HubOptions.Builder hubOptions(Path dataDir) {
    return HubOptions.builder()
        .bind("127.0.0.1")
        .port(0)
        .dataDir(dataDir)
        .adminPassword(ADMIN_PASSWORD)
        .discovery(false)
        .healthInterval(Duration.ofMillis(300))
        .backoff(Duration.ofMillis(100), Duration.ofSeconds(1))
        .requestTimeout(Duration.ofSeconds(5));
  }

  /**
   * Raises simulated event {@code kind} on {@code camera} through the fleet's admin API; the HTTP
   * status.
   */
  static int raise(AdminApi admin, String camera, String kind, boolean state) throws Exception {
    URI uri =
        URI.create(
            "http://127.0.0.1:"
                + admin.port()
                + "/cameras/"
                + camera
                + "/events/"
                + kind
                + "?state="
                + state);
    return HTTP.send(
            HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /** Waits (up to 60 s) for {@code condition}; fails with {@code what} otherwise. */
  static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** A reply of the API. */
  record Reply(int status, String body, HttpResponse<byte[]> raw) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String error() {
      return json().path("error").asText();
    }
  }

  /** The API of one hub, as the admin (Basic) unless built {@link #anonymous}. */
  record Api(String base, String authorization) {
    static Api admin(Hub hub) {
      return new Api(
          hub.url(),
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    static Api anonymous(Hub hub) {
      return new Api(hub.url(), null);
    }

    Reply get(String path) {
      return send("GET", path, null);
    }

    Reply post(String path, String json) {
      return send("POST", path, json);
    }

    Reply patch(String path, String json) {
      return send("PATCH", path, json);
    }

    Reply put(String path, String json) {
      return send("PUT", path, json);
    }

    Reply delete(String path) {
      return send("DELETE", path, null);
    }

    Reply send(String method, String path, String json) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30))
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      if (authorization != null) {
        b.header("Authorization", authorization);
      }
      try {
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
      } catch (Exception e) {
        throw new AssertionError(method + " " + path + " failed: " + e, e);
      }
    }

    /** Adds a fleet camera; returns its id. */
    String add(Fleet fleet, String name) {
      Reply r =
          post(
              "/api/cameras",
              "{\"address\":\""
                  + fleet.deviceServiceUrl(name)
                  + "\",\"username\":\"admin\",\"password\":\""
                  + CAMERA_PASSWORD
                  + "\",\"name\":\""
                  + name
                  + "\"}");
      if (r.status() != 201) {
        throw new AssertionError("adding " + name + ": " + r.status() + " " + r.body());
      }
      return r.json().get("id").asText();
    }

    String status(String id) {
      return get("/api/cameras/" + id).json().path("status").asText();
    }
  }
}
