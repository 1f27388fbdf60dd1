package dev.jonvif.hub;

import java.time.Instant;
import java.util.Objects;

/**
 * A camera as the hub stores it.
 *
 * @param id the hub's short opaque id
 * @param name a display name
 * @param address the device service URL
 * @param username the camera user
 * @param password its password (in memory only; encrypted in the database)
 * @param endpointReference the WS-Discovery endpoint reference, when known
 * @param createdAt when it was added
 */
record CameraRecord(
    String id,
    String name,
    String address,
    String username,
    String password,
    String endpointReference,
    Instant createdAt) {

  CameraRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  CameraRecord withName(String v) {
    return new CameraRecord(id, v, address, username, password, endpointReference, createdAt);
  }

  CameraRecord withCredentials(String user, String pass) {
    return new CameraRecord(id, name, address, user, pass, endpointReference, createdAt);
  }

  @Override
  public String toString() {
    return "CameraRecord[" + id + ", " + name + ", " + address + ", user " + username + "]";
  }
}
