package dev.jonvif.hub;

import java.time.Instant;

/**
 * A camera as the API shows it ({@code Camera} in the OpenAPI file).
 *
 * @param clockOffsetMs camera clock minus hub clock, or {@code null} when not read
 * @param authMethod what authentication works ("HTTP Digest", ...), or {@code null}
 * @param lastError the last failure's message, or {@code null}
 */
record CameraView(
    String id,
    String name,
    String address,
    String status,
    String manufacturer,
    String model,
    String firmware,
    String serial,
    Long clockOffsetMs,
    String authMethod,
    Capabilities capabilities,
    String lastError,
    Instant updatedAt) {

  /** Which optional services the camera offers. */
  record Capabilities(
      boolean ptz, boolean imaging, boolean relays, boolean events, boolean media2) {
    static final Capabilities NONE = new Capabilities(false, false, false, false, false);
  }

  /** The view of a camera not yet connected. */
  static CameraView connecting(CameraRecord r, Instant now) {
    return new CameraView(
        r.id(),
        r.name(),
        r.address(),
        CameraStatus.CONNECTING.wire(),
        null,
        null,
        null,
        null,
        null,
        null,
        Capabilities.NONE,
        null,
        now);
  }

  CameraView withStatus(CameraStatus s, String error, Instant now) {
    return new CameraView(
        id,
        name,
        address,
        s.wire(),
        manufacturer,
        model,
        firmware,
        serial,
        clockOffsetMs,
        authMethod,
        capabilities,
        error,
        now);
  }

  CameraView withName(String n, Instant now) {
    return new CameraView(
        id,
        n,
        address,
        status,
        manufacturer,
        model,
        firmware,
        serial,
        clockOffsetMs,
        authMethod,
        capabilities,
        lastError,
        now);
  }

  CameraView withClockOffset(Long ms, Instant now) {
    return new CameraView(
        id,
        name,
        address,
        status,
        manufacturer,
        model,
        firmware,
        serial,
        ms,
        authMethod,
        capabilities,
        lastError,
        now);
  }
}
