package dev.jonvif.client.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps event topics to {@link SensorKind}s and finds the Data item carrying the state. The {@link
 * #defaults() defaults} know the ONVIF topics and the common vendor ones; an unknown topic maps to
 * {@link SensorKind#UNKNOWN} and the event is still delivered. Topics match by their
 * namespace-resolved path (a rule for {@code VideoSource/ImageTooDark} also matches {@code
 * VideoSource/ImageTooDark/ImagingService}), so prefixes and per-segment vendor prefixes do not
 * matter. Immutable; {@link #with} makes an extended copy.
 *
 * <p>Vendor topics known, from captures and vendor documentation: Axis ({@code
 * tns1:VideoAnalytics/tnsaxis:MotionDetection}, {@code tns1:Device/tnsaxis:IO/Port}, {@code
 * tns1:AudioSource/tnsaxis:TriggerLevel}, {@code tns1:VideoSource/tnsaxis:Tampering}, {@code
 * tns1:Storage/tnsaxis:Disruption}, {@code tns1:Device/tnsaxis:Sensor/PIR}), Hikvision and OEMs
 * ({@code Device/Trigger/AlarmIn}, {@code Device/HardwareFailure/HardDiskError|Full|Unformat} in
 * {@code tnshik} or {@code tnsn}), Reolink ({@code RuleEngine/MyRuleDetector/PeopleDetect}, {@code
 * VehicleDetect}, {@code DogCatDetect}, {@code Visitor}), TP-Link Tapo ({@code
 * RuleEngine/PeopleDetector/People}, {@code RuleEngine/TPSmartEventDetector/TPSmartEvent} by its
 * {@code IsPeople}/{@code IsVehicle}/{@code IsPet} item, {@code RuleEngine/IntrusionDetector},
 * {@code RuleEngine/LineCrossDetector}); Dahua and Amcrest use the ONVIF topics.
 */
public final class Sensors {

  /**
   * One mapping rule.
   *
   * @param path the topic path (local names) this rule covers, itself and below
   * @param kind the sensor kind
   * @param items the Data items that carry the state, most specific first
   * @param requireItem whether the event must carry one of {@code items} (for topics whose kind
   *     depends on the item, like Tapo's TPSmartEvent)
   */
  public record Rule(String path, SensorKind kind, List<String> items, boolean requireItem) {
    public Rule {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(kind, "kind");
      items = List.copyOf(items);
    }

    boolean matches(EventTopic topic, Collection<String> dataItems) {
      String p = topic.path();
      boolean pathMatches = p.equals(path) || p.startsWith(path) && p.charAt(path.length()) == '/';
      return pathMatches && (!requireItem || items.stream().anyMatch(dataItems::contains));
    }
  }

  private static final Sensors DEFAULTS = new Sensors(defaultRules());

  private final List<Rule> rules;

  private Sensors(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The built-in mapping. */
  public static Sensors defaults() {
    return DEFAULTS;
  }

  /** The rules, in matching order (first match wins). */
  public List<Rule> rules() {
    return rules;
  }

  /** A copy with one more rule, tried before the existing ones. */
  public Sensors with(String path, SensorKind kind, String... stateItems) {
    List<Rule> r = new ArrayList<>(rules.size() + 1);
    r.add(new Rule(path, kind, List.of(stateItems), false));
    r.addAll(rules);
    return new Sensors(r);
  }

  /** The kind of a topic whose events carry these Data items (empty when unknown). */
  public SensorKind kindOf(EventTopic topic, Collection<String> dataItems) {
    Rule r = rule(topic, dataItems);
    return r == null ? SensorKind.UNKNOWN : r.kind();
  }

  /** What {@code event} says about its sensor. */
  public SensorReading read(OnvifEvent event) {
    Map<String, String> data = event.data();
    Rule r = rule(event.topic(), data.keySet());
    String sourceId = String.join("/", event.source().values());
    if (r == null) {
      return new SensorReading(SensorKind.UNKNOWN, sourceId, null, null);
    }
    String item = null;
    for (String candidate : r.items()) {
      if (data.containsKey(candidate)) {
        item = candidate;
        break;
      }
    }
    if (item == null && data.size() == 1) {
      item = data.keySet().iterator().next();
    }
    return new SensorReading(r.kind(), sourceId, item, item == null ? null : data.get(item));
  }

  private Rule rule(EventTopic topic, Collection<String> dataItems) {
    for (Rule r : rules) {
      if (r.matches(topic, dataItems)) {
        return r;
      }
    }
    return null;
  }

  private static List<Rule> defaultRules() {
    List<Rule> r = new ArrayList<>();
    // Tapo names the object class by the item of one generic topic.
    r.add(
        new Rule(
            "RuleEngine/TPSmartEventDetector/TPSmartEvent",
            SensorKind.PERSON,
            List.of("IsPeople"),
            true));
    r.add(
        new Rule(
            "RuleEngine/TPSmartEventDetector/TPSmartEvent",
            SensorKind.VEHICLE,
            List.of("IsVehicle"),
            true));
    r.add(
        new Rule(
            "RuleEngine/TPSmartEventDetector/TPSmartEvent",
            SensorKind.PET,
            List.of("IsPet"),
            true));
    add(r, SensorKind.MOTION, "VideoSource/MotionAlarm", "State");
    add(r, SensorKind.MOTION, "VideoAnalytics/MotionDetection", "motion");
    add(r, SensorKind.MOTION, "CameraApplicationPlatform/VMD", "active");
    add(r, SensorKind.MOTION, "Device/Sensor/PIR", "state");
    add(r, SensorKind.CELL_MOTION, "RuleEngine/CellMotionDetector/Motion", "IsMotion");
    add(r, SensorKind.MOTION_REGION, "RuleEngine/MotionRegionDetector/Motion", "State");
    add(r, SensorKind.FIELD_DETECTION, "RuleEngine/FieldDetector/ObjectsInside", "IsInside");
    add(r, SensorKind.FIELD_DETECTION, "RuleEngine/IntrusionDetector/Intrusion", "IsIntrusion");
    add(r, SensorKind.FIELD_DETECTION, "RuleEngine/CellMotionDetector/Intrusion", "IsIntrusion");
    add(r, SensorKind.LINE_CROSSING, "RuleEngine/LineDetector/Crossed", "ObjectId");
    add(r, SensorKind.LINE_CROSSING, "RuleEngine/LineCrossDetector/LineCross", "IsLineCross");
    add(r, SensorKind.LINE_CROSSING, "RuleEngine/CellMotionDetector/LineCross", "IsLineCross");
    add(r, SensorKind.PERSON, "RuleEngine/MyRuleDetector/PeopleDetect", "State");
    add(r, SensorKind.PERSON, "RuleEngine/PeopleDetector/People", "IsPeople");
    add(r, SensorKind.PERSON, "RuleEngine/CellMotionDetector/People", "IsPeople");
    add(r, SensorKind.VEHICLE, "RuleEngine/MyRuleDetector/VehicleDetect", "State");
    add(r, SensorKind.VEHICLE, "RuleEngine/VehicleDetector/Vehicle", "IsVehicle");
    add(r, SensorKind.PET, "RuleEngine/MyRuleDetector/DogCatDetect", "State");
    add(r, SensorKind.VISITOR, "RuleEngine/MyRuleDetector/Visitor", "State");
    add(r, SensorKind.SOUND, "AudioAnalytics/Audio/DetectedSound", "IsSoundDetected");
    add(r, SensorKind.SOUND, "AudioSource/TriggerLevel", "triggered");
    add(r, SensorKind.DIGITAL_INPUT, "Device/Trigger/DigitalInput", "LogicalState");
    add(r, SensorKind.DIGITAL_INPUT, "Device/Trigger/AlarmIn", "State");
    add(r, SensorKind.DIGITAL_INPUT, "Device/IO/Port", "state");
    add(r, SensorKind.RELAY, "Device/Trigger/Relay", "LogicalState");
    add(r, SensorKind.IMAGE_TOO_BLURRY, "VideoSource/ImageTooBlurry", "State");
    add(r, SensorKind.IMAGE_TOO_DARK, "VideoSource/ImageTooDark", "State");
    add(r, SensorKind.IMAGE_TOO_BRIGHT, "VideoSource/ImageTooBright", "State");
    add(r, SensorKind.GLOBAL_SCENE_CHANGE, "VideoSource/GlobalSceneChange", "State");
    add(r, SensorKind.TAMPER, "RuleEngine/TamperDetector/Tamper", "IsTamper");
    add(r, SensorKind.TAMPER, "VideoSource/Tampering", "tampering");
    add(r, SensorKind.STORAGE_FAILURE, "Device/HardwareFailure/StorageFailure", "Failed");
    add(r, SensorKind.STORAGE_FAILURE, "Device/HardwareFailure/HardDiskError");
    add(r, SensorKind.STORAGE_FAILURE, "Device/HardwareFailure/HardDiskFull");
    add(r, SensorKind.STORAGE_FAILURE, "Device/HardwareFailure/HardDiskUnformat");
    add(r, SensorKind.STORAGE_FAILURE, "Storage/Disruption", "disruption");
    add(r, SensorKind.RECORDING_JOB_STATE, "RecordingConfig/JobState", "State");
    add(r, SensorKind.PROCESSOR_USAGE, "Monitoring/ProcessorUsage", "Value");
    add(r, SensorKind.LAST_REBOOT, "Monitoring/OperatingTime/LastReboot", "Status");
    add(r, SensorKind.LAST_RESET, "Monitoring/OperatingTime/LastReset", "Status");
    add(
        r,
        SensorKind.LAST_CLOCK_SYNCHRONIZATION,
        "Monitoring/OperatingTime/LastClockSynchronization",
        "Status");
    add(r, SensorKind.LAST_BACKUP, "Monitoring/Backup/Last", "Status");
    return r;
  }

  private static void add(List<Rule> rules, SensorKind kind, String path, String... items) {
    rules.add(new Rule(path, kind, List.of(items), false));
  }
}
