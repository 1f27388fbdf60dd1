package dev.jonvif.device.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.Scopes;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.discovery.DiscoveryResponder;
import dev.jonvif.discovery.DiscoveryTarget;
import dev.jonvif.discovery.ResponderOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The fleet's cameras as WS-Discovery targets (loopback, a private UDP port). */
class FleetDiscoveryTest {

  private static FleetOptions options() {
    ResponderOptions discovery = ResponderOptions.builder().loopback().port(0).build();
    return FleetOptions.forTests(Personas.defaults(3), "secret12").withDiscovery(discovery);
  }

  @Test
  void everyCameraIsATargetWithItsScopesAndXAddrs() {
    try (Fleet fleet = Fleet.start(options())) {
      DiscoveryResponder responder = fleet.discovery().orElseThrow();
      assertThat(responder.targets()).hasSize(3);
      VirtualCamera cam = fleet.camera("cam1");
      DiscoveryTarget t = responder.target(cam.endpointReference()).orElseThrow();
      assertThat(t.scopes()).contains(Scopes.NAME_PREFIX + "cam1", Scopes.PROFILE_STREAMING);
      assertThat(t.xaddrs().apply(java.net.InetAddress.getLoopbackAddress()))
          .containsExactly(URI.create(fleet.deviceServiceUrl(cam)));
    }
  }

  @Test
  void aLoopbackProbeFindsEveryCameraWithItsXAddr() {
    try (Fleet fleet = Fleet.start(options())) {
      DiscoveryResponder responder = fleet.discovery().orElseThrow();
      dev.jonvif.discovery.DiscoveryClient client =
          dev.jonvif.discovery.DiscoveryClient.builder()
              .loopback()
              .ipv6(false)
              .port(responder.port())
              .build();
      java.util.List<dev.jonvif.discovery.DiscoveredDevice> found =
          client.probeHosts(
              "127.0.0.1",
              dev.jonvif.discovery.ProbeRequest.defaults()
                  .withTimeout(Duration.ofSeconds(3))
                  .withStopAfter(3),
              null);
      assertThat(found)
          .extracting(d -> d.xaddrs().get(0).toString())
          .containsExactlyInAnyOrder(
              fleet.deviceServiceUrl("cam1"),
              fleet.deviceServiceUrl("cam2"),
              fleet.deviceServiceUrl("cam3"));
    }
  }

  @Test
  void scopesDiscoveryModeAndRebootReachTheResponder() throws Exception {
    try (Fleet fleet = Fleet.start(options())) {
      DiscoveryResponder responder = fleet.discovery().orElseThrow();
      VirtualCamera cam = fleet.camera("cam2");
      String epr = cam.endpointReference();

      cam.updateDevice(d -> d.withScopes(java.util.List.of("onvif://www.onvif.org/location/roof")));
      assertThat(responder.target(epr).orElseThrow().scopes())
          .contains("onvif://www.onvif.org/location/roof");
      assertThat(responder.target(epr).orElseThrow().metadataVersion()).isGreaterThan(1);

      cam.updateDevice(d -> d.withDiscoverable(false));
      assertThat(responder.target(epr).orElseThrow().discoverable()).isFalse();

      CountDownLatch back = new CountDownLatch(1);
      cam.addListener(
          new dev.jonvif.device.CameraListener() {
            @Override
            public void started(VirtualCamera c) {
              back.countDown();
            }
          });
      cam.reboot(Duration.ofMillis(200));
      assertThat(responder.target(epr)).isEmpty(); // Bye sent, answers nothing while down
      assertThat(back.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(responder.target(epr)).isPresent();
    }
  }

  @Test
  void deviceServiceAdvertisesDiscoveryWhenItRuns() throws Exception {
    try (Fleet fleet = Fleet.start(options())) {
      VirtualCamera cam = fleet.camera("cam1");
      XmlElement token =
          UsernameToken.create(
                  new Credentials("admin", "secret12"),
                  PasswordType.DIGEST,
                  cam.clock(),
                  Duration.ZERO)
              .toSecurityHeader();
      SoapEnvelope env =
          SoapEnvelope.of(XmlElement.builder(Namespaces.TDS, "GetServiceCapabilities").build())
              .withHeader(token);
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(fleet.deviceServiceUrl(cam)))
                      .header("Content-Type", "application/soap+xml")
                      .POST(HttpRequest.BodyPublishers.ofByteArray(env.toBytes()))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.body())
          .contains("DiscoveryBye=\"true\"")
          .contains("DiscoveryNotSupported=\"false\"");
    }
  }
}
