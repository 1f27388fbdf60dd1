package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presets, home and auxiliary commands; presets and home survive a restart. */
class PtzPresetTest extends PtzTestSupport {

  private void moveTo(float pan, float tilt, float zoom) {
    okPtz("AbsoluteMove", "ProfileToken", PROFILE, "Position", vector("Position", pan, tilt, zoom));
    advance(Duration.ofSeconds(5));
  }

  private String setPreset(String name) {
    return okPtz("SetPreset", "ProfileToken", PROFILE, "PresetName", name)
        .childText(TPTZ, "PresetToken");
  }

  private List<XmlElement> presets() {
    return okPtz("GetPresets", "ProfileToken", PROFILE).children(TPTZ, "Preset");
  }

  @Test
  void PTZ_4_1_4_setAndGetPreset() {
    moveTo(0.3f, -0.4f, 0.2f);
    String token = setPreset("Test");
    List<XmlElement> list = presets();
    assertThat(list).hasSize(1);
    XmlElement p = list.get(0);
    assertThat(p.attribute("token")).isEqualTo(token);
    assertThat(p.childText(TT, "Name")).isEqualTo("Test");
    XmlElement pos = p.childOrNull(TT, "PTZPosition");
    assertThat(Float.parseFloat(pos.childOrNull(TT, "PanTilt").attribute("x"))).isEqualTo(0.3f);
    assertThat(Float.parseFloat(pos.childOrNull(TT, "Zoom").attribute("x"))).isEqualTo(0.2f);
  }

  @Test
  void PTZ_4_1_5_gotoPresetMovesThere() {
    moveTo(-0.6f, 0.2f, 0.9f);
    String token = setPreset("Gate");
    moveTo(0f, 0f, 0f);
    okPtz("GotoPreset", "ProfileToken", PROFILE, "PresetToken", token);
    assertThat(panTiltStatus()).isEqualTo("MOVING");
    advance(Duration.ofSeconds(5));
    assertAt(position(), -0.6f, 0.2f, 0.9f);
  }

  @Test
  void PTZ_4_1_6_removePreset() {
    String token = setPreset("Test");
    okPtz("RemovePreset", "ProfileToken", PROFILE, "PresetToken", token);
    assertThat(presets()).isEmpty();
    assertFault(
        callPtz("RemovePreset", "ProfileToken", PROFILE, "PresetToken", token),
        400,
        "Sender",
        "InvalidArgVal",
        "NoToken");
    assertFault(
        callPtz("GotoPreset", "ProfileToken", PROFILE, "PresetToken", token),
        400,
        "Sender",
        "InvalidArgVal",
        "NoToken");
  }

  @Test
  void aPresetTokenUpdatesThatPresetAndNamesAreUnique() {
    String a = setPreset("A");
    setPreset("B");
    assertFault(
        callPtz("SetPreset", "ProfileToken", PROFILE, "PresetName", "B"),
        400,
        "Sender",
        "InvalidArgVal",
        "PresetExist");
    moveTo(0.5f, 0.5f, 0.5f);
    assertThat(
            okPtz("SetPreset", "ProfileToken", PROFILE, "PresetToken", a)
                .childText(TPTZ, "PresetToken"))
        .isEqualTo(a);
    XmlElement updated = presets().get(0);
    assertThat(updated.childText(TT, "Name")).isEqualTo("A");
    assertThat(
            Float.parseFloat(
                updated.childOrNull(TT, "PTZPosition").childOrNull(TT, "PanTilt").attribute("x")))
        .isEqualTo(0.5f);
    assertFault(
        callPtz("SetPreset", "ProfileToken", PROFILE, "PresetToken", "Preset_99"),
        400,
        "Sender",
        "InvalidArgVal",
        "NoToken");
  }

  @Test
  void theNodeStoresAtMostItsMaximumNumberOfPresets() {
    for (int i = 0; i < 32; i++) {
      setPreset("P" + i);
    }
    assertFault(
        callPtz("SetPreset", "ProfileToken", PROFILE, "PresetName", "one too many"),
        500,
        "Receiver",
        "Action",
        "TooManyPresets");
    assertThat(presets()).hasSize(32);
  }

  @Test
  void PTZ_5_1_1_setAndGotoHome() {
    moveTo(0.7f, -0.1f, 0.3f);
    okPtz("SetHomePosition", "ProfileToken", PROFILE);
    moveTo(-0.7f, 0.1f, 0f);
    okPtz("GotoHomePosition", "ProfileToken", PROFILE, "Speed", vector("Speed", 1f, 1f, 1f));
    advance(Duration.ofSeconds(5));
    assertAt(position(), 0.7f, -0.1f, 0.3f);
  }

  @Test
  void PTZ_6_1_1_auxiliaryCommandsFromTheNodeAreAccepted() {
    XmlElement r =
        okPtz("SendAuxiliaryCommand", "ProfileToken", PROFILE, "AuxiliaryData", "tt:IRLamp|On");
    assertThat(r.childText(TPTZ, "AuxiliaryResponse")).isEqualTo("tt:IRLamp|On");
    okPtz("SendAuxiliaryCommand", "ProfileToken", PROFILE, "AuxiliaryData", "tt:Wiper|On");
    assertFault(
        callPtz("SendAuxiliaryCommand", "ProfileToken", PROFILE, "AuxiliaryData", "tt:Laser|On"),
        400,
        "Sender",
        "InvalidArgVal");
  }

  @Test
  void presetsHomeAndSettingsSurviveARestartAndTheDomeStartsAtHome(@TempDir Path dir) {
    server.stop();
    startCamera(Persona.ptzDome("dome"), StateStorage.inDirectory(dir));
    moveTo(0.25f, 0.5f, 0.75f);
    String token = setPreset("Door");
    okPtz("SetHomePosition", "ProfileToken", PROFILE);
    moveTo(-0.5f, -0.5f, 0f);

    restartCamera();
    assertAt(position(), 0.25f, 0.5f, 0.75f);
    List<XmlElement> list = presets();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).attribute("token")).isEqualTo(token);
    assertThat(list.get(0).childText(TT, "Name")).isEqualTo("Door");
    moveTo(0f, 0f, 0f);
    okPtz("GotoPreset", "ProfileToken", PROFILE, "PresetToken", token);
    advance(Duration.ofSeconds(5));
    assertAt(position(), 0.25f, 0.5f, 0.75f);
  }
}
