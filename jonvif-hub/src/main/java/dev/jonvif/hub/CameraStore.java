package dev.jonvif.hub;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The cameras table; passwords go through the {@link SecretBox}. */
final class CameraStore {

  private final Database db;
  private final SecretBox secrets;

  CameraStore(Database db, SecretBox secrets) {
    this.db = db;
    this.secrets = secrets;
  }

  List<CameraRecord> all() {
    return db.with(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, name, address, username, password_enc, endpoint_ref, created_at"
                      + " FROM cameras ORDER BY created_at, id")) {
            try (ResultSet rs = ps.executeQuery()) {
              List<CameraRecord> out = new ArrayList<>();
              while (rs.next()) {
                out.add(read(rs));
              }
              return out;
            }
          }
        });
  }

  Optional<CameraRecord> find(String id) {
    return all().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  Optional<CameraRecord> findByAddress(String address) {
    return all().stream().filter(r -> r.address().equals(address)).findFirst();
  }

  void insert(CameraRecord r) {
    db.with(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO cameras (id, name, address, username, password_enc, endpoint_ref,"
                      + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.id());
            ps.setString(2, r.name());
            ps.setString(3, r.address());
            ps.setString(4, r.username());
            ps.setString(5, secrets.seal(r.password(), r.id()));
            ps.setString(6, r.endpointReference());
            ps.setLong(7, r.createdAt().toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  void update(CameraRecord r) {
    db.with(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE cameras SET name = ?, username = ?, password_enc = ?, endpoint_ref = ?"
                      + " WHERE id = ?")) {
            ps.setString(1, r.name());
            ps.setString(2, r.username());
            ps.setString(3, secrets.seal(r.password(), r.id()));
            ps.setString(4, r.endpointReference());
            ps.setString(5, r.id());
            return ps.executeUpdate();
          }
        });
  }

  /** Deletes the camera and its events; whether it existed. */
  boolean delete(String id) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ev = c.prepareStatement("DELETE FROM events WHERE camera_id = ?");
              PreparedStatement cam = c.prepareStatement("DELETE FROM cameras WHERE id = ?")) {
            ev.setString(1, id);
            ev.executeUpdate();
            cam.setString(1, id);
            return cam.executeUpdate() > 0;
          }
        });
  }

  private CameraRecord read(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    return new CameraRecord(
        id,
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        secrets.open(rs.getString(5), id),
        rs.getString(6),
        Instant.ofEpochMilli(rs.getLong(7)));
  }
}
