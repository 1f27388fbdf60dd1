package dev.jonvif.hub;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One camera event as the hub stores and streams it.
 *
 * @param cameraId the hub's camera id
 * @param time when the camera says it happened
 * @param topic the ONVIF topic, e.g. {@code tns1:RuleEngine/CellMotionDetector/Motion}
 * @param kind the sensor kind, e.g. {@code motion}, {@code digital_input}, or {@code other}
 * @param source the source item value (video source, input token), or {@code ""}
 * @param data the data items (name to value)
 * @param operation {@code Initialized}, {@code Changed}, {@code Deleted} or {@code ""}
 */
record HubEvent(
    String cameraId,
    Instant time,
    String topic,
    String kind,
    String source,
    Map<String, String> data,
    String operation) {

  HubEvent {
    Objects.requireNonNull(cameraId, "cameraId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(topic, "topic");
    kind = kind == null ? "other" : kind;
    source = source == null ? "" : source;
    data = data == null ? Map.of() : Map.copyOf(data);
    operation = operation == null ? "" : operation;
  }
}
