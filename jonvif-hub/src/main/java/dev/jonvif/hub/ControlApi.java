package dev.jonvif.hub;

import static dev.jonvif.hub.CameraApi.call;
import static dev.jonvif.hub.CameraApi.expect;

import dev.jonvif.client.DeviceIoClient;
import dev.jonvif.core.model.RelayLogicalState;
import dev.jonvif.core.model.RelayOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code /api/cameras/{id}/ptz|imaging|aux|relays|sensors}: live control and sensor state. */
final class ControlApi {

  private final Sensors sensors;
  private final PtzApi ptz;
  private final ImagingApi imaging = new ImagingApi();

  /** ONVIF reports no relay state: what the hub last set, per camera and relay. */
  private final Map<String, Boolean> relayStates = new ConcurrentHashMap<>();

  ControlApi(Sensors sensors, Broadcaster broadcaster) {
    this.sensors = sensors;
    this.ptz = new PtzApi(broadcaster);
  }

  void handle(Exchange x, CameraSession s) {
    switch (x.seg(2)) {
      case "sensors" -> {
        expect(x, "GET");
        x.json(200, sensors.of(s.record().id()));
      }
      case "ptz" -> ptz.handle(x, s);
      case "imaging" -> imaging.imaging(x, s);
      case "aux" -> imaging.aux(x, s);
      case "relays" -> relays(x, s);
      default -> throw ApiError.notFound("no such resource: " + String.join("/", x.path()));
    }
  }

  private void relays(Exchange x, CameraSession s) {
    DeviceIoClient io = call(() -> s.camera().deviceIo());
    List<RelayOutput> relays = call(io::relayOutputs);
    String id = s.record().id();
    String token = x.seg(3);
    if (token.isEmpty()) {
      expect(x, "GET");
      x.json(200, relays.stream().map(r -> view(id, r)).toList());
      return;
    }
    RelayOutput r =
        relays.stream()
            .filter(q -> q.token().equals(token))
            .findFirst()
            .orElseThrow(() -> ApiError.notFound("camera has no relay " + token));
    expect(x, "PUT");
    Boolean active = Json.optionalBoolean(x.json(), "active");
    if (active == null) {
      throw ApiError.badRequest("\"active\" is required (true or false)");
    }
    call(
        () -> {
          io.setRelayState(token, active ? RelayLogicalState.ACTIVE : RelayLogicalState.INACTIVE);
          return Boolean.TRUE;
        });
    relayStates.put(id + "|" + token, active);
    x.json(200, view(id, r));
  }

  private Map<String, Object> view(String cameraId, RelayOutput r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", r.token());
    m.put("active", relayStates.getOrDefault(cameraId + "|" + r.token(), false));
    m.put("mode", r.mode() == null ? null : r.mode().name().toLowerCase(java.util.Locale.ROOT));
    return m;
  }
}
