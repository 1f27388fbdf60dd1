package dev.jonvif.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.client.DeviceClient;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.DiscoveryMode;
import dev.jonvif.core.model.FactoryDefaultType;
import dev.jonvif.core.model.NetworkHost;
import dev.jonvif.core.model.NetworkInterface;
import dev.jonvif.core.model.NetworkInterfaceSettings;
import dev.jonvif.core.model.NetworkProtocol;
import dev.jonvif.core.model.Scope;
import dev.jonvif.core.model.SystemLog;
import dev.jonvif.core.model.User;
import dev.jonvif.core.model.UserLevel;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every device-service operation of {@link DeviceClient} against a virtual camera, round trips. */
class VirtualDeviceTest {

  private static Fleet fleet() {
    return Fleet.start(FleetOptions.forTests(Personas.defaults(1), VirtualFleetTest.PASSWORD));
  }

  private static OnvifCamera camera(Fleet fleet) {
    return OnvifCamera.builder(fleet.deviceServiceUrl("cam1"))
        .credentials("admin", VirtualFleetTest.PASSWORD)
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  void everyDeviceOperationRoundTrips() {
    try (Fleet fleet = fleet();
        OnvifCamera cam = camera(fleet)) {
      DeviceClient d = cam.device();
      assertThat(d.deviceInformation().model()).isEqualTo("NW-D2040");
      assertThat(d.services(true)).isNotEmpty();
      assertThat(d.capabilities().xaddrs()).isNotEmpty();
      assertThat(d.serviceCapabilities().security()).isNotEmpty();
      assertThat(d.endpointReference()).isEqualTo(fleet.camera("cam1").endpointReference());
      assertThat(d.wsdlUrl()).isNotBlank();
      assertThat(d.systemLog(SystemLog.Type.SYSTEM)).isNotNull();

      cam.syncClock();
      assertThat(cam.clockOffset())
          .hasValueSatisfying(o -> assertThat(o.abs()).isLessThan(Duration.ofSeconds(3)));
      assertThat(d.systemDateAndTime().utcInstant().isKnown()).isTrue();

      String scope = "onvif://www.onvif.org/location/building/7";
      d.addScopes(List.of(scope));
      assertThat(d.scopes()).extracting(Scope::uri).contains(scope);
      assertThat(d.removeScopes(List.of(scope))).contains(scope);
      assertThat(d.scopes()).extracting(Scope::uri).doesNotContain(scope);
      d.setScopes(List.of("onvif://www.onvif.org/location/roof"));
      assertThat(d.scopes()).extracting(Scope::uri).contains("onvif://www.onvif.org/location/roof");

      d.setDiscoveryMode(DiscoveryMode.NON_DISCOVERABLE);
      assertThat(d.discoveryMode()).isEqualTo(DiscoveryMode.NON_DISCOVERABLE);
      d.setDiscoveryMode(DiscoveryMode.DISCOVERABLE);

      d.setHostname("porch-cam");
      assertThat(d.hostname().name()).isEqualTo("porch-cam");

      d.setDns(false, List.of("example.com"), List.of(NetworkHost.of("10.0.0.53")));
      assertThat(d.dns().manualServers()).containsExactly(NetworkHost.of("10.0.0.53"));
      d.setNtp(false, List.of(NetworkHost.of("pool.ntp.org")));
      assertThat(d.ntp().manualServers()).containsExactly(NetworkHost.of("pool.ntp.org"));
      d.setDefaultGateway(List.of("10.0.0.1"), List.of());
      assertThat(d.defaultGateway().ipv4()).containsExactly("10.0.0.1");

      // The virtual camera lists its protocols but does not let clients change them.
      assertThat(d.networkProtocols()).extracting(NetworkProtocol::name).contains("HTTP");

      NetworkInterface eth = d.networkInterfaces().get(0);
      assertThat(
              d.setNetworkInterface(
                  eth.token(), NetworkInterfaceSettings.staticIpv4("10.1.2.3", 24)))
          .isFalse();
      assertThat(d.networkInterfaces().get(0).ipv4().manual())
          .extracting(a -> a.address())
          .containsExactly("10.1.2.3");

      d.createUsers(List.of(new User("viewer", "Viewer-Pass1", UserLevel.USER)));
      assertThat(d.users()).extracting(User::username).contains("viewer");
      d.setUsers(List.of(new User("viewer", "Viewer-Pass2", UserLevel.OPERATOR)));
      assertThat(d.users())
          .filteredOn(u -> u.username().equals("viewer"))
          .extracting(User::level)
          .containsExactly(UserLevel.OPERATOR);
      d.deleteUsers(List.of("viewer"));
      assertThat(d.users()).extracting(User::username).doesNotContain("viewer");
    }
  }

  @Test
  void rebootAndFactoryDefaultThenReconnect() throws Exception {
    try (Fleet fleet = fleet();
        OnvifCamera cam = camera(fleet)) {
      assertThat(cam.device().reboot()).isNotNull();
      awaitBack(cam);
      cam.device().setHostname("before-reset");
      cam.device().factoryDefault(FactoryDefaultType.SOFT);
      awaitBack(cam);
      assertThat(cam.device().deviceInformation().model()).isEqualTo("NW-D2040");
    }
  }

  /** A rebooting camera is down for a while; the client simply connects again once it is back. */
  private static void awaitBack(OnvifCamera cam) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        cam.connect();
        return;
      } catch (dev.jonvif.core.TransportException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }
}
