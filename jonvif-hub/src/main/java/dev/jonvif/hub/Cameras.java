package dev.jonvif.hub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jonvif.client.OnvifCamera;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * Adding, changing and removing cameras: a camera is stored only after it answered with the given
 * credentials, so nothing is stored half-way.
 */
final class Cameras {

  private static final String ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Storage storage;
  private final Supervisor supervisor;
  private final Broadcaster broadcaster;
  private final HubOptions options;
  private final Object writeLock = new Object();
  private volatile Runnable registryChanged = () -> {};
  private volatile java.util.function.Consumer<String> removed = id -> {};

  Cameras(Storage storage, Supervisor supervisor, Broadcaster broadcaster, HubOptions options) {
    this.storage = storage;
    this.supervisor = supervisor;
    this.broadcaster = broadcaster;
    this.options = options;
  }

  /** Called after a camera is added or removed. */
  void onRegistryChange(Runnable r) {
    this.registryChanged = r;
  }

  /** Called with the id of each camera removed. */
  void onRemove(java.util.function.Consumer<String> c) {
    this.removed = c;
  }

  /** The addresses and endpoint references of every camera added. */
  java.util.Set<String> keys() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (CameraSession s : supervisor.sessions()) {
      out.add(s.record().address());
      if (s.record().endpointReference() != null) {
        out.add(s.record().endpointReference());
      }
    }
    return out;
  }

  /** Starts supervising every stored camera. */
  void startAll() {
    storage.cameras.all().forEach(supervisor::add);
  }

  /** POST /api/cameras: validates by connecting, then stores and supervises. */
  CameraView add(JsonNode body) {
    String address = normalize(Json.requiredString(body, "address"));
    String user = Json.requiredString(body, "username");
    String password = Json.optionalString(body, "password");
    if (password == null) {
      throw ApiError.badRequest("\"password\" is required (a string, may be empty)");
    }
    String name = Json.optionalString(body, "name");
    if (storage.cameras.findByAddress(address).isPresent()) {
      throw new ApiError(409, "duplicate", "a camera at " + address + " is already added");
    }
    Connection v = validate(address, user, password);
    CameraRecord r;
    try {
      synchronized (writeLock) {
        if (storage.cameras.findByAddress(address).isPresent()) {
          throw new ApiError(409, "duplicate", "a camera at " + address + " is already added");
        }
        r =
            new CameraRecord(
                newId(),
                name == null || name.isBlank() ? defaultName(v) : name.strip(),
                address,
                user,
                password,
                endpointReference(v.camera()),
                options.clock().instant());
        storage.cameras.insert(r);
      }
    } catch (RuntimeException e) {
      v.camera().close();
      throw e;
    }
    supervisor.add(r, v);
    registryChanged.run();
    return supervisor.require(r.id()).view();
  }

  /** PATCH /api/cameras/{id}: a new name, or new credentials (validated before storing). */
  CameraView update(String id, JsonNode body) {
    CameraSession s = supervisor.require(id);
    CameraRecord r = s.record();
    String name = Json.optionalString(body, "name");
    String user = Json.optionalString(body, "username");
    String password = Json.optionalString(body, "password");
    if (name != null && name.isBlank()) {
      throw ApiError.badRequest("\"name\" must not be empty");
    }
    boolean credentials = user != null || password != null;
    CameraRecord next = name == null ? r : r.withName(name.strip());
    if (credentials) {
      next =
          next.withCredentials(
              user == null ? r.username() : user, password == null ? r.password() : password);
      validate(next.address(), next.username(), next.password()).camera().close();
    }
    storage.cameras.update(next);
    if (credentials) {
      s.credentialsChanged(next);
    } else {
      s.renamed(next);
    }
    return s.view();
  }

  /** DELETE /api/cameras/{id}. */
  void delete(String id) {
    supervisor.require(id);
    supervisor.remove(id);
    storage.cameras.delete(id);
    removed.accept(id);
    broadcaster.publish("camera-removed", java.util.Map.of("id", id));
    registryChanged.run();
  }

  /**
   * Connects with the credentials and reads what the hub shows; 4xx/5xx {@link ApiError} with the
   * specific failure otherwise. The caller owns the returned connection.
   */
  Connection validate(String address, String user, String password) {
    CameraRecord probe =
        new CameraRecord("new", "new", address, user, password, null, options.clock().instant());
    try {
      return Connection.open(probe, options);
    } catch (RuntimeException e) {
      throw ApiError.camera(Failure.of(e));
    }
  }

  private static String endpointReference(OnvifCamera c) {
    try {
      String ref = c.device().endpointReference();
      return ref == null || ref.isBlank() ? null : ref;
    } catch (RuntimeException e) {
      return null; // optional: many cameras do not implement GetEndpointReference
    }
  }

  private static String defaultName(Connection c) {
    String name = (c.info().manufacturer() + " " + c.info().model()).strip();
    return name.isEmpty() ? c.camera().deviceUri().getHost() : name;
  }

  /** The device-service URL for {@code host[:port]} or a URL; 400 when unusable. */
  static String normalize(String address) {
    if (address.contains("@")) {
      throw ApiError.badRequest("put the credentials in username/password, not in the address");
    }
    try (OnvifCamera c = OnvifCamera.builder(address.strip()).build()) {
      return c.deviceUri().toString();
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("unusable address " + address + ": " + e.getMessage());
    }
  }

  Optional<CameraRecord> byAddress(String address) {
    return storage.cameras.findByAddress(address);
  }

  private static String newId() {
    StringBuilder sb = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      sb.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
    }
    return sb.toString();
  }
}
