package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.io.IoBoard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Device-management conformance cases (DEVICE-1-1-x capabilities and services, relays through the
 * device service) on a camera with every service module registered, as {@code jonvif simulate} runs
 * it.
 */
class DeviceConformanceTest extends DeviceTestSupport {

  private static final List<String> EVERY_SERVICE =
      List.of(
          Namespaces.TRT,
          Namespaces.TR2,
          Namespaces.TPTZ,
          Namespaces.TIMG,
          Namespaces.TEV,
          Namespaces.TMD);

  @BeforeEach
  void startCamera() {
    start(
        FullCamera.persona("full1"),
        FullCamera.builder(),
        java.time.Clock.systemUTC(),
        StateStorage.inMemory());
  }

  private XmlElement capabilities(String category) {
    return ok(admin(tds("GetCapabilities", el(TDS, "Category", category))))
        .childOrNull(TDS, "Capabilities");
  }

  @Test
  void DEVICE_1_1_2_allCapabilitiesListEveryServiceTheCameraRuns() {
    XmlElement caps = capabilities("All");
    assertThat(caps.children())
        .extracting(XmlElement::localName)
        .contains("Device", "Events", "Imaging", "Media", "PTZ")
        .doesNotContain("Analytics");
    assertThat(caps.path(TT, "Device", "IO", "RelayOutputs").textTrim()).isEqualTo("2");
  }

  @Test
  void DEVICE_1_1_5_6_and_10_aCategoryAnswersWithThatCategoryOnly() {
    for (String category : List.of("Events", "PTZ", "Imaging", "Media")) {
      XmlElement caps = capabilities(category);
      assertThat(caps.children()).extracting(XmlElement::localName).containsExactly(category);
      String xaddr = caps.children().get(0).childText(TT, "XAddr");
      assertThat(xaddr).startsWith(base + "/onvif/");
      assertThat(java.net.URI.create(xaddr).isAbsolute()).isTrue();
    }
  }

  @Test
  void DEVICE_1_1_14_to_17_getServicesListsEachServiceWithItsOwnCapabilities() {
    XmlElement without = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", false))));
    XmlElement with = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", true))));
    for (String ns : EVERY_SERVICE) {
      XmlElement plain = service(without, ns);
      assertThat(plain).as(ns).isNotNull();
      assertThat(plain.childOrNull(TDS, "Capabilities")).isNull();
      assertThat(plain.childText(TDS, "XAddr")).startsWith(base + "/onvif/");
      XmlElement full = service(with, ns);
      XmlElement inner = full.path(TDS, "Capabilities");
      assertThat(inner).as(ns).isNotNull();
      assertThat(inner.children()).hasSize(1);
      assertThat(inner.children().get(0).namespace()).isEqualTo(ns);
      assertThat(inner.children().get(0).localName()).isEqualTo("Capabilities");
      assertThat(full.childOrNull(TDS, "Version").childOrNull(TT, "Major")).isNotNull();
    }
    // Replay, recording, receiver, access control, ... are not implemented, so not advertised.
    assertThat(without.children(TDS, "Service")).hasSize(EVERY_SERVICE.size() + 1);
  }

  @Test
  void DEVICE_1_1_18_deviceServiceCapabilitiesHaveNetworkSecurityAndSystem() {
    XmlElement caps = ok(admin(tds("GetServiceCapabilities"))).childOrNull(TDS, "Capabilities");
    assertThat(caps.children())
        .extracting(XmlElement::localName)
        .contains("Network", "Security", "System");
    XmlElement security = caps.childOrNull(TDS, "Security");
    assertThat(security.attribute("UsernameToken")).isEqualTo("true");
    assertThat(security.attribute("HttpDigest")).isEqualTo("true");
  }

  @Test
  void DEVICE_1_1_30_getServicesAndGetCapabilitiesAgreeOnEveryDeviceFlag() {
    XmlElement service = ok(admin(tds("GetServiceCapabilities"))).childOrNull(TDS, "Capabilities");
    XmlElement device = capabilities("Device").childOrNull(TT, "Device");
    Map<String, String> pairs =
        Map.of(
            "Network/IPFilter", "Network/IPFilter",
            "Network/ZeroConfiguration", "Network/ZeroConfiguration",
            "Network/IPVersion6", "Network/IPVersion6",
            "Network/DynDNS", "Network/DynDNS",
            "System/DiscoveryResolve", "System/DiscoveryResolve",
            "System/DiscoveryBye", "System/DiscoveryBye",
            "System/RemoteDiscovery", "System/RemoteDiscovery",
            "System/SystemBackup", "System/SystemBackup",
            "System/SystemLogging", "System/SystemLogging",
            "System/FirmwareUpgrade", "System/FirmwareUpgrade");
    for (Map.Entry<String, String> p : pairs.entrySet()) {
      String[] s = p.getKey().split("/");
      String[] c = p.getValue().split("/");
      boolean fromService = "true".equals(service.childOrNull(TDS, s[0]).attribute(s[1]));
      XmlElement group = device.childOrNull(TT, c[0]);
      XmlElement flag = group == null ? null : group.childOrNull(TT, c[1]);
      boolean fromCaps = flag != null && "true".equals(flag.textTrim());
      assertThat(fromCaps).as(p.getKey()).isEqualTo(fromService);
    }
    boolean tls = "true".equals(service.childOrNull(TDS, "Security").attribute("TLS1.2"));
    XmlElement capsTls = device.path(TT, "Security", "TLS1.2");
    assertThat(capsTls != null && "true".equals(capsTls.textTrim())).isEqualTo(tls);
  }

  // ---- Relays through the device service (DEVICE-5-1-x)

  private List<XmlElement> relays() {
    return ok(admin(tds("GetRelayOutputs"))).children(TDS, "RelayOutputs");
  }

  private XmlElement settings(String mode, String delay, String idle) {
    return XmlElement.builder(TDS, "Properties")
        .child(TT, "Mode", mode)
        .child(TT, "DelayTime", delay)
        .child(TT, "IdleState", idle)
        .build();
  }

  private void set(String token, String mode, String delay, String idle) {
    ok(
        admin(
            tds(
                "SetRelayOutputSettings",
                el(TDS, "RelayOutputToken", token),
                settings(mode, delay, idle))));
  }

  private void state(String token, String state) {
    ok(
        admin(
            tds(
                "SetRelayOutputState",
                el(TDS, "RelayOutputToken", token),
                el(TDS, "LogicalState", state))));
  }

  @Test
  void DEVICE_5_1_1_and_2_relayOutputsHaveDistinctTokensAndMatchTheCapabilityCount() {
    List<XmlElement> relays = relays();
    assertThat(relays).isNotEmpty();
    Set<String> tokens = new HashSet<>();
    for (XmlElement r : relays) {
      assertThat(tokens.add(r.attribute("token"))).isTrue();
    }
    String count = capabilities("Device").path(TT, "Device", "IO", "RelayOutputs").textTrim();
    assertThat(Integer.parseInt(count)).isEqualTo(relays.size());
  }

  @Test
  void DEVICE_5_1_3_settingsAreStoredAndReported() {
    String token = relays().get(0).attribute("token");
    set(token, "Monostable", "PT7S", "closed");
    XmlElement after = relays().get(0);
    assertThat(after.path(TT, "Properties", "Mode").textTrim()).isEqualTo("Monostable");
    assertThat(after.path(TT, "Properties", "IdleState").textTrim()).isEqualTo("closed");
    set(token, "Bistable", "PT1S", "open");
    assertThat(relays().get(0).path(TT, "Properties", "Mode").textTrim()).isEqualTo("Bistable");
  }

  @Test
  void DEVICE_5_1_5_to_9_relayStatesInEveryModeAndIdleState() {
    String token = relays().get(0).attribute("token");
    for (String idle : List.of("open", "closed")) {
      set(token, "Bistable", "PT1S", idle);
      state(token, "active");
      assertThat(IoBoard.of(camera).relayActive(token)).isTrue();
      state(token, "inactive");
      assertThat(IoBoard.of(camera).relayActive(token)).isFalse();
    }
    for (String idle : List.of("open", "closed")) {
      set(token, "Monostable", "PT30S", idle);
      state(token, "active");
      assertThat(IoBoard.of(camera).relayActive(token)).isTrue();
      // DEVICE-5-1-9: inactive before the delay expires ends the pulse at once.
      state(token, "inactive");
      assertThat(IoBoard.of(camera).relayActive(token)).isFalse();
    }
  }

  @Test
  void DEVICE_5_1_11_and_12_unknownRelayTokenIsRelayTokenFault() {
    fault(
        admin(
            tds(
                "SetRelayOutputSettings",
                el(TDS, "RelayOutputToken", "NoSuchRelay"),
                settings("Bistable", "PT1S", "open"))),
        400,
        "Sender",
        "InvalidArgVal",
        "RelayToken");
    fault(
        admin(
            tds(
                "SetRelayOutputState",
                el(TDS, "RelayOutputToken", "NoSuchRelay"),
                el(TDS, "LogicalState", "active"))),
        400,
        "Sender",
        "InvalidArgVal",
        "RelayToken");
  }

  private static XmlElement service(XmlElement getServicesResponse, String namespace) {
    List<XmlElement> found = new ArrayList<>();
    for (XmlElement s : getServicesResponse.children(TDS, "Service")) {
      if (namespace.equals(s.childText(TDS, "Namespace"))) {
        found.add(s);
      }
    }
    assertThat(found).as(namespace).hasSizeLessThanOrEqualTo(1);
    return found.isEmpty() ? null : found.get(0);
  }
}
