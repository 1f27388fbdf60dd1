package dev.jonvif.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageTest {

  @TempDir Path dir;

  private HubOptions options(String adminPassword) {
    return HubOptions.builder().dataDir(dir).adminPassword(adminPassword).build();
  }

  @Test
  void camerasAndEventsSurviveARestart() {
    Instant t = Instant.parse("2026-11-22T08:00:00Z");
    try (Storage s = Storage.open(options(null))) {
      assertThat(s.generatedAdminPassword()).isPresent();
      s.cameras.insert(
          new CameraRecord(
              "c1",
              "Door",
              "http://127.0.0.1:8000/onvif/device_service",
              "admin",
              "s3cret",
              "urn:uuid:1",
              t));
      s.events.add(
          List.of(
              new HubEvent(
                  "c1",
                  t,
                  "tns1:VideoSource/MotionAlarm",
                  "motion",
                  "vs1",
                  Map.of("State", "true"),
                  "Changed")));
    }
    try (Storage s = Storage.open(options(null))) {
      assertThat(s.generatedAdminPassword()).as("generated once only").isEmpty();
      assertThat(s.cameras.all())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.password()).isEqualTo("s3cret");
                assertThat(r.name()).isEqualTo("Door");
              });
      assertThat(s.events.recent("c1", 10, t.plusSeconds(1)))
          .singleElement()
          .satisfies(e -> assertThat(e.data()).containsEntry("State", "true"));
    }
  }

  @Test
  void passwordsAreEncryptedAtRestUnderAnOwnerOnlyKey() throws Exception {
    try (Storage s = Storage.open(options("admin-pass"))) {
      s.cameras.insert(
          new CameraRecord(
              "c1", "x", "http://h/onvif/device_service", "u", "PlainSecret", null, Instant.EPOCH));
    }
    assertThat(Files.readAllBytes(dir.resolve("hub.db")))
        .asString(java.nio.charset.StandardCharsets.ISO_8859_1)
        .doesNotContain("PlainSecret")
        .doesNotContain("admin-pass");
    assertThat(Files.getPosixFilePermissions(dir.resolve(SecretBox.KEY_FILE)))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    // Another key cannot read the password.
    Files.delete(dir.resolve(SecretBox.KEY_FILE));
    try (Storage s = Storage.open(options("admin-pass"))) {
      assertThatThrownBy(s.cameras::all).hasMessageContaining("hub.key");
    }
  }

  @Test
  void retentionPrunesOldEventsOnly() {
    Instant now = Instant.parse("2026-11-22T08:00:00Z");
    try (Storage s = Storage.open(options("x"))) {
      s.events.add(
          List.of(
              new HubEvent("c1", now.minusSeconds(86_400 * 40), "t", "motion", "", Map.of(), ""),
              new HubEvent("c1", now, "t", "motion", "", Map.of(), "")));
      assertThat(s.events.pruneBefore(now.minusSeconds(86_400 * 30))).isEqualTo(1);
      assertThat(s.events.count("c1")).isEqualTo(1);
    }
  }

  @Test
  void adminPasswordIsStoredHashed() {
    try (Storage s = Storage.open(options("hunter22"))) {
      assertThat(s.adminPasswordHash()).doesNotContain("hunter22");
      assertThat(PasswordHash.matches("hunter22", s.adminPasswordHash())).isTrue();
      assertThat(PasswordHash.matches("hunter23", s.adminPasswordHash())).isFalse();
    }
  }
}
