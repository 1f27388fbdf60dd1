package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest extends DeviceTestSupport {

  /** A slot as another service module would own it. */
  record Counter(int value, String label) {}

  static final StateSlot<Counter> COUNTER =
      new StateSlot<>("counter", Counter.class, p -> new Counter(0, p.name()));

  @TempDir Path dir;

  private void startIn(Path stateDir) {
    start(
        Persona.generic("cam1"),
        DeviceServer.builder(),
        Clock.systemUTC(),
        StateStorage.inDirectory(stateDir));
  }

  @Test
  void stateSurvivesARestart() {
    startIn(dir);
    String epr = camera.endpointReference();
    ok(admin(tds("SetHostname", el(TDS, "Name", "renamed"))));
    ok(admin(tds("AddScopes", el(TDS, "ScopeItem", "onvif://www.onvif.org/location/attic"))));
    ok(admin(tds("SetDiscoveryMode", el(TDS, "DiscoveryMode", "NonDiscoverable"))));
    ok(
        admin(
            tds(
                "CreateUsers",
                XmlElement.builder(TDS, "User")
                    .child(TT, "Username", "viewer")
                    .child(TT, "Password", "viewpass")
                    .child(TT, "UserLevel", "User")
                    .build())));
    camera.setClockOffset(Duration.ofHours(3));
    camera.update(COUNTER, c -> new Counter(c.value() + 41, c.label()));
    server.stop();

    startIn(dir);
    assertThat(camera.endpointReference()).isEqualTo(epr);
    assertThat(camera.device().hostname()).isEqualTo("renamed");
    assertThat(camera.device().scopes()).contains("onvif://www.onvif.org/location/attic");
    assertThat(camera.device().discoverable()).isFalse();
    assertThat(camera.device().time().clockOffset()).isEqualTo(Duration.ofHours(3));
    assertThat(camera.state(COUNTER)).isEqualTo(new Counter(41, "cam1"));
    // the stored password still authenticates
    ok(as("viewer", "viewpass", tds("GetDeviceInformation")));
  }

  @Test
  void passwordsAreEncryptedAndTheKeyIsPrivate() throws IOException {
    startIn(dir);
    String json = Files.readString(dir.resolve("cam1/state.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"username\" : \"admin\"").doesNotContain(ADMIN_PASSWORD);
    assertThat(Files.getPosixFilePermissions(dir.resolve(".jonvif-key")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void aLeftoverTemporaryFileFromACrashIsIgnored() throws IOException {
    startIn(dir);
    ok(admin(tds("SetHostname", el(TDS, "Name", "kept"))));
    server.stop();
    // A crash between writing the temporary file and renaming it leaves a torn temp file.
    Files.writeString(dir.resolve("cam1/state.json.tmp"), "{\"version\":1,\"dev");
    startIn(dir);
    assertThat(camera.device().hostname()).isEqualTo("kept");
    ok(admin(tds("SetHostname", el(TDS, "Name", "next"))));
    assertThat(Files.readString(dir.resolve("cam1/state.json"))).contains("next");
  }

  @Test
  void DEVICE_3_1_7_softFactoryDefaultKeepsNetworkAndUsers() {
    startIn(dir);
    ok(admin(tds("SetHostname", el(TDS, "Name", "site-7"))));
    ok(admin(tds("AddScopes", el(TDS, "ScopeItem", "onvif://www.onvif.org/location/x"))));
    camera.update(COUNTER, c -> new Counter(5, "changed"));
    ok(admin(tds("SetSystemFactoryDefault", el(TDS, "FactoryDefault", "Soft"))));
    assertThat(camera.device().hostname()).isEqualTo("site-7");
    assertThat(camera.device().scopes()).containsExactly(Scopes.NAME_PREFIX + "cam1");
    assertThat(camera.state(COUNTER)).isEqualTo(new Counter(0, "cam1"));
  }

  @Test
  void DEVICE_3_1_6_hardFactoryDefaultResetsAlmostEverything() {
    startIn(dir);
    String epr = camera.endpointReference();
    ok(admin(tds("SetHostname", el(TDS, "Name", "site-7"))));
    ok(admin(tds("SetSystemFactoryDefault", el(TDS, "FactoryDefault", "Hard"))));
    assertThat(camera.device().hostname()).isEqualTo("cam1");
    assertThat(camera.endpointReference()).isEqualTo(epr);
    assertThat(camera.device().users()).extracting(User::username).containsExactly(ADMIN);
  }
}
