package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TMD;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.io.IoBoard;
import dev.jonvif.device.io.IoListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DeviceIO and the Device service's relay operations on a doorbell camera. */
class DeviceIoServiceTest extends HardwareTestSupport {

  private static final String RELAY = "RelayOutput_1";
  private static final String INPUT = "DigitalInput_1";

  private final List<String> heard = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startDoorbell() {
    startCamera(Persona.doorbell("door"));
    listen();
  }

  private void listen() {
    IoBoard.of(camera)
        .addListener(
            new IoListener() {
              @Override
              public void relayChanged(VirtualCamera c, String token, boolean active) {
                heard.add(token + "=" + active);
              }

              @Override
              public void digitalInputChanged(VirtualCamera c, String token, boolean active) {
                heard.add(token + "=" + active);
              }
            });
  }

  private static XmlElement properties(String ns, String mode, String delay, String idle) {
    return XmlElement.builder(ns, "Properties")
        .child(TT, "Mode", mode)
        .child(TT, "DelayTime", delay)
        .child(TT, "IdleState", idle)
        .build();
  }

  private XmlElement relay() {
    return okCall(OnvifService.DEVICEIO, req(TDS, "GetRelayOutputs"))
        .childOrNull(TDS, "RelayOutputs");
  }

  private void setState(String state) {
    okCall(
        OnvifService.DEVICEIO,
        req(TDS, "SetRelayOutputState", "RelayOutputToken", RELAY, "LogicalState", state));
  }

  @Test
  void DEVICEIO_1_1_2_and_DEVICEIO_3_1_2_capabilitiesCountTheConnectors() {
    XmlElement caps =
        okCall(OnvifService.DEVICEIO, req(TMD, "GetServiceCapabilities"))
            .childOrNull(TMD, "Capabilities");
    assertThat(caps.attribute("RelayOutputs")).isEqualTo("1");
    assertThat(caps.attribute("DigitalInputs")).isEqualTo("1");
    assertThat(caps.attribute("VideoSources")).isEqualTo("1");
    assertThat(
            okCall(OnvifService.DEVICEIO, req(TDS, "GetRelayOutputs"))
                .children(TDS, "RelayOutputs"))
        .hasSize(1);
    assertThat(
            okCall(OnvifService.DEVICEIO, req(TMD, "GetDigitalInputs"))
                .children(TMD, "DigitalInputs"))
        .hasSize(1);
    XmlElement legacy = ok(anonymous(tds("GetCapabilities")));
    XmlElement io = legacy.path(TDS, "Capabilities").path(TT, "Device", "IO");
    assertThat(io.childText(TT, "RelayOutputs")).isEqualTo("1");
    assertThat(io.childText(TT, "InputConnectors")).isEqualTo("1");
    XmlElement deviceIo = legacy.path(TDS, "Capabilities").path(TT, "Extension", "DeviceIO");
    assertThat(deviceIo.childText(TT, "XAddr")).isEqualTo(base + "/onvif/deviceio_service");
  }

  @Test
  void DEVICEIO_7_1_1_videoSourcesAreTheMediaSources() {
    assertThat(okCall(OnvifService.DEVICEIO, req(TMD, "GetVideoSources")).children(TMD, "Token"))
        .extracting(XmlElement::textTrim)
        .containsExactly("VideoSource_1");
  }

  @Test
  void DEVICEIO_1_1_3_and_DEVICEIO_1_1_4_optionsAndSettings() {
    XmlElement o =
        okCall(OnvifService.DEVICEIO, req(TMD, "GetRelayOutputOptions", "RelayOutputToken", RELAY))
            .childOrNull(TMD, "RelayOutputOptions");
    assertThat(o.attribute("token")).isEqualTo(RELAY);
    assertThat(o.children(TMD, "Mode"))
        .extracting(XmlElement::textTrim)
        .contains("Monostable", "Bistable");
    assertThat(o.childText(TMD, "DelayTimes")).isEqualTo("0.1 3600");

    XmlElement r =
        XmlElement.builder(TMD, "RelayOutput")
            .attribute("token", RELAY)
            .child(properties(TT, "Monostable", "PT2S", "closed"))
            .build();
    okCall(OnvifService.DEVICEIO, req(TMD, "SetRelayOutputSettings", "RelayOutput", r));
    XmlElement p = relay().childOrNull(TT, "Properties");
    assertThat(p.childText(TT, "Mode")).isEqualTo("Monostable");
    assertThat(p.childText(TT, "DelayTime")).isEqualTo("PT2S");
    assertThat(p.childText(TT, "IdleState")).isEqualTo("closed");

    // The Device service's form of the same operation.
    okCall(
        OnvifService.DEVICE,
        req(
            TDS,
            "SetRelayOutputSettings",
            "RelayOutputToken",
            RELAY,
            "Properties",
            properties(TDS, "Bistable", "PT1S", "open")));
    assertThat(
            okCall(OnvifService.DEVICE, req(TDS, "GetRelayOutputs"))
                .childOrNull(TDS, "RelayOutputs")
                .childOrNull(TT, "Properties")
                .childText(TT, "Mode"))
        .isEqualTo("Bistable");
  }

  @Test
  void DEVICEIO_1_1_5_unknownRelayTokenAndBadDelays() {
    XmlElement r =
        XmlElement.builder(TMD, "RelayOutput")
            .attribute("token", "nope")
            .child(properties(TT, "Bistable", "PT1S", "open"))
            .build();
    assertFault(
        call(OnvifService.DEVICEIO, req(TMD, "SetRelayOutputSettings", "RelayOutput", r)),
        400,
        "Sender",
        "InvalidArgVal",
        "RelayToken");
    assertFault(
        call(
            OnvifService.DEVICEIO,
            req(TDS, "SetRelayOutputState", "RelayOutputToken", "nope", "LogicalState", "active")),
        400,
        "Sender",
        "InvalidArgVal",
        "RelayToken");
    XmlElement longDelay =
        XmlElement.builder(TMD, "RelayOutput")
            .attribute("token", RELAY)
            .child(properties(TT, "Monostable", "PT2H", "open"))
            .build();
    assertFault(
        call(OnvifService.DEVICEIO, req(TMD, "SetRelayOutputSettings", "RelayOutput", longDelay)),
        400,
        "Sender",
        "InvalidArgVal",
        "ModeError");
  }

  @Test
  void DEVICEIO_1_2_1_bistableRelayStaysAndTellsTheListener() {
    setState("active");
    advance(Duration.ofHours(1));
    assertThat(IoBoard.of(camera).relayActive(RELAY)).isTrue();
    setState("inactive");
    assertThat(heard).containsExactly(RELAY + "=true", RELAY + "=false");
  }

  @Test
  void DEVICEIO_1_2_3_monostableRelayReturnsToInactiveAfterItsDelay() {
    okCall(
        OnvifService.DEVICE,
        req(
            TDS,
            "SetRelayOutputSettings",
            "RelayOutputToken",
            RELAY,
            "Properties",
            properties(TDS, "Monostable", "PT5S", "open")));
    setState("active");
    advance(Duration.ofSeconds(4));
    assertThat(IoBoard.of(camera).relayActive(RELAY)).isTrue();
    assertThat(heard).containsExactly(RELAY + "=true");
    advance(Duration.ofSeconds(2));
    // Reading the relay (here over the wire) notices the return and tells the listener.
    relay();
    assertThat(IoBoard.of(camera).relayActive(RELAY)).isFalse();
    assertThat(heard).containsExactly(RELAY + "=true", RELAY + "=false");
  }

  @Test
  void DEVICEIO_3_1_3_and_DEVICEIO_3_1_4_digitalInputOptionsAndConfiguration() {
    XmlElement o =
        okCall(
                OnvifService.DEVICEIO,
                req(TMD, "GetDigitalInputConfigurationOptions", "Token", INPUT))
            .childOrNull(TMD, "DigitalInputOptions");
    assertThat(o.children(TMD, "IdleState"))
        .extracting(XmlElement::textTrim)
        .containsExactly("closed", "open");
    okCall(
        OnvifService.DEVICEIO,
        req(
            TMD,
            "SetDigitalInputConfigurations",
            "DigitalInputs",
            XmlElement.builder(TMD, "DigitalInputs")
                .attribute("token", INPUT)
                .attribute("IdleState", "closed")
                .build()));
    XmlElement d =
        okCall(OnvifService.DEVICEIO, req(TMD, "GetDigitalInputs"))
            .childOrNull(TMD, "DigitalInputs");
    assertThat(d.attribute("token")).isEqualTo(INPUT);
    assertThat(d.attribute("IdleState")).isEqualTo("closed");
  }

  @Test
  void togglingADigitalInputTellsTheListenerOnceEachChange() {
    IoBoard board = IoBoard.of(camera);
    board.setDigitalInput(INPUT, true);
    board.setDigitalInput(INPUT, true);
    assertThat(board.digitalInputActive(INPUT)).isTrue();
    board.setDigitalInput(INPUT, false);
    assertThat(heard).containsExactly(INPUT + "=true", INPUT + "=false");
  }

  @Test
  void relaySettingsSurviveARestart(@TempDir Path dir) {
    server.stop();
    startCamera(Persona.doorbell("door"), StateStorage.inDirectory(dir));
    okCall(
        OnvifService.DEVICE,
        req(
            TDS,
            "SetRelayOutputSettings",
            "RelayOutputToken",
            RELAY,
            "Properties",
            properties(TDS, "Monostable", "PT3S", "closed")));
    restartCamera();
    XmlElement p = relay().childOrNull(TT, "Properties");
    assertThat(p.childText(TT, "Mode")).isEqualTo("Monostable");
    assertThat(p.childText(TT, "DelayTime")).isEqualTo("PT3S");
  }

  @Test
  void aCameraWithoutIoListsNoRelaysAndHasNoDeviceIoService() {
    server.stop();
    startCamera(Persona.generic("plain"));
    assertThat(okCall(OnvifService.DEVICE, req(TDS, "GetRelayOutputs")).children()).isEmpty();
    assertFault(
        call(OnvifService.DEVICEIO, req(TMD, "GetDigitalInputs")),
        500,
        "Receiver",
        "ActionNotSupported");
    XmlElement io =
        ok(anonymous(tds("GetCapabilities"))).path(TDS, "Capabilities").path(TT, "Device", "IO");
    assertThat(io.childText(TT, "RelayOutputs")).isEqualTo("0");
  }
}
