package dev.jonvif.hub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The current state of every typed sensor of every camera, fed by camera events. */
final class Sensors {

  /**
   * One sensor's state.
   *
   * @param kind {@code motion}, {@code digital_input}, {@code tamper}, ...
   * @param source the source token (video source, input)
   * @param state on/off when the sensor is binary, else {@code null}
   * @param value the raw value
   * @param topic the ONVIF topic it came from
   * @param changedAt when the camera says it changed
   */
  record SensorState(
      String kind, String source, Boolean state, String value, String topic, Instant changedAt) {}

  private final Map<String, Map<String, SensorState>> byCamera = new ConcurrentHashMap<>();

  /** Records a state; whether it differs from the one known. */
  boolean update(String cameraId, SensorState s) {
    Map<String, SensorState> m = byCamera.computeIfAbsent(cameraId, k -> new ConcurrentHashMap<>());
    SensorState old = m.put(s.kind() + "|" + s.source(), s);
    return old == null
        || !java.util.Objects.equals(old.state(), s.state())
        || !java.util.Objects.equals(old.value(), s.value());
  }

  List<SensorState> of(String cameraId) {
    List<SensorState> out = new ArrayList<>(byCamera.getOrDefault(cameraId, Map.of()).values());
    out.sort(Comparator.comparing(SensorState::kind).thenComparing(SensorState::source));
    return out;
  }

  void forget(String cameraId) {
    byCamera.remove(cameraId);
  }
}
