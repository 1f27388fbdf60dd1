package dev.jonvif.device.events;

import dev.jonvif.core.Namespaces;
import java.util.List;
import java.util.Objects;

/**
 * An event topic: a namespace and a slash-separated path of local names below it, e.g. {@code
 * tns1:VideoSource/MotionAlarm} is {@code (http://www.onvif.org/ver10/topics,
 * "VideoSource/MotionAlarm")}.
 *
 * @param namespace the namespace of the topic tree's root
 * @param path the segments joined with {@code /}, without prefix
 */
public record EventTopic(String namespace, String path) {

  public static final EventTopic MOTION_ALARM = onvif("VideoSource/MotionAlarm");
  public static final EventTopic CELL_MOTION = onvif("RuleEngine/CellMotionDetector/Motion");
  public static final EventTopic MOTION_REGION = onvif("RuleEngine/MotionRegionDetector/Motion");
  public static final EventTopic FIELD_DETECTION = onvif("RuleEngine/FieldDetector/ObjectsInside");
  public static final EventTopic TAMPER = onvif("RuleEngine/TamperDetector/Tamper");
  public static final EventTopic DIGITAL_INPUT = onvif("Device/Trigger/DigitalInput");
  public static final EventTopic RELAY = onvif("Device/Trigger/Relay");
  public static final EventTopic IMAGE_TOO_BLURRY =
      onvif("VideoSource/ImageTooBlurry/ImagingService");
  public static final EventTopic IMAGE_TOO_DARK = onvif("VideoSource/ImageTooDark/ImagingService");
  public static final EventTopic IMAGE_TOO_BRIGHT =
      onvif("VideoSource/ImageTooBright/ImagingService");
  public static final EventTopic GLOBAL_SCENE_CHANGE =
      onvif("VideoSource/GlobalSceneChange/ImagingService");
  public static final EventTopic DETECTED_SOUND = onvif("AudioAnalytics/Audio/DetectedSound");
  public static final EventTopic STORAGE_FAILURE = onvif("Device/HardwareFailure/StorageFailure");
  public static final EventTopic RECORDING_JOB_STATE = onvif("RecordingConfig/JobState");
  public static final EventTopic PROCESSOR_USAGE = onvif("Monitoring/ProcessorUsage");
  public static final EventTopic LAST_REBOOT = onvif("Monitoring/OperatingTime/LastReboot");
  public static final EventTopic LAST_RESET = onvif("Monitoring/OperatingTime/LastReset");
  public static final EventTopic LAST_CLOCK_SYNCHRONIZATION =
      onvif("Monitoring/OperatingTime/LastClockSynchronization");
  public static final EventTopic LAST_BACKUP = onvif("Monitoring/OperatingTime/LastBackup");
  public static final EventTopic PROFILE_CHANGED = onvif("Media/ProfileChanged");
  public static final EventTopic CONFIGURATION_CHANGED = onvif("Media/ConfigurationChanged");

  public EventTopic {
    Objects.requireNonNull(namespace, "namespace");
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException("topic path must be a/b/c, got '" + path + "'");
    }
  }

  /** A topic in the ONVIF topic namespace ({@code tns1}). */
  public static EventTopic onvif(String path) {
    return new EventTopic(Namespaces.TNS1, path);
  }

  /** The path's local names, root first. */
  public List<String> segments() {
    return List.of(path.split("/"));
  }

  /** The topic as a ConcreteSet expression with prefix {@code prefix}, e.g. {@code tns1:A/B}. */
  public String expression(String prefix) {
    return prefix + ":" + path;
  }

  @Override
  public String toString() {
    return "{" + namespace + "}" + path;
  }
}
