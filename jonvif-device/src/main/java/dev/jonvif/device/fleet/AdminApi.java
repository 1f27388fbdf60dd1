package dev.jonvif.device.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jonvif.core.types.XsDuration;
import dev.jonvif.device.VirtualCamera;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * The fleet's admin API, JSON over HTTP on loopback only, for tests and demos to drive the
 * simulated world:
 *
 * <ul>
 *   <li>{@code GET /cameras}: every camera with its URLs, availability and clock offset;
 *   <li>{@code POST /cameras/{name}/reboot}: reboot as if SystemReboot was called;
 *   <li>{@code PUT /cameras/{name}/clock?offset=PT3H}: set the camera's clock offset (xs:duration,
 *       may be negative: {@code -PT90S});
 *   <li>{@code POST /cameras/{name}/events/{kind}}: raise a simulated event through the hook
 *       registered for {@code kind} ({@link #onEvent}); 404 for kinds nobody registered.
 * </ul>
 */
public final class AdminApi implements AutoCloseable {

  /** Receives simulated events posted to the admin API. */
  @FunctionalInterface
  public interface EventHook {
    /**
     * Raises event {@code kind} on {@code camera}.
     *
     * @param query the request's query parameters (e.g. {@code state=true})
     */
    void raise(VirtualCamera camera, Map<String, String> query);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Fleet fleet;
  private final Server server;
  private final ServerConnector connector;
  private final Map<String, EventHook> hooks = new ConcurrentHashMap<>();

  private AdminApi(Fleet fleet, int port) {
    this.fleet = fleet;
    VirtualThreadPool threads = new VirtualThreadPool();
    threads.setName("jonvif-admin");
    this.server = new Server(threads);
    this.connector = new ServerConnector(server, 0, 1);
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new AdminHandler());
  }

  /** Starts the admin API for {@code fleet} on loopback port {@code port} (0: any free port). */
  public static AdminApi start(Fleet fleet, int port) {
    AdminApi api = new AdminApi(fleet, port);
    try {
      api.server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "admin API cannot listen on port " + port + ": " + e.getMessage(), e);
    }
    return api;
  }

  /** The port it listens on. */
  public int port() {
    return connector.getLocalPort();
  }

  /** Registers what {@code POST /cameras/{name}/events/{kind}} does. */
  public void onEvent(String kind, EventHook hook) {
    hooks.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(hook, "hook"));
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("admin API failed to stop: " + e.getMessage(), e);
    }
  }

  private final class AdminHandler extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String[] parts = request.getHttpURI().getPath().split("/");
      String method = request.getMethod();
      Fields query = Request.extractQueryParameters(request);
      // parts: "", "cameras", name, action, kind
      if (parts.length < 2 || !parts[1].equals("cameras")) {
        return reply(response, callback, 404, error("no such resource; try GET /cameras"));
      }
      if (parts.length == 2) {
        return method.equals("GET")
            ? reply(response, callback, 200, list())
            : reply(response, callback, 405, error("use GET /cameras"));
      }
      VirtualCamera camera = fleet.camera(parts[2]);
      if (camera == null) {
        return reply(response, callback, 404, error("no camera named '" + parts[2] + "'"));
      }
      String action = parts.length > 3 ? parts[3] : "";
      return switch (action) {
        case "" ->
            method.equals("GET")
                ? reply(response, callback, 200, describe(camera))
                : reply(response, callback, 405, error("use GET"));
        case "reboot" -> {
          if (!method.equals("POST")) {
            yield reply(response, callback, 405, error("use POST to reboot"));
          }
          Duration down = fleet.server().rebootDowntime();
          camera.log("reboot requested through the admin API");
          camera.reboot(down);
          ObjectNode o = describe(camera);
          o.put("rebootingFor", XsDuration.format(down));
          yield reply(response, callback, 202, o);
        }
        case "clock" -> {
          if (!method.equals("PUT") && !method.equals("POST")) {
            yield reply(
                response, callback, 405, error("use PUT /cameras/{name}/clock?offset=PT3H"));
          }
          String text = query.getValue("offset");
          Duration offset;
          try {
            offset = XsDuration.parse(Objects.requireNonNull(text));
          } catch (RuntimeException e) {
            yield reply(
                response,
                callback,
                400,
                error("offset must be an xs:duration such as PT3H or -PT90S, got '" + text + "'"));
          }
          camera.setClockOffset(offset);
          yield reply(response, callback, 200, describe(camera));
        }
        case "events" -> {
          String kind = parts.length > 4 ? parts[4] : "";
          EventHook hook = hooks.get(kind);
          if (!method.equals("POST")) {
            yield reply(response, callback, 405, error("use POST"));
          }
          if (hook == null) {
            yield reply(
                response,
                callback,
                404,
                error(
                    "unknown event kind '"
                        + kind
                        + "'; this fleet simulates: "
                        + (hooks.isEmpty() ? "no events yet" : String.join(", ", hooks.keySet()))));
          }
          Map<String, String> q = new java.util.LinkedHashMap<>();
          query.forEach(f -> q.put(f.getName(), f.getValue()));
          hook.raise(camera, q);
          yield reply(response, callback, 202, describe(camera));
        }
        default -> reply(response, callback, 404, error("no such action '" + action + "'"));
      };
    }
  }

  private ArrayNode list() {
    ArrayNode a = JSON.createArrayNode();
    for (VirtualCamera c : fleet.cameras().values()) {
      a.add(describe(c));
    }
    return a;
  }

  private ObjectNode describe(VirtualCamera c) {
    ObjectNode o = JSON.createObjectNode();
    o.put("name", c.name());
    o.put("manufacturer", c.persona().manufacturer());
    o.put("model", c.persona().model());
    o.put("deviceServiceUrl", fleet.deviceServiceUrl(c));
    o.put("rtspBaseUrl", fleet.rtspBaseUrl(c));
    o.put("httpPort", c.ports().http());
    if (c.ports().https() > 0) {
      o.put("httpsPort", c.ports().https());
    }
    o.put("endpointReference", c.endpointReference());
    o.put("available", c.isAvailable());
    o.put("clockOffset", XsDuration.format(c.device().time().clockOffset()));
    o.put("discoverable", c.device().discoverable());
    return o;
  }

  private static ObjectNode error(String message) {
    return JSON.createObjectNode().put("error", message);
  }

  private static boolean reply(
      Response response,
      Callback callback,
      int status,
      com.fasterxml.jackson.databind.JsonNode body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    try {
      byte[] bytes = JSON.writeValueAsBytes(body);
      response.write(true, ByteBuffer.wrap(bytes), callback);
    } catch (java.io.IOException e) {
      callback.failed(e);
    }
    return true;
  }
}
