package dev.jonvif.device.events.internal;

import dev.jonvif.device.events.EventTopic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The topics a virtual camera offers, with their message descriptions (item names and types). */
public final class TopicCatalog {

  /** One topic: whether it is a property, and its Source and Data items (name → XSD type). */
  public record Entry(
      EventTopic topic, boolean property, Map<String, String> source, Map<String, String> data) {}

  public static final List<Entry> ALL =
      List.of(
          entry(
              EventTopic.MOTION_ALARM,
              true,
              items("Source", "tt:ReferenceToken"),
              items("State", "xs:boolean")),
          entry(EventTopic.CELL_MOTION, true, rule(), items("IsMotion", "xs:boolean")),
          entry(EventTopic.MOTION_REGION, true, rule(), items("State", "xs:boolean")),
          entry(EventTopic.FIELD_DETECTION, true, rule(), items("IsInside", "xs:boolean")),
          entry(EventTopic.TAMPER, true, rule(), items("IsTamper", "xs:boolean")),
          entry(
              EventTopic.DIGITAL_INPUT,
              true,
              items("InputToken", "tt:ReferenceToken"),
              items("LogicalState", "xs:boolean")),
          entry(
              EventTopic.RELAY,
              true,
              items("RelayToken", "tt:ReferenceToken"),
              items("LogicalState", "tt:RelayLogicalState")),
          entry(EventTopic.IMAGE_TOO_BLURRY, true, imaging(), items("State", "xs:boolean")),
          entry(EventTopic.IMAGE_TOO_DARK, true, imaging(), items("State", "xs:boolean")),
          entry(EventTopic.IMAGE_TOO_BRIGHT, true, imaging(), items("State", "xs:boolean")),
          entry(EventTopic.GLOBAL_SCENE_CHANGE, true, imaging(), items("State", "xs:boolean")),
          entry(
              EventTopic.DETECTED_SOUND,
              true,
              items(
                  "AudioSourceConfigurationToken",
                  "tt:ReferenceToken",
                  "AudioAnalyticsConfigurationToken",
                  "tt:ReferenceToken",
                  "Rule",
                  "xs:string"),
              items("IsSoundDetected", "xs:boolean")),
          entry(
              EventTopic.STORAGE_FAILURE,
              true,
              items("Token", "tt:ReferenceToken"),
              items("Failed", "xs:boolean")),
          entry(
              EventTopic.RECORDING_JOB_STATE,
              true,
              items("RecordingJobToken", "tt:RecordingJobReference"),
              items("State", "xs:string")),
          entry(
              EventTopic.PROCESSOR_USAGE,
              true,
              items("Token", "tt:ReferenceToken"),
              items("Value", "xs:float")),
          entry(EventTopic.LAST_REBOOT, true, Map.of(), items("Status", "xs:dateTime")),
          entry(EventTopic.LAST_RESET, true, Map.of(), items("Status", "xs:dateTime")),
          entry(
              EventTopic.LAST_CLOCK_SYNCHRONIZATION,
              true,
              Map.of(),
              items("Status", "xs:dateTime")),
          entry(EventTopic.LAST_BACKUP, true, Map.of(), items("Status", "xs:dateTime")),
          entry(EventTopic.PROFILE_CHANGED, false, items("Token", "tt:ReferenceToken"), Map.of()),
          entry(
              EventTopic.CONFIGURATION_CHANGED,
              false,
              items("Token", "tt:ReferenceToken", "Type", "xs:string"),
              Map.of()));

  private TopicCatalog() {}

  /** The topics alone. */
  public static List<EventTopic> topics() {
    return ALL.stream().map(Entry::topic).toList();
  }

  private static Entry entry(
      EventTopic topic, boolean property, Map<String, String> source, Map<String, String> data) {
    return new Entry(topic, property, source, data);
  }

  private static Map<String, String> rule() {
    return items(
        "VideoSourceConfigurationToken", "tt:ReferenceToken",
        "VideoAnalyticsConfigurationToken", "tt:ReferenceToken",
        "Rule", "xs:string");
  }

  private static Map<String, String> imaging() {
    return items("Source", "tt:ReferenceToken");
  }

  private static Map<String, String> items(String... nameType) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameType.length; i += 2) {
      m.put(nameType[i], nameType[i + 1]);
    }
    return m;
  }
}
