package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.Resolution;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.RecordedRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The connect sequence and what follows from it: services, Media2/Media1, NAT. */
class ConnectScenariosTest {

  private final SimulatedCamera sim = new SimulatedCamera();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void connectReadsClockThenServices_CAPABILITIES_1() {
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      assertThat(cam.endpoints()).containsKeys(Namespaces.TDS, Namespaces.TRT, Namespaces.TR2);
      assertThat(cam.services()).extracting(s -> s.version().toString()).contains("17.6");
      assertThat(cam.natDetected()).isFalse();
      assertThat(cam.capabilitiesFallback()).isEmpty();
    }
    List<RecordedRequest> rs = Requests.drainValid(sim.fake);
    assertThat(Requests.operations(rs)).containsExactly("GetSystemDateAndTime", "GetServices");
    assertThat(rs.get(1).envelope().bodyElement().childTextLenient("IncludeCapability"))
        .isEqualTo("true");
  }

  @Test
  void unreadableCameraDateLeavesTheOffsetUnknownAndConnectWorks() {
    // Seen in the field: month 13, minute 60 (home-assistant/core#124086, #97050).
    sim.overrides.put(
        "GetSystemDateAndTime",
        r ->
            dev.jonvif.testkit.FakeResponse.ok(
                "<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>Manual"
                    + "</tt:DateTimeType><tt:DaylightSavings>false</tt:DaylightSavings>"
                    + "<tt:UTCDateTime><tt:Time><tt:Hour>10</tt:Hour><tt:Minute>60</tt:Minute>"
                    + "<tt:Second>0</tt:Second></tt:Time><tt:Date><tt:Year>2024</tt:Year><tt:Month>13"
                    + "</tt:Month><tt:Day>1</tt:Day></tt:Date></tt:UTCDateTime>"
                    + "</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>"));
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      assertThat(cam.clockOffset()).isEmpty();
      assertThat(cam.cameraTime()).isPresent();
      assertThat(cam.device().deviceInformation().model()).isEqualTo("SIM-1");
    }
  }

  @Test
  void getServicesFaultFallsBackToGetCapabilities_CAPABILITIES_2() {
    sim.getServicesFails = true;
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      assertThat(cam.capabilitiesFallback()).isPresent();
      assertThat(cam.endpoint(Namespaces.TRT)).isPresent();
      assertThat(cam.media().profiles()).hasSize(2);
      assertThat(cam.media().version()).isEqualTo(1);
    }
    assertThat(Requests.operations(Requests.drainValid(sim.fake)))
        .containsExactly(
            "GetSystemDateAndTime", "GetServices", "GetServices", "GetCapabilities", "GetProfiles");
  }

  @Test
  void media2IsPreferredWhenItWorks_MEDIA2_GETPROFILES_1() {
    try (OnvifCamera cam = sim.client().build()) {
      List<MediaProfile> profiles = cam.media().profiles();
      assertThat(cam.media().version()).isEqualTo(2);
      assertThat(profiles.get(1).videoEncoder().encoding()).isEqualTo("H265");
      assertThat(cam.media().streamUri("main", StreamTransport.TCP).uri())
          .isEqualTo("rtsp://127.0.0.1:554/main");
    }
    List<RecordedRequest> rs = Requests.drainValid(sim.fake);
    RecordedRequest getStreamUri = rs.get(rs.size() - 1);
    assertThat(getStreamUri.envelope().bodyElement().namespace()).isEqualTo(Namespaces.TR2);
    assertThat(getStreamUri.envelope().bodyElement().childTextLenient("Protocol"))
        .isEqualTo("RTSP");
  }

  @Test
  void media2AdvertisedButFailingFallsBackToMedia1() {
    sim.media2Broken = true;
    try (OnvifCamera cam = sim.client().build()) {
      List<MediaProfile> profiles = cam.media().profiles();
      assertThat(profiles).extracting(MediaProfile::token).containsExactly("main", "sub");
      assertThat(profiles.get(0).videoEncoder().resolution()).isEqualTo(new Resolution(1920, 1080));
      assertThat(cam.media().version()).isEqualTo(1);
      cam.media().streamUri("main", StreamTransport.UDP);
    }
    List<RecordedRequest> rs = Requests.drainValid(sim.fake);
    // Media2 was tried once; afterwards only Media1.
    assertThat(rs.stream().filter(r -> r.path().contains("media2")).count()).isEqualTo(1);
    RecordedRequest last = rs.get(rs.size() - 1);
    assertThat(last.envelope().bodyElement().namespace()).isEqualTo(Namespaces.TRT);
    assertThat(
            last.envelope()
                .bodyElement()
                .pathLenient("StreamSetup", "Transport", "Protocol")
                .textTrim())
        .isEqualTo("UDP");
  }

  @Test
  void natRewritesServiceStreamAndSnapshotAddresses() {
    sim.advertisedAuthority = "192.168.1.64:80";
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      assertThat(cam.natDetected()).isTrue();
      URI media = cam.endpoint(Namespaces.TRT).orElseThrow();
      assertThat(media)
          .isEqualTo(URI.create("http://127.0.0.1:" + sim.fake.port() + "/onvif/media_service"));
      assertThat(cam.media().streamUri("main", StreamTransport.UDP).uri())
          .isEqualTo("rtsp://127.0.0.1:554/main");
      assertThat(cam.media().snapshotUri("sub").uri())
          .isEqualTo("http://127.0.0.1:" + sim.fake.port() + "/snapshot.jpg?profile=sub");
      assertThat(cam.snapshot("main").jpeg()).isEqualTo(SimulatedCamera.JPEG);
      assertThat(cam.rewrite("http://192.168.1.64/onvif/subscription?id=7"))
          .isEqualTo("http://127.0.0.1:" + sim.fake.port() + "/onvif/subscription?id=7");
      assertThat(cam.rewrite("rtsp://10.9.9.9/other")).isEqualTo("rtsp://10.9.9.9/other");
    }
  }

  @Test
  void natRewriteCanBeTurnedOff() {
    sim.advertisedAuthority = "192.168.1.64:80";
    try (OnvifCamera cam = sim.client().addressRewrite(AddressRewritePolicy.NEVER).build()) {
      assertThat(cam.endpoint(Namespaces.TRT))
          .hasValue(URI.create("http://192.168.1.64:80/onvif/media_service"));
    }
  }

  @Test
  void rawCallReachesAnyOperation() {
    try (OnvifCamera cam = sim.client().build()) {
      XmlElement answer =
          cam.call("device", XmlElement.builder(Namespaces.TDS, "GetDeviceInformation").build());
      assertThat(answer.localName()).isEqualTo("GetDeviceInformationResponse");
      assertThat(answer.childTextLenient("Model")).isEqualTo("SIM-1");
      assertThatThrownBy(
              () -> cam.call("ptz", XmlElement.builder(Namespaces.TPTZ, "GetNodes").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no ptz service");
    }
  }

  @Test
  void hostAndPortAloneReachTheFixedEntryPoint() {
    try (OnvifCamera cam =
        OnvifCamera.builder("127.0.0.1:" + sim.fake.port())
            .credentials(SimulatedCamera.USER, SimulatedCamera.PASSWORD)
            .build()) {
      assertThat(cam.deviceUri()).isEqualTo(sim.deviceUri());
      cam.connect();
    }
  }

  @Test
  void credentialsMayComeFromTheUrl() {
    sim.requireUsernameToken = true;
    String url =
        "http://admin:"
            + java.net.URLEncoder.encode(
                SimulatedCamera.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
            + "@127.0.0.1:"
            + sim.fake.port()
            + "/onvif/device_service";
    try (OnvifCamera cam = OnvifCamera.builder(url).clock(sim.local).build()) {
      assertThat(cam.deviceUri().getUserInfo()).isNull();
      assertThat(cam.device().deviceInformation().model()).isEqualTo("SIM-1");
    }
  }

  @Test
  void syncClockSetsTheCameraToOurTime() {
    try (OnvifCamera cam = sim.client().build()) {
      cam.connect();
      cam.syncClock();
    }
    RecordedRequest set =
        Requests.drainValid(sim.fake).stream()
            .filter(r -> "SetSystemDateAndTime".equals(r.operation()))
            .findFirst()
            .orElseThrow();
    XmlElement body = set.envelope().bodyElement();
    assertThat(body.childTextLenient("DateTimeType")).isEqualTo("Manual");
    assertThat(body.pathLenient("UTCDateTime", "Date", "Year").textTrim()).isEqualTo("2026");
  }
}
