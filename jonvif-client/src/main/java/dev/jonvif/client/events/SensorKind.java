package dev.jonvif.client.events;

/**
 * What kind of sensor an event topic reports, as a home-automation user thinks of it. {@link
 * Sensors} maps ONVIF and vendor topics to these kinds.
 */
public enum SensorKind {
  /** Motion in the picture ({@code tns1:VideoSource/MotionAlarm}, vendor motion topics). */
  MOTION(true),
  /** Cell motion detector rule ({@code tns1:RuleEngine/CellMotionDetector/Motion}). */
  CELL_MOTION(true),
  /** Motion region detector rule ({@code tns1:RuleEngine/MotionRegionDetector/Motion}). */
  MOTION_REGION(true),
  /** An object inside a field ({@code tns1:RuleEngine/FieldDetector/ObjectsInside}, intrusion). */
  FIELD_DETECTION(true),
  /** A line crossed ({@code tns1:RuleEngine/LineDetector/Crossed}). */
  LINE_CROSSING(true),
  /** A person detected (Reolink, Tapo, Hikvision smart rules). */
  PERSON(true),
  /** A vehicle detected. */
  VEHICLE(true),
  /** A pet detected. */
  PET(true),
  /** A doorbell button pressed (visitor). */
  VISITOR(true),
  /** Sound detected ({@code tns1:AudioAnalytics/Audio/DetectedSound}). */
  SOUND(true),
  /** A digital input ({@code tns1:Device/Trigger/DigitalInput}). */
  DIGITAL_INPUT(true),
  /** A relay output ({@code tns1:Device/Trigger/Relay}). */
  RELAY(true),
  /** The image is too blurry. */
  IMAGE_TOO_BLURRY(true),
  /** The image is too dark. */
  IMAGE_TOO_DARK(true),
  /** The image is too bright. */
  IMAGE_TOO_BRIGHT(true),
  /** The whole scene changed (camera moved or covered). */
  GLOBAL_SCENE_CHANGE(true),
  /** Tamper detection. */
  TAMPER(true),
  /** A storage failure (disk error, full, unformatted). */
  STORAGE_FAILURE(true),
  /** A recording job's state ({@code Active}, {@code Idle}, ...). */
  RECORDING_JOB_STATE(false),
  /** Processor usage in percent. */
  PROCESSOR_USAGE(false),
  /** When the device last rebooted. */
  LAST_REBOOT(false),
  /** When the device was last reset to factory defaults. */
  LAST_RESET(false),
  /** When the device's clock was last synchronised. */
  LAST_CLOCK_SYNCHRONIZATION(false),
  /** When the device's configuration was last backed up. */
  LAST_BACKUP(false),
  /** A topic the mapping does not know; the event is passed through unchanged. */
  UNKNOWN(false);

  private final boolean binary;

  SensorKind(boolean binary) {
    this.binary = binary;
  }

  /** Whether the sensor is on/off (motion, input, tamper...) rather than a value or a time. */
  public boolean binary() {
    return binary;
  }
}
