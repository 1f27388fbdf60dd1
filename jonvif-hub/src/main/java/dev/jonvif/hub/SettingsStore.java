package dev.jonvif.hub;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Named settings (admin password hash, event retention). */
final class SettingsStore {

  static final String ADMIN_PASSWORD_HASH = "admin.password.hash";
  static final String EVENT_RETENTION_DAYS = "events.retention.days";
  static final int DEFAULT_RETENTION_DAYS = 30;

  private final Database db;

  SettingsStore(Database db) {
    this.db = db;
  }

  Optional<String> get(String name) {
    return db.with(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  void put(String name, String value) {
    db.inTransaction(
        c -> {
          try (PreparedStatement del = c.prepareStatement("DELETE FROM settings WHERE name = ?");
              PreparedStatement ins =
                  c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?)")) {
            del.setString(1, name);
            del.executeUpdate();
            ins.setString(1, name);
            ins.setString(2, value);
            return ins.executeUpdate();
          }
        });
  }

  int retentionDays() {
    return get(EVENT_RETENTION_DAYS).map(Integer::parseInt).orElse(DEFAULT_RETENTION_DAYS);
  }
}
