package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.xml.XmlElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkTest extends DeviceTestSupport {

  @BeforeEach
  void startCamera() {
    start(Persona.generic("cam1"));
  }

  @Test
  void DEVICE_2_1_1_and_32_getHostnameAndSetHostnameRoundTrip() {
    assertThat(ok(anonymous(tds("GetHostname"))).path(TDS, "HostnameInformation", "Name")).isNull();
    assertThat(
            ok(anonymous(tds("GetHostname")))
                .childOrNull(TDS, "HostnameInformation")
                .childText(TT, "Name"))
        .isEqualTo("cam1");
    ok(admin(tds("SetHostname", el(TDS, "Name", "Onvif-Test0-oNvif-Onv123-Onvif12"))));
    assertThat(
            ok(anonymous(tds("GetHostname")))
                .childOrNull(TDS, "HostnameInformation")
                .childText(TT, "Name"))
        .isEqualTo("Onvif-Test0-oNvif-Onv123-Onvif12");
  }

  @Test
  void DEVICE_2_1_3_invalidHostnameIsRefusedAndNothingChanges() {
    fault(
        admin(tds("SetHostname", el(TDS, "Name", "bad_host name"))),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidHostname");
    fault(
        admin(tds("SetHostname", el(TDS, "Name", "-leading"))),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidHostname");
    fault(
        admin(tds("SetHostname", el(TDS, "Name", "Onvif_test1"))),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidHostname");
    assertThat(
            ok(anonymous(tds("GetHostname")))
                .childOrNull(TDS, "HostnameInformation")
                .childText(TT, "Name"))
        .isEqualTo("cam1");
  }

  @Test
  void DEVICE_2_1_17_networkInterfaceReportsTheAddressInUse() {
    XmlElement ni = ok(admin(tds("GetNetworkInterfaces"))).childOrNull(TDS, "NetworkInterfaces");
    assertThat(ni.attribute("token")).isEqualTo("eth0");
    assertThat(ni.path(TT, "IPv4", "Config", "Manual", "Address").textTrim())
        .isEqualTo("127.0.0.1");
    assertThat(ni.path(TT, "Info", "HwAddress").textTrim()).matches("02(:[0-9a-f]{2}){5}");
  }

  @Test
  void DEVICE_2_1_18_and_20_setNetworkInterfacesValidatesAndStores() {
    XmlElement manual =
        XmlElement.builder(TT, "Manual")
            .child(TT, "Address", "10.1.2.3")
            .child(TT, "PrefixLength", 16)
            .build();
    XmlElement req =
        tds(
            "SetNetworkInterfaces",
            el(TDS, "InterfaceToken", "eth0"),
            XmlElement.builder(TDS, "NetworkInterface")
                .child(
                    XmlElement.builder(TT, "IPv4")
                        .child(TT, "Enabled", true)
                        .child(manual)
                        .child(TT, "DHCP", false)
                        .build())
                .build());
    assertThat(ok(admin(req)).childText(TDS, "RebootNeeded")).isEqualTo("false");
    XmlElement ni = ok(admin(tds("GetNetworkInterfaces"))).childOrNull(TDS, "NetworkInterfaces");
    assertThat(ni.path(TT, "IPv4", "Config", "Manual", "Address").textTrim()).isEqualTo("10.1.2.3");

    XmlElement bad =
        tds(
            "SetNetworkInterfaces",
            el(TDS, "InterfaceToken", "eth0"),
            XmlElement.builder(TDS, "NetworkInterface")
                .child(
                    XmlElement.builder(TT, "IPv4")
                        .child(
                            XmlElement.builder(TT, "Manual")
                                .child(TT, "Address", "10.1.2")
                                .child(TT, "PrefixLength", 16)
                                .build())
                        .build())
                .build());
    fault(admin(bad), 400, "Sender", "InvalidArgVal", "InvalidIPv4Address");
    fault(
        admin(
            tds(
                "SetNetworkInterfaces",
                el(TDS, "InterfaceToken", "wlan9"),
                XmlElement.builder(TDS, "NetworkInterface").build())),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidNetworkInterface");
  }

  @Test
  void DEVICE_2_1_33_protocolsListHttpAndRtsp() {
    XmlElement r = ok(admin(tds("GetNetworkProtocols")));
    assertThat(r.children(TDS, "NetworkProtocols"))
        .extracting(p -> p.childText(TT, "Name") + ":" + p.childText(TT, "Port"))
        .containsExactly("HTTP:" + camera.ports().http(), "RTSP:8554");
  }

  private static XmlElement protocol(String name, boolean enabled, int port) {
    return XmlElement.builder(TDS, "NetworkProtocols")
        .child(TT, "Name", name)
        .child(TT, "Enabled", enabled)
        .child(TT, "Port", port)
        .build();
  }

  @Test
  void DEVICE_2_1_34_rtspSettingIsStoredAndReported() {
    ok(admin(tds("SetNetworkProtocols", protocol("RTSP", true, 10554))));
    XmlElement r = ok(admin(tds("GetNetworkProtocols")));
    assertThat(r.children(TDS, "NetworkProtocols"))
        .extracting(
            p ->
                p.childText(TT, "Name")
                    + ":"
                    + p.childText(TT, "Enabled")
                    + ":"
                    + p.childText(TT, "Port"))
        .contains("RTSP:true:10554");
    ok(admin(tds("SetNetworkProtocols", protocol("RTSP", false, 10554))));
    assertThat(camera.device().rtsp()).isEqualTo(new DeviceState.Protocol(false, 10554));
  }

  @Test
  void DEVICE_2_1_35_unsupportedProtocolsAreRefused() {
    fault(
        admin(tds("SetNetworkProtocols", protocol("HTTPS", true, 443))),
        400,
        "Sender",
        "InvalidArgVal",
        "ServiceNotSupported");
    fault(
        admin(tds("SetNetworkProtocols", protocol("HTTP", true, 81))),
        400,
        "Sender",
        "InvalidArgVal",
        "ServiceNotSupported");
    ok(admin(tds("SetNetworkProtocols", protocol("HTTP", true, camera.ports().http()))));
  }

  @Test
  void DEVICE_2_1_4_to_9_dns() {
    XmlElement dns = ok(admin(tds("GetDNS"))).childOrNull(TDS, "DNSInformation");
    assertThat(dns.childText(TT, "FromDHCP")).isEqualTo("false");
    ok(
        admin(
            tds(
                "SetDNS",
                el(TDS, "FromDHCP", false),
                el(TDS, "SearchDomain", "domain.name"),
                XmlElement.builder(TDS, "DNSManual")
                    .child(TT, "Type", "IPv4")
                    .child(TT, "IPv4Address", "10.1.1.1")
                    .build())));
    dns = ok(admin(tds("GetDNS"))).childOrNull(TDS, "DNSInformation");
    assertThat(dns.childText(TT, "SearchDomain")).isEqualTo("domain.name");
    assertThat(dns.path(TT, "DNSManual", "IPv4Address").textTrim()).isEqualTo("10.1.1.1");
    fault(
        admin(
            tds(
                "SetDNS",
                el(TDS, "FromDHCP", false),
                XmlElement.builder(TDS, "DNSManual")
                    .child(TT, "Type", "IPv4")
                    .child(TT, "IPv4Address", "10.1.1")
                    .build())),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidIPv4Address");
  }

  @Test
  void DEVICE_2_1_25_28_30_defaultGateway() {
    ok(admin(tds("SetNetworkDefaultGateway", el(TDS, "IPv4Address", "10.1.1.254"))));
    XmlElement gw = ok(admin(tds("GetNetworkDefaultGateway"))).childOrNull(TDS, "NetworkGateway");
    assertThat(gw.childText(TT, "IPv4Address")).isEqualTo("10.1.1.254");
    fault(
        admin(tds("SetNetworkDefaultGateway", el(TDS, "IPv4Address", "255.255.255.255"))),
        400,
        "Sender",
        "InvalidArgVal",
        "InvalidGatewayAddress");
  }
}
