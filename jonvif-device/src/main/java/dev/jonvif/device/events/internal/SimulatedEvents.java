package dev.jonvif.device.events.internal;

import dev.jonvif.device.events.EventBus;
import dev.jonvif.device.events.EventTopic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The simulated event kinds of the admin API ({@code POST /cameras/{name}/events/{kind}}): each
 * kind sets one property with fixed source tokens, deterministically.
 */
public final class SimulatedEvents {

  private record Kind(EventTopic topic, Map<String, String> source, String item, boolean bool) {}

  private static final Map<String, String> RULE =
      ordered(
          "VideoSourceConfigurationToken", "VideoSourceConfig_1",
          "VideoAnalyticsConfigurationToken", "VideoAnalyticsConfig_1",
          "Rule", "Rule_1");
  private static final Map<String, String> SOURCE = ordered("Source", "VideoSource_1");

  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("motion", new Kind(EventTopic.MOTION_ALARM, SOURCE, "State", true));
    KINDS.put("cell-motion", new Kind(EventTopic.CELL_MOTION, RULE, "IsMotion", true));
    KINDS.put("motion-region", new Kind(EventTopic.MOTION_REGION, RULE, "State", true));
    KINDS.put("field-detection", new Kind(EventTopic.FIELD_DETECTION, RULE, "IsInside", true));
    KINDS.put("tamper", new Kind(EventTopic.TAMPER, RULE, "IsTamper", true));
    KINDS.put("scene-change", new Kind(EventTopic.GLOBAL_SCENE_CHANGE, SOURCE, "State", true));
    KINDS.put("blurry", new Kind(EventTopic.IMAGE_TOO_BLURRY, SOURCE, "State", true));
    KINDS.put("dark", new Kind(EventTopic.IMAGE_TOO_DARK, SOURCE, "State", true));
    KINDS.put("bright", new Kind(EventTopic.IMAGE_TOO_BRIGHT, SOURCE, "State", true));
    KINDS.put(
        "sound",
        new Kind(
            EventTopic.DETECTED_SOUND,
            ordered(
                "AudioSourceConfigurationToken", "AudioSourceConfig_1",
                "AudioAnalyticsConfigurationToken", "AudioAnalyticsConfig_1",
                "Rule", "Rule_1"),
            "IsSoundDetected",
            true));
    KINDS.put(
        "digital-input",
        new Kind(
            EventTopic.DIGITAL_INPUT,
            ordered("InputToken", "DigitalInput_1"),
            "LogicalState",
            true));
    KINDS.put(
        "relay",
        new Kind(EventTopic.RELAY, ordered("RelayToken", "Relay_1"), "LogicalState", false));
    KINDS.put(
        "storage-failure",
        new Kind(EventTopic.STORAGE_FAILURE, ordered("Token", "Storage_1"), "Failed", true));
    KINDS.put(
        "recording-job",
        new Kind(
            EventTopic.RECORDING_JOB_STATE,
            ordered("RecordingJobToken", "RecordingJob_1"),
            "State",
            false));
    KINDS.put(
        "processor-usage",
        new Kind(EventTopic.PROCESSOR_USAGE, ordered("Token", "CPU_1"), "Value", false));
  }

  private SimulatedEvents() {}

  /** The kinds the admin API accepts. */
  public static Set<String> kinds() {
    return KINDS.keySet();
  }

  /**
   * Raises {@code kind} on {@code bus}. {@code state} is the query's {@code state} (true/false;
   * {@code value} for processor usage, relay and recording job take their own vocabularies).
   */
  public static void raise(EventBus bus, String kind, Map<String, String> query) {
    Kind k = KINDS.get(kind);
    if (k == null) {
      throw new IllegalArgumentException("unknown event kind '" + kind + "'");
    }
    String state = query.getOrDefault("state", "true");
    String value =
        switch (kind) {
          case "relay" -> Boolean.parseBoolean(state) ? "active" : "inactive";
          case "recording-job" -> Boolean.parseBoolean(state) ? "Active" : "Idle";
          case "processor-usage" -> query.getOrDefault("value", "50.0");
          default -> Boolean.toString(Boolean.parseBoolean(state));
        };
    bus.setProperty(k.topic(), k.source(), Map.of(k.item(), value));
  }

  /**
   * Gives every simulated property its idle state (no motion, inputs low, relay inactive, ...), so
   * a new subscription starts with an {@code Initialized} message per property, as on a camera.
   */
  public static void seed(EventBus bus, Set<String> except) {
    for (String kind : KINDS.keySet()) {
      if (!except.contains(kind)) {
        raise(bus, kind, Map.of("state", "false"));
      }
    }
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
