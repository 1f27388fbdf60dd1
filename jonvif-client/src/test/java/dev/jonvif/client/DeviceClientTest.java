package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.model.DiscoveryMode;
import dev.jonvif.core.model.FactoryDefaultType;
import dev.jonvif.core.model.NetworkHost;
import dev.jonvif.core.model.NetworkInterfaceSettings;
import dev.jonvif.core.model.NetworkProtocol;
import dev.jonvif.core.model.SystemLog;
import dev.jonvif.core.model.User;
import dev.jonvif.core.model.UserLevel;
import dev.jonvif.core.types.SetDateTimeType;
import dev.jonvif.testkit.FakeCamera;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.RecordedRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every device-service operation of {@link DeviceClient}: the request is schema-valid and the
 * answer is mapped. Answers are short canned bodies keyed by operation.
 */
class DeviceClientTest {

  private static final Map<String, String> ANSWERS =
      Map.ofEntries(
          Map.entry(
              "GetScopes",
              "<tds:GetScopesResponse><tds:Scopes><tt:ScopeDef>Fixed</tt:ScopeDef><tt:ScopeItem>"
                  + "onvif://www.onvif.org/hardware/SIM</tt:ScopeItem></tds:Scopes>"
                  + "</tds:GetScopesResponse>"),
          Map.entry(
              "RemoveScopes",
              "<tds:RemoveScopesResponse><tds:ScopeItem>onvif://www.onvif.org/location/x"
                  + "</tds:ScopeItem></tds:RemoveScopesResponse>"),
          Map.entry(
              "GetDiscoveryMode",
              "<tds:GetDiscoveryModeResponse><tds:DiscoveryMode>NonDiscoverable</tds:DiscoveryMode>"
                  + "</tds:GetDiscoveryModeResponse>"),
          Map.entry(
              "GetHostname",
              "<tds:GetHostnameResponse><tds:HostnameInformation><tt:FromDHCP>false</tt:FromDHCP>"
                  + "<tt:Name>cam1</tt:Name></tds:HostnameInformation></tds:GetHostnameResponse>"),
          Map.entry(
              "SetNetworkInterfaces",
              "<tds:SetNetworkInterfacesResponse><tds:RebootNeeded>true</tds:RebootNeeded>"
                  + "</tds:SetNetworkInterfacesResponse>"),
          Map.entry(
              "GetNetworkProtocols",
              "<tds:GetNetworkProtocolsResponse><tds:NetworkProtocols><tt:Name>RTSP</tt:Name>"
                  + "<tt:Enabled>true</tt:Enabled><tt:Port>554</tt:Port></tds:NetworkProtocols>"
                  + "</tds:GetNetworkProtocolsResponse>"),
          Map.entry(
              "GetDNS",
              "<tds:GetDNSResponse><tds:DNSInformation><tt:FromDHCP>false</tt:FromDHCP>"
                  + "<tt:DNSManual><tt:Type>IPv4</tt:Type><tt:IPv4Address>10.0.0.1</tt:IPv4Address>"
                  + "</tt:DNSManual></tds:DNSInformation></tds:GetDNSResponse>"),
          Map.entry(
              "GetNetworkDefaultGateway",
              "<tds:GetNetworkDefaultGatewayResponse><tds:NetworkGateway><tt:IPv4Address>10.0.0.254"
                  + "</tt:IPv4Address></tds:NetworkGateway></tds:GetNetworkDefaultGatewayResponse>"),
          Map.entry(
              "GetUsers",
              "<tds:GetUsersResponse><tds:User><tt:Username>admin</tt:Username><tt:UserLevel>"
                  + "Administrator</tt:UserLevel></tds:User></tds:GetUsersResponse>"),
          Map.entry(
              "SystemReboot",
              "<tds:SystemRebootResponse><tds:Message>Rebooting in 30 s</tds:Message>"
                  + "</tds:SystemRebootResponse>"),
          Map.entry(
              "GetSystemLog",
              "<tds:GetSystemLogResponse><tds:SystemLog><tt:String>boot ok</tt:String>"
                  + "</tds:SystemLog></tds:GetSystemLogResponse>"),
          Map.entry(
              "GetWsdlUrl",
              "<tds:GetWsdlUrlResponse><tds:WsdlUrl>http://www.onvif.org/</tds:WsdlUrl>"
                  + "</tds:GetWsdlUrlResponse>"),
          Map.entry(
              "GetEndpointReference",
              "<tds:GetEndpointReferenceResponse><tds:GUID>urn:uuid:1</tds:GUID>"
                  + "</tds:GetEndpointReferenceResponse>"),
          Map.entry(
              "GetServiceCapabilities",
              "<tds:GetServiceCapabilitiesResponse><tds:Capabilities><tds:Network NTP='1'/>"
                  + "<tds:Security UsernameToken='true' HttpDigest='true'/><tds:System/>"
                  + "</tds:Capabilities></tds:GetServiceCapabilitiesResponse>"));

  private final FakeCamera fake = FakeCamera.start();
  private final OnvifCamera camera =
      OnvifCamera.builder(fake.deviceServiceUrl().toString()).build();
  private final DeviceClient device = new DeviceClient(camera.transport(), fake.deviceServiceUrl());

  DeviceClientTest() {
    fake.dispatcher(
        r -> {
          String op = r.operation();
          String answer = ANSWERS.get(op);
          return FakeResponse.ok(answer != null ? answer : "<tds:" + op + "Response/>");
        });
  }

  @AfterEach
  void close() {
    camera.close();
    fake.close();
  }

  @Test
  void readOperations() {
    assertThat(device.scopes().get(0).valueOf("hardware")).isEqualTo("SIM");
    assertThat(device.discoveryMode()).isEqualTo(DiscoveryMode.NON_DISCOVERABLE);
    assertThat(device.hostname().name()).isEqualTo("cam1");
    assertThat(device.networkProtocols().get(0).ports()).containsExactly(554);
    assertThat(device.dns().manualServers()).containsExactly(NetworkHost.of("10.0.0.1"));
    assertThat(device.defaultGateway().ipv4()).containsExactly("10.0.0.254");
    assertThat(device.users()).containsExactly(new User("admin", null, UserLevel.ADMINISTRATOR));
    assertThat(device.systemLog(SystemLog.Type.SYSTEM).text()).isEqualTo("boot ok");
    assertThat(device.wsdlUrl()).isEqualTo("http://www.onvif.org/");
    assertThat(device.endpointReference()).isEqualTo("urn:uuid:1");
    assertThat(device.serviceCapabilities().httpDigest()).isTrue();
    device.ntp();
    device.networkInterfaces();
    device.capabilities();
    device.services(false);
    device.deviceInformation();
    assertThat(Requests.drainValid(fake)).hasSize(16);
  }

  @Test
  void writeOperations() {
    device.setSystemDateAndTime(
        SetDateTimeType.MANUAL, false, "CST-8", Instant.parse("2026-01-02T03:04:05Z"));
    device.setScopes(List.of("onvif://www.onvif.org/location/here"));
    device.addScopes(List.of("onvif://www.onvif.org/name/Door"));
    assertThat(device.removeScopes(List.of("onvif://www.onvif.org/location/x"))).hasSize(1);
    device.setDiscoveryMode(DiscoveryMode.DISCOVERABLE);
    device.setHostname("cam-2");
    assertThat(
            device.setNetworkInterface("eth0", NetworkInterfaceSettings.staticIpv4("10.0.0.9", 24)))
        .isTrue();
    device.setNetworkProtocols(List.of(new NetworkProtocol("HTTP", true, List.of(80, 8080))));
    device.setDns(false, List.of("example.com"), List.of(NetworkHost.of("10.0.0.2")));
    device.setNtp(false, List.of(NetworkHost.of("pool.ntp.org"), NetworkHost.of("10.0.0.3")));
    device.setDefaultGateway(List.of("10.0.0.1"), List.of());
    device.createUsers(List.of(new User("op", "Pass<1>&", UserLevel.OPERATOR)));
    device.setUsers(List.of(new User("op", "Pass2", UserLevel.USER)));
    device.deleteUsers(List.of("op"));
    assertThat(device.reboot()).isEqualTo("Rebooting in 30 s");
    device.factoryDefault(FactoryDefaultType.SOFT);
    List<RecordedRequest> rs = Requests.drainValid(fake);
    assertThat(rs).hasSize(16);
    assertThat(rs.get(0).bodyUtf8()).contains("<tt:TZ>CST-8</tt:TZ>");
    assertThat(rs.get(11).bodyUtf8()).contains("Pass&lt;1&gt;&amp;");
  }
}
