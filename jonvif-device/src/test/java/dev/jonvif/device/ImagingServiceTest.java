package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TIMG;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Imaging service over loopback: settings, options, faults, focus moves. */
class ImagingServiceTest extends HardwareTestSupport {

  private static final String SOURCE = "VideoSource_1";

  @BeforeEach
  void startFixedCamera() {
    startCamera(Persona.generic("cam"));
  }

  private XmlElement settings() {
    return okCall(OnvifService.IMAGING, req(TIMG, "GetImagingSettings", "VideoSourceToken", SOURCE))
        .childOrNull(TIMG, "ImagingSettings");
  }

  private SoapClient.Answer set(XmlElement... children) {
    XmlElement s =
        XmlElement.builder(TIMG, "ImagingSettings").children(java.util.List.of(children)).build();
    return call(
        OnvifService.IMAGING,
        req(TIMG, "SetImagingSettings", "VideoSourceToken", SOURCE, "ImagingSettings", s));
  }

  private static XmlElement tt(String name, Object value) {
    return XmlElement.of(TT, name, String.valueOf(value));
  }

  private XmlElement options() {
    return okCall(OnvifService.IMAGING, req(TIMG, "GetOptions", "VideoSourceToken", SOURCE))
        .childOrNull(TIMG, "ImagingOptions");
  }

  @Test
  void IMAGING_1_1_1_and_IMAGING_1_1_16_settingsLieWithinTheOptions() {
    XmlElement s = settings();
    XmlElement o = options();
    for (String name : new String[] {"Brightness", "ColorSaturation", "Contrast", "Sharpness"}) {
      float v = Float.parseFloat(s.childText(TT, name));
      XmlElement range = o.childOrNull(TT, name);
      assertThat(v)
          .as(name)
          .isBetween(
              Float.parseFloat(range.childText(TT, "Min")),
              Float.parseFloat(range.childText(TT, "Max")));
    }
    assertThat(s.childText(TT, "IrCutFilter")).isEqualTo("AUTO");
    assertThat(o.children(TT, "IrCutFilterModes"))
        .extracting(XmlElement::textTrim)
        .containsExactly("ON", "OFF", "AUTO");
    assertThat(s.childOrNull(TT, "Focus").childText(TT, "AutoFocusMode")).isEqualTo("AUTO");
    assertThat(o.childOrNull(TT, "Focus").children(TT, "AutoFocusModes"))
        .extracting(XmlElement::textTrim)
        .contains("AUTO");
    assertThat(o.childOrNull(TT, "BacklightCompensation").children(TT, "Mode")).hasSize(2);
  }

  @Test
  void IMAGING_1_1_14_setImagingSettingsChangesOnlyWhatItNames() {
    ok(
        set(
            tt("Brightness", 80),
            tt("IrCutFilter", "OFF"),
            XmlElement.builder(TT, "BacklightCompensation")
                .child(TT, "Mode", "ON")
                .child(TT, "Level", 30)
                .build(),
            XmlElement.builder(TT, "Exposure")
                .child(TT, "Mode", "MANUAL")
                .child(TT, "ExposureTime", 20000)
                .child(TT, "Gain", 12)
                .build(),
            XmlElement.builder(TT, "WhiteBalance").child(TT, "Mode", "MANUAL").build()));
    XmlElement s = settings();
    assertThat(s.childText(TT, "Brightness")).isEqualTo("80.0");
    assertThat(s.childText(TT, "Contrast")).isEqualTo("50.0");
    assertThat(s.childText(TT, "IrCutFilter")).isEqualTo("OFF");
    assertThat(s.childOrNull(TT, "BacklightCompensation").childText(TT, "Mode")).isEqualTo("ON");
    XmlElement e = s.childOrNull(TT, "Exposure");
    assertThat(e.childText(TT, "Mode")).isEqualTo("MANUAL");
    assertThat(e.childText(TT, "ExposureTime")).isEqualTo("20000.0");
    assertThat(e.childText(TT, "MaxGain")).isEqualTo("36.0");
    assertThat(s.childOrNull(TT, "WhiteBalance").childText(TT, "Mode")).isEqualTo("MANUAL");
  }

  @Test
  void IMAGING_1_1_8_invalidSettingsAreRefusedAndChangeNothing() {
    XmlElement before = settings();
    assertFault(
        set(tt("Brightness", 60), tt("Contrast", 150)),
        400,
        "Sender",
        "InvalidArgVal",
        "SettingsInvalid");
    assertFault(
        set(tt("IrCutFilter", "SOMETIMES")), 400, "Sender", "InvalidArgVal", "SettingsInvalid");
    assertFault(
        set(
            XmlElement.builder(TT, "Exposure")
                .child(TT, "Mode", "AUTO")
                .child(TT, "MinExposureTime", 30000)
                .child(TT, "MaxExposureTime", 100)
                .build()),
        400,
        "Sender",
        "InvalidArgVal",
        "SettingsInvalid");
    assertThat(settings().toString()).isEqualTo(before.toString());
  }

  @Test
  void IMAGING_1_1_10_11_12_unknownVideoSourceIsNoSource() {
    for (String op :
        new String[] {"GetImagingSettings", "GetOptions", "GetMoveOptions", "GetStatus", "Stop"}) {
      assertFault(
          call(OnvifService.IMAGING, req(TIMG, op, "VideoSourceToken", "nope")),
          400,
          "Sender",
          "InvalidArgVal",
          "NoSource");
    }
    SoapClient.Answer a =
        call(
            OnvifService.IMAGING,
            req(
                TIMG,
                "SetImagingSettings",
                "VideoSourceToken",
                "nope",
                "ImagingSettings",
                XmlElement.builder(TIMG, "ImagingSettings").child(TT, "Brightness", 10).build()));
    assertFault(a, 400, "Sender", "InvalidArgVal", "NoSource");
  }

  @Test
  void IMAGING_2_1_3_5_7_focusMovesOverTimeAndStops() {
    XmlElement mo =
        okCall(OnvifService.IMAGING, req(TIMG, "GetMoveOptions", "VideoSourceToken", SOURCE))
            .childOrNull(TIMG, "MoveOptions");
    assertThat(mo.childOrNull(TT, "Absolute").childOrNull(TT, "Position").childText(TT, "Max"))
        .isEqualTo("1.0");

    move(XmlElement.builder(TT, "Absolute").child(TT, "Position", 1).child(TT, "Speed", 1).build());
    assertThat(focusStatus().childText(TT, "MoveStatus")).isEqualTo("MOVING");
    advance(Duration.ofSeconds(2));
    assertThat(focusStatus().childText(TT, "MoveStatus")).isEqualTo("IDLE");
    assertThat(focusStatus().childText(TT, "Position")).isEqualTo("1.0");

    move(XmlElement.builder(TT, "Relative").child(TT, "Distance", -0.5).build());
    advance(Duration.ofSeconds(5));
    assertThat(focusStatus().childText(TT, "Position")).isEqualTo("0.5");

    move(XmlElement.builder(TT, "Continuous").child(TT, "Speed", -0.5).build());
    advance(Duration.ofMillis(400));
    okCall(OnvifService.IMAGING, req(TIMG, "Stop", "VideoSourceToken", SOURCE));
    assertThat(focusStatus().childText(TT, "MoveStatus")).isEqualTo("IDLE");
    assertThat(Float.parseFloat(focusStatus().childText(TT, "Position")))
        .isCloseTo(0.4f, org.assertj.core.data.Offset.offset(0.001f));
  }

  @Test
  void IMAGING_2_1_4_6_8_focusMovesOutsideTheOptionsAreRefused() {
    for (XmlElement m :
        new XmlElement[] {
          XmlElement.builder(TT, "Absolute").child(TT, "Position", 2).build(),
          XmlElement.builder(TT, "Relative").child(TT, "Distance", -3).build(),
          XmlElement.builder(TT, "Continuous").child(TT, "Speed", 5).build()
        }) {
      assertFault(
          call(
              OnvifService.IMAGING,
              req(
                  TIMG,
                  "Move",
                  "VideoSourceToken",
                  SOURCE,
                  "Focus",
                  XmlElement.builder(TIMG, "Focus").child(m).build())),
          400,
          "Sender",
          "InvalidArgVal",
          "SettingsInvalid");
    }
  }

  @Test
  void IMAGING_3_1_2_serviceCapabilitiesAreInGetServicesAndGetCapabilities() {
    XmlElement caps =
        okCall(OnvifService.IMAGING, req(TIMG, "GetServiceCapabilities"))
            .childOrNull(TIMG, "Capabilities");
    XmlElement services = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", true))));
    XmlElement imaging =
        services.children(TDS, "Service").stream()
            .filter(s -> s.childText(TDS, "Namespace").equals(TIMG))
            .findFirst()
            .orElseThrow();
    assertThat(imaging.childOrNull(TDS, "Capabilities").firstChild().attributes())
        .isEqualTo(caps.attributes());
    XmlElement legacy =
        ok(anonymous(tds("GetCapabilities", el(TDS, "Category", "Imaging"))))
            .path(TDS, "Capabilities")
            .childOrNull(TT, "Imaging");
    assertThat(legacy.childText(TT, "XAddr")).isEqualTo(base + "/onvif/imaging_service");
  }

  @Test
  void settingsSurviveARestart(@TempDir Path dir) {
    server.stop();
    startCamera(Persona.generic("cam"), StateStorage.inDirectory(dir));
    ok(set(tt("Sharpness", 70), tt("IrCutFilter", "ON")));
    restartCamera();
    assertThat(settings().childText(TT, "Sharpness")).isEqualTo("70.0");
    assertThat(settings().childText(TT, "IrCutFilter")).isEqualTo("ON");
  }

  private void move(XmlElement m) {
    okCall(
        OnvifService.IMAGING,
        req(
            TIMG,
            "Move",
            "VideoSourceToken",
            SOURCE,
            "Focus",
            XmlElement.builder(TIMG, "Focus").child(m).build()));
  }

  private XmlElement focusStatus() {
    return okCall(OnvifService.IMAGING, req(TIMG, "GetStatus", "VideoSourceToken", SOURCE))
        .childOrNull(TIMG, "Status")
        .childOrNull(TT, "FocusStatus20");
  }
}
