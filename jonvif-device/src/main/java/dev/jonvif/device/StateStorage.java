package dev.jonvif.device;

import java.util.Map;

/**
 * Where cameras keep their state. The file implementation writes {@code
 * <state-dir>/<camera>/state.json} atomically, with passwords encrypted; {@link #inMemory()} keeps
 * nothing (tests, embedding).
 */
public interface StateStorage {

  /** What was stored for a camera. */
  interface Stored {
    /** The Device-service state. */
    DeviceState device();

    /** The stored value of a slot, or {@code null} when there is none or it cannot be read. */
    <T> T slot(String name, Class<T> type);
  }

  /** The stored state of {@code camera}, or {@code null} when it has none yet. */
  Stored load(String camera);

  /**
   * Stores the whole state of {@code camera}. When this returns the state is durable; a crash
   * during the call leaves the previous state intact.
   *
   * @param slots slot name to slot value (records)
   */
  void save(String camera, DeviceState device, Map<String, Object> slots);

  /**
   * A storage keeping each camera in {@code <dir>/<camera>/state.json}, written atomically, with
   * passwords encrypted under {@code <dir>/.jonvif-key} (owner-only).
   */
  static StateStorage inDirectory(java.nio.file.Path dir) {
    return new dev.jonvif.device.internal.state.FileStateStorage(dir);
  }

  /** A storage that remembers nothing. */
  static StateStorage inMemory() {
    return new StateStorage() {
      @Override
      public Stored load(String camera) {
        return null;
      }

      @Override
      public void save(String camera, DeviceState device, Map<String, Object> slots) {}
    };
  }
}
