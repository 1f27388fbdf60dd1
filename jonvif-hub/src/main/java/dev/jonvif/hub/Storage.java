package dev.jonvif.hub;

import java.util.Optional;

/**
 * Everything the hub keeps: the database (cameras, events, settings) and the key that encrypts
 * camera passwords.
 */
final class Storage implements AutoCloseable {

  final Database db;
  final CameraStore cameras;
  final EventStore events;
  final SettingsStore settings;
  private final String generatedAdminPassword;

  private Storage(Database db, SecretBox secrets, String adminPassword) {
    this.db = db;
    this.cameras = new CameraStore(db, secrets);
    this.events = new EventStore(db);
    this.settings = new SettingsStore(db);
    String generated = null;
    if (adminPassword != null) {
      settings.put(SettingsStore.ADMIN_PASSWORD_HASH, PasswordHash.hash(adminPassword));
    } else if (settings.get(SettingsStore.ADMIN_PASSWORD_HASH).isEmpty()) {
      generated = PasswordHash.generate();
      settings.put(SettingsStore.ADMIN_PASSWORD_HASH, PasswordHash.hash(generated));
    }
    this.generatedAdminPassword = generated;
  }

  /** Opens the storage of {@code options}, migrating the schema and setting the admin password. */
  static Storage open(HubOptions options) {
    SecretBox secrets = SecretBox.inDirectory(options.dataDir());
    Database db = Database.open(options.effectiveJdbcUrl(), null, null);
    try {
      return new Storage(db, secrets, options.adminPassword());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The admin password generated on this run (first run without one given), to print once. */
  Optional<String> generatedAdminPassword() {
    return Optional.ofNullable(generatedAdminPassword);
  }

  String adminPasswordHash() {
    return settings.get(SettingsStore.ADMIN_PASSWORD_HASH).orElseThrow();
  }

  @Override
  public void close() {
    db.close();
  }
}
