package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GetServices, GetCapabilities, GetServiceCapabilities, device identity; XAddr rules. */
class CapabilitiesAndInfoTest extends DeviceTestSupport {

  @BeforeEach
  void startCamera() {
    start(Persona.generic("cam1"));
  }

  @Test
  void DEVICE_3_1_9_deviceInformationComesFromThePersona() {
    XmlElement r = ok(admin(tds("GetDeviceInformation")));
    assertThat(r.childText(TDS, "Manufacturer")).isEqualTo("jonvif");
    assertThat(r.childText(TDS, "Model")).isEqualTo("Virtual Camera");
    assertThat(r.childText(TDS, "SerialNumber")).isNotBlank();
    assertThat(r.childText(TDS, "HardwareId")).isEqualTo("JV100");
  }

  @Test
  void DEVICE_1_1_13_getServicesListsTheDeviceServiceWithAndWithoutCapabilities() {
    XmlElement without = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", false))));
    List<XmlElement> services = without.children(TDS, "Service");
    assertThat(services).extracting(s -> s.childText(TDS, "Namespace")).contains(TDS);
    assertThat(services).allSatisfy(s -> assertThat(s.childOrNull(TDS, "Capabilities")).isNull());

    XmlElement with = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", true))));
    XmlElement device = with.children(TDS, "Service").get(0);
    assertThat(device.path(TDS, "Capabilities", "Capabilities")).isNotNull();
  }

  @Test
  void DEVICE_1_1_19_getServicesAndGetServiceCapabilitiesAgree() {
    XmlElement with = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", true))));
    XmlElement fromServices = with.children(TDS, "Service").get(0).path(TDS, "Capabilities");
    XmlElement fromCaps = ok(anonymous(tds("GetServiceCapabilities")));
    XmlElement a = fromCaps.childOrNull(TDS, "Capabilities");
    XmlElement b = fromServices.childOrNull(TDS, "Capabilities");
    for (String part : List.of("Network", "Security", "System")) {
      assertThat(a.childOrNull(TDS, part).attributes())
          .isEqualTo(b.childOrNull(TDS, part).attributes());
    }
  }

  @Test
  void onlyRegisteredServicesAreAdvertised() {
    XmlElement r = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", false))));
    assertThat(r.children(TDS, "Service"))
        .extracting(s -> s.childText(TDS, "Namespace"))
        .containsExactly(TDS);
    XmlElement caps = ok(anonymous(tds("GetCapabilities", el(TDS, "Category", "All"))));
    assertThat(caps.childOrNull(TDS, "Capabilities").children())
        .extracting(XmlElement::localName)
        .containsExactly("Device");
  }

  @Test
  void DEVICE_1_1_3_deviceCategoryHasOnlyDevice() {
    XmlElement r = ok(anonymous(tds("GetCapabilities", el(TDS, "Category", "Device"))));
    XmlElement caps = r.childOrNull(TDS, "Capabilities");
    assertThat(caps.children()).extracting(XmlElement::localName).containsExactly("Device");
    assertThat(caps.path(TT, "Device", "XAddr").textTrim())
        .isEqualTo(base + "/onvif/device_service");
  }

  @Test
  void DEVICE_1_1_4_aCategoryWithoutServiceIsNoSuchService() {
    fault(
        anonymous(tds("GetCapabilities", el(TDS, "Category", "Media"))),
        500,
        "Receiver",
        "ActionNotSupported",
        "NoSuchService");
  }

  @Test
  void unknownCategoryIsInvalidArgVal() {
    fault(
        anonymous(tds("GetCapabilities", el(TDS, "Category", "Toaster"))),
        400,
        "Sender",
        "InvalidArgVal");
  }

  @Test
  void DEVICE_1_1_31_xaddrsFollowTheHostHeader() {
    byte[] body =
        SoapEnvelope.of(tds("GetServices", el(TDS, "IncludeCapability", false))).toBytes();
    // The JDK client does not let tests set Host; a raw request does.
    String xml = RawHttp.post(base, "/onvif/device_service", "camera.example:8081", body);
    assertThat(xml).contains("http://camera.example:8081/onvif/device_service");
    String wildcard = RawHttp.post(base, "/onvif/device_service", "0.0.0.0:1234", body);
    assertThat(wildcard).doesNotContain("0.0.0.0").contains(base + "/onvif/device_service");
  }

  @Test
  void wsdlUrlAndEndpointReference() {
    assertThat(ok(anonymous(tds("GetWsdlUrl"))).childText(TDS, "WsdlUrl")).startsWith("http");
    String guid = ok(anonymous(tds("GetEndpointReference"))).childText(TDS, "GUID");
    assertThat(guid).startsWith("urn:uuid:").isEqualTo(camera.endpointReference());
    assertThat(ok(anonymous(tds("GetEndpointReference"))).childText(TDS, "GUID")).isEqualTo(guid);
  }

  @Test
  void DEVICE_3_1_10_systemLogHasTheSystemAndNoAccessLog() {
    XmlElement r = ok(admin(tds("GetSystemLog", el(TDS, "LogType", "System"))));
    assertThat(r.path(TDS, "SystemLog").childText(TT, "String")).contains("started");
    fault(
        admin(tds("GetSystemLog", el(TDS, "LogType", "Access"))),
        400,
        "Sender",
        "InvalidArgs",
        "AccesslogUnavailable");
  }

  @Test
  void mediaServiceIsAdvertisedOnlyWhenRegisteredAndOffered() {
    server.stop();
    ServiceModule media = new StubMediaModule();
    start(
        Persona.generic("cam2"),
        DeviceServer.builder().register(media),
        java.time.Clock.systemUTC(),
        StateStorage.inMemory());
    XmlElement r = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", true))));
    assertThat(r.children(TDS, "Service"))
        .extracting(s -> s.childText(TDS, "XAddr"))
        .contains(base + "/onvif/media_service");
    XmlElement caps = ok(anonymous(tds("GetCapabilities", el(TDS, "Category", "Media"))));
    assertThat(caps.childOrNull(TDS, "Capabilities").childOrNull(TT, "Media")).isNotNull();
    SoapClient.Answer sc =
        post(
            "/onvif/media_service",
            SoapEnvelope.of(
                XmlElement.builder(dev.jonvif.core.Namespaces.TRT, "GetServiceCapabilities")
                    .build()));
    assertThat(ok(sc).localName()).isEqualTo("GetServiceCapabilitiesResponse");

    server.stop();
    Persona media2Only =
        new Persona(
            "cam3",
            "x",
            "y",
            "1",
            "s",
            "h",
            EnumSet.of(OnvifService.MEDIA2),
            Persona.generic("cam3").streams(),
            null,
            null,
            List.of());
    start(
        media2Only,
        DeviceServer.builder().register(new StubMediaModule()),
        java.time.Clock.systemUTC(),
        StateStorage.inMemory());
    XmlElement r2 = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", false))));
    assertThat(r2.children(TDS, "Service"))
        .extracting(s -> s.childText(TDS, "Namespace"))
        .containsExactly(TDS);
  }
}
