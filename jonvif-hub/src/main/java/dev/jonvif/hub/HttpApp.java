package dev.jonvif.hub;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The hub's HTTP surface: {@code /api/...} (JSON, SSE) and the static web UI. */
final class HttpApp extends Handler.Abstract {

  private static final System.Logger LOG = System.getLogger(HttpApp.class.getName());

  private final Auth auth;
  private final CameraApi cameras;
  private final DiscoveryService discovery;
  private final EventStream stream;
  private final Supervisor supervisor;
  private final Storage storage;
  private final byte[] openApi;

  HttpApp(
      Auth auth,
      CameraApi cameras,
      DiscoveryService discovery,
      EventStream stream,
      Supervisor supervisor,
      Storage storage) {
    this.auth = auth;
    this.cameras = cameras;
    this.discovery = discovery;
    this.stream = stream;
    this.supervisor = supervisor;
    this.storage = storage;
    this.openApi = resource("openapi.yaml");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    if (path == null) {
      path = "/";
    }
    if (!path.equals("/api") && !path.startsWith("/api/")) {
      if (request.getMethod().equals("GET") && StaticFiles.serve(path, response, callback)) {
        return true;
      }
      Exchange x = new Exchange(request, response, callback, request.getMethod(), List.of());
      x.error(404, "not_found", "no such page: " + path);
      return true;
    }
    List<String> segs =
        Arrays.stream(path.substring(4).split("/")).filter(s -> !s.isEmpty()).toList();
    Exchange x = new Exchange(request, response, callback, request.getMethod(), segs);
    try {
      route(x);
    } catch (ApiError e) {
      x.error(e.status, e.code, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING, "API " + request.getMethod() + " " + path + " failed", e);
      x.error(500, "internal", "the hub failed: " + e.getMessage());
    }
    return true;
  }

  private void route(Exchange x) {
    String first = x.seg(0);
    // Public endpoints.
    switch (first) {
      case "health" -> {
        x.json(200, Map.of("ok", true));
        return;
      }
      case "openapi.yaml" -> {
        x.send(200, "application/yaml", openApi);
        return;
      }
      case "session" -> {
        session(x);
        return;
      }
      default -> {}
    }
    if (!auth.authenticated(x.request())) {
      // Challenge scripts and address-bar visits only: a challenge to the UI's own fetch() or
      // EventSource makes the browser pop up its Basic login box instead of the UI's form.
      String fetchMode = x.request().getHeaders().get("Sec-Fetch-Mode");
      if (fetchMode == null || fetchMode.equals("navigate")) {
        x.response().getHeaders().put("WWW-Authenticate", "Basic realm=\"jonvif hub\"");
      }
      throw new ApiError(401, "unauthenticated", "log in first (POST /api/session) or use Basic");
    }
    switch (first) {
      case "cameras" -> cameras.handle(x);
      case "discovered" -> {
        CameraApi.expect(x, "GET");
        x.json(200, discovery.notAdded());
      }
      case "discovery" -> {
        if (!x.seg(1).equals("probe")) {
          throw ApiError.notFound("no such resource; try POST /api/discovery/probe");
        }
        CameraApi.expect(x, "POST");
        discovery.probeNow();
        x.json(202, Map.of("probing", true));
      }
      case "events" -> {
        if (!x.seg(1).equals("stream")) {
          throw ApiError.notFound("no such resource; try GET /api/events/stream");
        }
        CameraApi.expect(x, "GET");
        stream.serve(x, this::initialState);
      }
      case "settings" -> settings(x);
      default -> throw ApiError.notFound("no such resource: /api/" + String.join("/", x.path()));
    }
  }

  private void initialState(Broadcaster.Subscription sub) {
    for (CameraView v : supervisor.views()) {
      sub.offer(new Broadcaster.Update("camera", v));
    }
    sub.offer(new Broadcaster.Update("discovered", discovery.notAdded()));
  }

  private void session(Exchange x) {
    switch (x.method()) {
      case "POST" -> {
        JsonNode b = x.json();
        String user = Json.requiredString(b, "username");
        String pass = Json.optionalString(b, "password");
        if (!auth.check(user, pass)) {
          throw new ApiError(401, "wrong_password", "wrong user name or password");
        }
        org.eclipse.jetty.server.Response.addCookie(x.response(), auth.cookie(auth.login(), false));
        x.noContent();
      }
      case "DELETE" -> {
        auth.logout(x.request());
        org.eclipse.jetty.server.Response.addCookie(x.response(), auth.cookie("", true));
        x.noContent();
      }
      case "GET" -> {
        if (!auth.authenticated(x.request())) {
          throw new ApiError(401, "unauthenticated", "not logged in");
        }
        x.json(200, Map.of("username", Auth.USER));
      }
      default -> throw CameraApi.methodNotAllowed("POST, DELETE");
    }
  }

  private void settings(Exchange x) {
    switch (x.method()) {
      case "GET" -> {}
      case "PATCH" -> {
        JsonNode b = x.json();
        JsonNode days = b.get("eventRetentionDays");
        if (days == null || !days.canConvertToInt() || !days.isIntegralNumber()) {
          throw ApiError.badRequest("\"eventRetentionDays\" is required (a whole number of days)");
        }
        int d = days.asInt();
        if (d < 1 || d > 3650) {
          throw ApiError.badRequest("\"eventRetentionDays\" must be 1..3650");
        }
        storage.settings.put(SettingsStore.EVENT_RETENTION_DAYS, String.valueOf(d));
      }
      default -> throw CameraApi.methodNotAllowed("GET, PATCH");
    }
    x.json(200, Map.of("eventRetentionDays", storage.settings.retentionDays()));
  }

  private static byte[] resource(String name) {
    try (InputStream in = HttpApp.class.getResourceAsStream(name)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
