package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TEV;
import static dev.jonvif.core.Namespaces.TIMG;
import static dev.jonvif.core.Namespaces.TMD;
import static dev.jonvif.core.Namespaces.TPTZ;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.events.EventsModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The last DEVICEIO, IMAGING and PTZ rows of the walk: relay and input trigger events, imaging
 * events and capabilities, the focus mode round trip, PTZ configurations and the home flag.
 */
class IoImagingPtzConformanceTest extends DeviceTestSupport {

  private final EventsModule events = new EventsModule();

  @BeforeEach
  void startCamera() {
    start(
        FullCamera.persona("iip1"),
        FullCamera.builder(events),
        java.time.Clock.systemUTC(),
        StateStorage.inMemory());
  }

  private XmlElement call(OnvifService service, XmlElement body) {
    return ok(post(service.path(), SoapEnvelope.of(body).withHeader(token(ADMIN, ADMIN_PASSWORD))));
  }

  private static XmlElement request(String ns, String op, String... namesAndValues) {
    XmlElement.Builder b = XmlElement.builder(ns, op);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.child(ns, namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  /** The wstop topic element at {@code path} (slash-separated local names) in the TopicSet. */
  private XmlElement topic(String path) {
    XmlElement node =
        call(OnvifService.EVENTS, XmlElement.of(TEV, "GetEventProperties", ""))
            .childOrNull(Namespaces.WSTOP, "TopicSet");
    for (String part : path.split("/")) {
      node =
          node == null
              ? null
              : node.children().stream()
                  .filter(c -> c.localName().equals(part))
                  .findFirst()
                  .orElse(null);
    }
    return node;
  }

  private static List<String> simpleItemNames(XmlElement description, String group) {
    return description.path(TT, group).children(TT, "SimpleItemDescription").stream()
        .map(d -> d.attribute("Name"))
        .toList();
  }

  @Test
  void DEVICEIO_2_1_1_and_2_digitalInputAndRelayTriggerTopicsAreDescribedProperties() {
    for (String[] t :
        new String[][] {
          {"Device/Trigger/DigitalInput", "InputToken"}, {"Device/Trigger/Relay", "RelayToken"}
        }) {
      XmlElement topic = topic(t[0]);
      assertThat(topic).as(t[0]).isNotNull();
      XmlElement description = topic.childOrNull(TT, "MessageDescription");
      assertThat(description.attribute("IsProperty")).isEqualTo("true");
      assertThat(simpleItemNames(description, "Source")).contains(t[1]);
      assertThat(simpleItemNames(description, "Data")).contains("LogicalState");
    }
    PullPointProbe probe = new PullPointProbe(this, "tns1:Device/Trigger/DigitalInput");
    assertThat(probe.pull(1))
        .anySatisfy(m -> assertThat(m.attribute("PropertyOperation")).isEqualTo("Initialized"));
    events.simulate(camera, "digital-input", Map.of("state", "true"));
    assertThat(probe.pull(1))
        .anySatisfy(
            m -> {
              assertThat(m.attribute("PropertyOperation")).isEqualTo("Changed");
              assertThat(PullPointProbe.item(m, "Data", "LogicalState")).isEqualTo("true");
            });
    probe.unsubscribe();
  }

  private void relaySettings(String token, String mode, String delay) {
    call(
        OnvifService.DEVICEIO,
        XmlElement.builder(TMD, "SetRelayOutputSettings")
            .child(
                XmlElement.builder(TMD, "RelayOutput")
                    .attribute("token", token)
                    .child(
                        XmlElement.builder(TT, "Properties")
                            .child(TT, "Mode", mode)
                            .child(TT, "DelayTime", delay)
                            .child(TT, "IdleState", "closed")
                            .build())
                    .build())
            .build());
  }

  private void relayState(String token, String state) {
    call(
        OnvifService.DEVICEIO,
        request(TDS, "SetRelayOutputState", "RelayOutputToken", token, "LogicalState", state));
  }

  private static void assertRelayEvent(List<XmlElement> got, String token, String state) {
    assertThat(got)
        .anySatisfy(
            m -> {
              assertThat(PullPointProbe.item(m, "Source", "RelayToken")).isEqualTo(token);
              assertThat(PullPointProbe.item(m, "Data", "LogicalState")).isEqualTo(state);
              assertThat(m.attribute("PropertyOperation")).isEqualTo("Changed");
            });
  }

  @Test
  void DEVICEIO_1_2_2_and_4_closedIdleRelaysReportEveryStateChange() throws Exception {
    String token =
        call(OnvifService.DEVICEIO, request(TDS, "GetRelayOutputs"))
            .children(TDS, "RelayOutputs")
            .get(0)
            .attribute("token");
    PullPointProbe probe = new PullPointProbe(this, "tns1:Device/Trigger/Relay");
    probe.pull(2);
    relaySettings(token, "Bistable", "PT1S");
    relayState(token, "active");
    assertRelayEvent(probe.pull(1), token, "active");
    relayState(token, "inactive");
    assertRelayEvent(probe.pull(1), token, "inactive");
    relaySettings(token, "Monostable", "PT1S");
    relayState(token, "active");
    assertRelayEvent(probe.pull(1), token, "active");
    Thread.sleep(1_500);
    // Reading the relay notices that its pulse ended; the camera then says so.
    call(OnvifService.DEVICEIO, request(TDS, "GetRelayOutputs"));
    assertRelayEvent(probe.pull(1), token, "inactive");
    probe.unsubscribe();
  }

  @Test
  void IMAGING_4_1_1_to_5_imagingEventsArriveUnderTheirStandardTopics() {
    Map<String, String> kinds =
        Map.of(
            "VideoSource/ImageTooBlurry/ImagingService", "blurry",
            "VideoSource/ImageTooDark/ImagingService", "dark",
            "VideoSource/ImageTooBright/ImagingService", "bright",
            "VideoSource/GlobalSceneChange/ImagingService", "scene-change",
            "VideoSource/MotionAlarm", "motion");
    for (Map.Entry<String, String> k : kinds.entrySet()) {
      assertThat(topic(k.getKey())).as(k.getKey()).isNotNull();
      PullPointProbe probe = new PullPointProbe(this, "tns1:" + k.getKey());
      assertThat(probe.pull(1))
          .extracting(m -> m.attribute("PropertyOperation"))
          .containsExactly("Initialized");
      events.simulate(camera, k.getValue(), Map.of("state", "true"));
      assertThat(probe.pull(1))
          .extracting(m -> m.attribute("PropertyOperation"))
          .containsExactly("Changed");
      probe.unsubscribe();
    }
  }

  @Test
  void IMAGING_3_1_1_serviceCapabilities() {
    XmlElement caps =
        call(OnvifService.IMAGING, request(TIMG, "GetServiceCapabilities"))
            .childOrNull(TIMG, "Capabilities");
    assertThat(caps).isNotNull();
  }

  @Test
  void IMAGING_1_1_15_irCutAndAutoFocusAreSetAndReadBack() {
    String source = "VideoSource_1";
    XmlElement options =
        call(OnvifService.IMAGING, request(TIMG, "GetOptions", "VideoSourceToken", source))
            .childOrNull(TIMG, "ImagingOptions");
    assertThat(options.children(TT, "IrCutFilterModes"))
        .extracting(XmlElement::textTrim)
        .contains("OFF");
    assertThat(options.path(TT, "Focus").children(TT, "AutoFocusModes"))
        .extracting(XmlElement::textTrim)
        .contains("AUTO");
    call(
        OnvifService.IMAGING,
        XmlElement.builder(TIMG, "SetImagingSettings")
            .child(TIMG, "VideoSourceToken", source)
            .child(
                XmlElement.builder(TIMG, "ImagingSettings")
                    .child(TT, "IrCutFilter", "OFF")
                    .child(
                        XmlElement.builder(TT, "Focus").child(TT, "AutoFocusMode", "AUTO").build())
                    .build())
            .build());
    XmlElement settings =
        call(OnvifService.IMAGING, request(TIMG, "GetImagingSettings", "VideoSourceToken", source))
            .childOrNull(TIMG, "ImagingSettings");
    assertThat(settings.childText(TT, "IrCutFilter")).isEqualTo("OFF");
    assertThat(settings.path(TT, "Focus", "AutoFocusMode").textTrim()).isEqualTo("AUTO");
  }

  @Test
  void PTZ_2_1_1_thereIsAtLeastOnePtzConfiguration() {
    assertThat(
            call(OnvifService.PTZ, request(TPTZ, "GetConfigurations"))
                .children(TPTZ, "PTZConfiguration"))
        .isNotEmpty();
  }

  @Test
  void PTZ_5_1_3_aConfigurableHomeSaysSoAndCanBeSet() {
    XmlElement node =
        call(OnvifService.PTZ, request(TPTZ, "GetNodes")).children(TPTZ, "PTZNode").get(0);
    assertThat(node.attribute("FixedHomePosition")).isEqualTo("false");
    String profile =
        call(OnvifService.MEDIA, XmlElement.builder(Namespaces.TRT, "GetProfiles").build())
            .children(Namespaces.TRT, "Profiles")
            .stream()
            .filter(p -> p.childOrNull(TT, "PTZConfiguration") != null)
            .findFirst()
            .orElseThrow()
            .attribute("token");
    call(OnvifService.PTZ, request(TPTZ, "SetHomePosition", "ProfileToken", profile));
  }
}
