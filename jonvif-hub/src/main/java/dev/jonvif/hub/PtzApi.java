package dev.jonvif.hub;

import static dev.jonvif.hub.CameraApi.call;
import static dev.jonvif.hub.CameraApi.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.PtzClient;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MoveStatus;
import dev.jonvif.core.model.PtzNode;
import dev.jonvif.core.model.PtzStatus;
import dev.jonvif.core.model.PtzVector;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/cameras/{id}/ptz/...}. A continuous move lasts {@link #MOVE_LEASE} unless renewed, so
 * a UI that loses its connection mid-press does not leave the camera turning. While a camera moves,
 * its position is sent as SSE {@code ptz} updates.
 */
final class PtzApi {

  static final Duration MOVE_LEASE = Duration.ofSeconds(2);
  private static final Duration FOLLOW_FOR = Duration.ofSeconds(4);
  private static final Duration FOLLOW_EVERY = Duration.ofMillis(300);

  private final Broadcaster broadcaster;
  private final Map<String, Thread> followers = new java.util.concurrent.ConcurrentHashMap<>();

  PtzApi(Broadcaster broadcaster) {
    this.broadcaster = broadcaster;
  }

  void handle(Exchange x, CameraSession s) {
    if (!s.view().capabilities().ptz()) {
      throw new ApiError(409, "not_supported", "camera " + s.record().id() + " has no PTZ");
    }
    OnvifCamera c = s.camera();
    String profile = profile(s);
    PtzClient ptz = call(c::ptz);
    String action = x.seg(3);
    switch (action) {
      case "" -> {
        expect(x, "GET");
        x.json(200, state(ptz, profile));
        return;
      }
      case "move" -> {
        expect(x, "POST");
        JsonNode b = x.json();
        PtzVector v = vector(b, -1, 1);
        call(() -> run(() -> ptz.continuousMove(profile, v, MOVE_LEASE)));
      }
      case "stop" -> {
        expect(x, "POST");
        call(() -> run(() -> ptz.stop(profile)));
      }
      case "absolute" -> {
        expect(x, "POST");
        PtzVector v = vector(x.json(), -1, 1);
        call(() -> run(() -> ptz.absoluteMove(profile, v, null)));
      }
      case "home" -> {
        expect(x, "POST");
        if (x.seg(4).equals("set")) {
          call(() -> run(() -> ptz.setHome(profile)));
        } else if (x.seg(4).isEmpty()) {
          call(() -> run(() -> ptz.gotoHome(profile, null)));
        } else {
          throw ApiError.notFound("no such PTZ action");
        }
      }
      case "presets" -> {
        presets(x, ptz, profile);
        follow(s, ptz, profile);
        return;
      }
      default -> throw ApiError.notFound("no such PTZ action: " + action);
    }
    x.noContent();
    follow(s, ptz, profile);
  }

  private void presets(Exchange x, PtzClient ptz, String profile) {
    String token = x.seg(4);
    if (token.isEmpty()) {
      expect(x, "POST");
      String name = Json.requiredString(x.json(), "name");
      String t = call(() -> ptz.setPreset(profile, name, null));
      x.json(201, Map.of("token", t, "name", name));
      return;
    }
    boolean known =
        call(() -> ptz.presets(profile)).stream().anyMatch(p -> p.token().equals(token));
    if (!known) {
      throw ApiError.notFound("no preset " + token);
    }
    if (x.seg(5).equals("goto")) {
      expect(x, "POST");
      call(() -> run(() -> ptz.gotoPreset(profile, token, null)));
    } else if (x.seg(5).isEmpty()) {
      expect(x, "DELETE");
      call(() -> run(() -> ptz.removePreset(profile, token)));
    } else {
      throw ApiError.notFound("no such preset action");
    }
    x.noContent();
  }

  /** {@code {pan, tilt, zoom, moving, presets, homeSupported}}. */
  private static Map<String, Object> state(PtzClient ptz, String profile) {
    Map<String, Object> out = position(call(() -> ptz.status(profile)));
    out.put(
        "presets",
        call(() -> ptz.presets(profile)).stream()
            .map(p -> Map.of("token", p.token(), "name", p.name()))
            .toList());
    List<PtzNode> nodes = call(ptz::nodes);
    out.put("homeSupported", nodes.stream().anyMatch(PtzNode::homeSupported));
    return out;
  }

  private static Map<String, Object> position(PtzStatus st) {
    Map<String, Object> out = new LinkedHashMap<>();
    PtzVector p = st.position() == null ? PtzVector.NONE : st.position();
    out.put("pan", p.panTilt() == null ? null : p.panTilt().x());
    out.put("tilt", p.panTilt() == null ? null : p.panTilt().y());
    out.put("zoom", p.zoom() == null ? null : p.zoom().x());
    out.put("moving", st.panTilt() == MoveStatus.MOVING || st.zoom() == MoveStatus.MOVING);
    return out;
  }

  /** Sends the position as SSE {@code ptz} updates while the camera moves (one follower each). */
  private void follow(CameraSession s, PtzClient ptz, String profile) {
    String id = s.record().id();
    followers.compute(
        id,
        (k, old) -> {
          if (old != null && old.isAlive()) {
            old.interrupt();
          }
          return Thread.ofVirtual()
              .name("jonvif-hub-ptz-" + id)
              .start(
                  () -> {
                    long end = System.nanoTime() + FOLLOW_FOR.toNanos();
                    try {
                      while (System.nanoTime() < end) {
                        Map<String, Object> pos = position(ptz.status(profile));
                        pos.put("cameraId", id);
                        broadcaster.publish("ptz", pos);
                        Thread.sleep(FOLLOW_EVERY);
                      }
                    } catch (InterruptedException | RuntimeException e) {
                      // replaced by a newer follower, or the camera went away
                    }
                  });
        });
  }

  private static String profile(CameraSession s) {
    return s.profiles().stream()
        .filter(p -> p.ptz() != null)
        .map(MediaProfile::token)
        .findFirst()
        .orElseThrow(() -> new ApiError(409, "not_supported", "no media profile has PTZ"));
  }

  private static PtzVector vector(JsonNode b, double min, double max) {
    Double pan = Json.optionalNumber(b, "pan");
    Double tilt = Json.optionalNumber(b, "tilt");
    Double zoom = Json.optionalNumber(b, "zoom");
    if (pan == null && tilt == null && zoom == null) {
      throw ApiError.badRequest("give at least one of pan, tilt, zoom");
    }
    for (Double d : new Double[] {pan, tilt, zoom}) {
      if (d != null && (d < min || d > max || d.isNaN())) {
        throw ApiError.badRequest("pan, tilt and zoom must be within " + min + ".." + max);
      }
    }
    PtzVector.PanTilt pt =
        pan == null && tilt == null
            ? null
            : new PtzVector.PanTilt(pan == null ? 0 : pan, tilt == null ? 0 : tilt, null);
    return new PtzVector(pt, zoom == null ? null : new PtzVector.Zoom(zoom, null));
  }

  private static Boolean run(Runnable r) {
    r.run();
    return Boolean.TRUE;
  }
}
