package dev.jonvif.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceModelTest {

  private static final String NS =
      " xmlns:tds='http://www.onvif.org/ver10/device/wsdl'"
          + " xmlns:tt='http://www.onvif.org/ver10/schema'";

  private static XmlElement xml(String s) {
    return XmlParser.parse(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void deviceInformationToleratesMissingFieldsAndWrongNamespace() {
    DeviceInformation d =
        DeviceInformation.fromElement(
            xml(
                "<tds:GetDeviceInformationResponse"
                    + NS
                    + "><tt:Model> X1 </tt:Model><tds:Unknown/></tds:GetDeviceInformationResponse>"));
    assertThat(d).isEqualTo(new DeviceInformation("", "X1", "", "", ""));
  }

  @Test
  void servicesSkipEntriesWithoutAddressAndKeepCapabilities() {
    List<Service> s =
        Service.listFromResponse(
            xml(
                "<tds:GetServicesResponse"
                    + NS
                    + "><tds:Service><tds:Namespace>http://www.onvif.org/ver20/media/wsdl"
                    + "</tds:Namespace><tds:XAddr>http://cam/media2</tds:XAddr><tds:Capabilities>"
                    + "<x:Capabilities xmlns:x='urn:x' SnapshotUri='true'/></tds:Capabilities>"
                    + "<tds:Version><tt:Major>17</tt:Major><tt:Minor>06</tt:Minor></tds:Version>"
                    + "</tds:Service><tds:Service><tds:Namespace>urn:broken</tds:Namespace>"
                    + "</tds:Service></tds:GetServicesResponse>"));
    assertThat(s).hasSize(1);
    assertThat(s.get(0).shortName()).isEqualTo("media2");
    assertThat(s.get(0).version()).isEqualTo(new OnvifVersion(17, 6));
    assertThat(s.get(0).capabilities().attribute("SnapshotUri")).isEqualTo("true");
  }

  @Test
  void capabilitiesMapCategoriesToServiceNamespaces() {
    Capabilities c =
        Capabilities.fromResponse(
            xml(
                "<tds:GetCapabilitiesResponse"
                    + NS
                    + "><tds:Capabilities><tt:Media><tt:XAddr>http://cam/media</tt:XAddr>"
                    + "<tt:StreamingCapabilities><tt:RTPMulticast>false</tt:RTPMulticast>"
                    + "<tt:RTP_TCP>true</tt:RTP_TCP><tt:RTP_RTSP_TCP>1</tt:RTP_RTSP_TCP>"
                    + "</tt:StreamingCapabilities></tt:Media><tt:Extension><tt:DeviceIO>"
                    + "<tt:XAddr>http://cam/io</tt:XAddr></tt:DeviceIO></tt:Extension>"
                    + "</tds:Capabilities></tds:GetCapabilitiesResponse>"));
    assertThat(c.xaddr(Namespaces.TRT)).isEqualTo("http://cam/media");
    assertThat(c.xaddr(Namespaces.TMD)).isEqualTo("http://cam/io");
    assertThat(c.rtpTcp()).isTrue();
    assertThat(c.rtpRtspTcp()).isTrue();
    assertThat(c.rtpMulticast()).isFalse();
  }

  @Test
  void scopesWithCategoriesAndPercentEncoding() {
    List<Scope> s =
        Scope.listFromResponse(
            xml(
                "<tds:GetScopesResponse"
                    + NS
                    + "><tds:Scopes><tt:ScopeDef>Fixed</tt:ScopeDef><tt:ScopeItem>"
                    + "onvif://www.onvif.org/name/Front%20Door</tt:ScopeItem></tds:Scopes>"
                    + "<tds:Scopes><tt:ScopeDef>Configurable</tt:ScopeDef><tt:ScopeItem>"
                    + "onvif://www.onvif.org/location/city/Paris</tt:ScopeItem></tds:Scopes>"
                    + "</tds:GetScopesResponse>"));
    assertThat(s.get(0).fixed()).isTrue();
    assertThat(s.get(0).valueOf("name")).isEqualTo("Front Door");
    assertThat(s.get(1).valueOf("name")).isNull();
    assertThat(s.get(1).valueOf("location")).isEqualTo("city/Paris");
  }

  @Test
  void networkInterfaceWithIpv4AndIpv6() {
    List<NetworkInterface> n =
        NetworkInterface.listFromResponse(
            xml(
                "<tds:GetNetworkInterfacesResponse"
                    + NS
                    + "><tds:NetworkInterfaces token='eth0'><tt:Enabled>true</tt:Enabled><tt:Info>"
                    + "<tt:Name>eth0</tt:Name><tt:HwAddress>00:11:22:33:44:55</tt:HwAddress>"
                    + "<tt:MTU>1500</tt:MTU></tt:Info><tt:IPv4><tt:Enabled>true</tt:Enabled>"
                    + "<tt:Config><tt:Manual><tt:Address>10.0.0.5</tt:Address><tt:PrefixLength>24"
                    + "</tt:PrefixLength></tt:Manual><tt:DHCP>false</tt:DHCP></tt:Config></tt:IPv4>"
                    + "<tt:IPv6><tt:Enabled>true</tt:Enabled><tt:Config><tt:DHCP>Off</tt:DHCP>"
                    + "<tt:LinkLocal><tt:Address>fe80::1</tt:Address><tt:PrefixLength>64"
                    + "</tt:PrefixLength></tt:LinkLocal></tt:Config></tt:IPv6>"
                    + "</tds:NetworkInterfaces></tds:GetNetworkInterfacesResponse>"));
    NetworkInterface eth0 = n.get(0);
    assertThat(eth0.token()).isEqualTo("eth0");
    assertThat(eth0.mtu()).isEqualTo(1500);
    assertThat(eth0.ipv4().dhcp()).isFalse();
    assertThat(eth0.ipv4().manual()).containsExactly(new PrefixedAddress("10.0.0.5", 24));
    assertThat(eth0.ipv6().dhcp()).isFalse();
    assertThat(eth0.ipv6().all()).containsExactly(new PrefixedAddress("fe80::1", 64));
  }

  @Test
  void usersNeverShowPasswords() {
    User u = new User("admin", "s3cret", UserLevel.ADMINISTRATOR);
    assertThat(u.toString()).doesNotContain("s3cret");
    String written = XmlWriter.toXml(u.toElement(Namespaces.TDS, "User"));
    assertThat(written).contains("<tt:Password>s3cret</tt:Password>");
    assertThat(UserLevel.fromWire("operator")).isEqualTo(UserLevel.OPERATOR);
  }

  @Test
  void lenientNumbersAndBooleans() {
    assertThat(Values.parseInt(" 30.000000 ")).isEqualTo(30);
    assertThat(Values.parseInt("+7")).isEqualTo(7);
    assertThat(Values.parseInt("abc")).isNull();
    assertThat(Values.parseDouble("12,5")).isEqualTo(12.5);
    assertThat(Values.parseBoolean("TRUE")).isTrue();
    assertThat(Values.parseBoolean("0")).isFalse();
    assertThat(Values.parseBoolean("yes")).isNull();
  }

  @Test
  void networkHostKinds() {
    assertThat(NetworkHost.of("10.1.2.3").type()).isEqualTo(NetworkHost.Type.IPV4);
    assertThat(NetworkHost.of("2001:db8::1").type()).isEqualTo(NetworkHost.Type.IPV6);
    assertThat(NetworkHost.of("pool.ntp.org").type()).isEqualTo(NetworkHost.Type.DNS);
    NtpInformation ntp =
        NtpInformation.fromElement(
            xml(
                "<tds:GetNTPResponse"
                    + NS
                    + "><tds:NTPInformation><tt:FromDHCP>false</tt:FromDHCP><tt:NTPManual>"
                    + "<tt:Type>DNS</tt:Type><tt:DNSname>pool.ntp.org</tt:DNSname></tt:NTPManual>"
                    + "</tds:NTPInformation></tds:GetNTPResponse>"));
    assertThat(ntp.manualServers())
        .containsExactly(new NetworkHost(NetworkHost.Type.DNS, "pool.ntp.org"));
  }
}
