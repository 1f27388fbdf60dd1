package dev.jonvif.hub;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.Snapshot;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.rtsp.client.ProbeResult;
import dev.jonvif.rtsp.client.ProbeTransport;
import dev.jonvif.rtsp.client.RtspProbe;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** {@code /api/cameras/...}: the registry, profiles, snapshots, history and device actions. */
final class CameraApi {

  /** Bound on each step of a stream check (a loaded camera may take seconds to its first frame). */
  static final Duration STREAM_CHECK_TIMEOUT = Duration.ofSeconds(10);

  /** TCP first: it is what the URI was asked for, and what crosses most networks. */
  static final List<ProbeTransport> STREAM_CHECK_ORDER =
      List.of(ProbeTransport.TCP, ProbeTransport.UDP, ProbeTransport.HTTP);

  private final Cameras cameras;
  private final Supervisor supervisor;
  private final Storage storage;
  private final HubOptions options;
  private final Diagnostics diagnostics;
  private final ControlApi control;

  CameraApi(
      Cameras cameras,
      Supervisor supervisor,
      Storage storage,
      HubOptions options,
      Diagnostics diagnostics,
      ControlApi control) {
    this.cameras = cameras;
    this.supervisor = supervisor;
    this.storage = storage;
    this.options = options;
    this.diagnostics = diagnostics;
    this.control = control;
  }

  void handle(Exchange x) {
    String id = x.seg(1);
    String sub = x.seg(2);
    String m = x.method();
    if (id.isEmpty()) {
      switch (m) {
        case "GET" -> x.json(200, supervisor.views());
        case "POST" -> x.json(201, cameras.add(x.json()));
        default -> throw methodNotAllowed("GET, POST");
      }
      return;
    }
    CameraSession s = supervisor.require(id);
    switch (sub) {
      case "" -> {
        switch (m) {
          case "GET" -> x.json(200, s.view());
          case "PATCH" -> x.json(200, cameras.update(id, x.json()));
          case "DELETE" -> {
            cameras.delete(id);
            x.noContent();
          }
          default -> throw methodNotAllowed("GET, PATCH, DELETE");
        }
      }
      case "profiles" -> profiles(x, s);
      case "snapshot" -> {
        expect(x, "GET");
        snapshot(x, s);
      }
      case "events" -> {
        expect(x, "GET");
        x.json(200, history(x, id));
      }
      case "reboot" -> {
        expect(x, "POST");
        String message = call(() -> s.camera().device().reboot());
        x.json(202, Map.of("message", message));
      }
      case "time-sync" -> {
        expect(x, "POST");
        x.json(200, timeSync(s));
      }
      case "diagnostics" -> {
        expect(x, "GET");
        x.response()
            .getHeaders()
            .put(
                "Content-Disposition",
                "attachment; filename=\"jonvif-diagnostics-" + id + ".json\"");
        x.send(200, "application/json", diagnostics.of(s));
      }
      default -> control.handle(x, s);
    }
  }

  private void profiles(Exchange x, CameraSession s) {
    String token = x.seg(3);
    if (token.isEmpty()) {
      expect(x, "GET");
      OnvifCamera c = s.camera();
      x.json(200, call(() -> ProfileView.of(c, c.media().profiles())));
      return;
    }
    if (!x.seg(4).equals("check")) {
      throw ApiError.notFound("no such resource: " + String.join("/", x.path()));
    }
    expect(x, "POST");
    OnvifCamera c = s.camera();
    MediaProfile p =
        s.profiles().stream()
            .filter(q -> q.token().equals(token))
            .findFirst()
            .orElseThrow(() -> ApiError.notFound("camera has no profile " + token));
    String uri =
        call(() -> c.media().streamUri(p.token(), dev.jonvif.core.model.StreamTransport.TCP).uri());
    CameraRecord r = s.record();
    ProbeResult res =
        new RtspProbe(STREAM_CHECK_TIMEOUT)
            .probe(
                URI.create(uri), new Credentials(r.username(), r.password()), STREAM_CHECK_ORDER);
    s.streamChecked(res.ok(), res.detail());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("ok", res.ok());
    out.put("codec", res.codec());
    out.put("width", res.ok() ? res.width() : null);
    out.put("height", res.ok() ? res.height() : null);
    out.put(
        "transport",
        res.transport() == null ? null : res.transport().name().toLowerCase(Locale.ROOT));
    out.put(
        "firstFrameMs", res.timeToFirstFrame() == null ? null : res.timeToFirstFrame().toMillis());
    out.put(
        "error",
        res.ok() ? null : res.status().name().toLowerCase(Locale.ROOT) + ": " + res.detail());
    x.json(200, out);
  }

  private void snapshot(Exchange x, CameraSession s) {
    OnvifCamera c = s.camera();
    String token = x.query("profile");
    List<MediaProfile> ps = s.profiles();
    if (token == null) {
      if (ps.isEmpty()) {
        throw ApiError.notFound("camera has no media profile");
      }
      token = ps.get(0).token();
    }
    String t = token;
    Snapshot snap = call(() -> c.snapshot(t));
    x.send(200, "image/jpeg", snap.jpeg());
  }

  private List<HubEvent> history(Exchange x, String id) {
    int limit = 50;
    String l = x.query("limit");
    if (l != null) {
      try {
        limit = Integer.parseInt(l);
      } catch (NumberFormatException e) {
        throw new ApiError(400, "invalid_query", "limit must be a number");
      }
      if (limit < 1 || limit > 1000) {
        throw new ApiError(400, "invalid_query", "limit must be 1..1000");
      }
    }
    Instant before = options.clock().instant().plusMillis(1);
    String b = x.query("before");
    if (b != null) {
      try {
        before = Instant.parse(b);
      } catch (DateTimeParseException e) {
        throw new ApiError(400, "invalid_query", "before must be an ISO-8601 UTC time");
      }
    }
    return storage.events.recent(id, limit, before);
  }

  private Map<String, Object> timeSync(CameraSession s) {
    OnvifCamera c = s.camera();
    Long before =
        call(
            () ->
                c.device()
                    .systemDateAndTime()
                    .clockOffset(options.clock().instant())
                    .map(Duration::toMillis)
                    .orElse(null));
    Duration after = call(() -> c.syncClock().orElse(null));
    if (after != null) {
      s.clockMeasured(after);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("offsetMsBefore", before);
    out.put("offsetMsAfter", after == null ? null : after.toMillis());
    return out;
  }

  /** Runs a camera call; a camera failure becomes its specific API error. */
  static <T> T call(Supplier<T> op) {
    try {
      return op.get();
    } catch (ApiError e) {
      throw e;
    } catch (RuntimeException e) {
      throw ApiError.camera(Failure.of(e));
    }
  }

  static void expect(Exchange x, String method) {
    if (!x.method().equals(method)) {
      throw methodNotAllowed(method);
    }
  }

  static ApiError methodNotAllowed(String allowed) {
    return new ApiError(405, "method_not_allowed", "use " + allowed);
  }
}
