package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The discovery client against our responder, everything on loopback. */
class ClientLoopbackTest {

  /** Generous bound; each probe returns as soon as the expected devices answered. */
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private DiscoveryResponder responder;
  private DiscoveryClient client;

  @BeforeEach
  void start() {
    responder =
        DiscoveryResponder.start(ResponderOptions.builder().loopback().port(0).ipv6(false).build());
    client = DiscoveryClient.builder().loopback().ipv6(false).port(responder.port()).build();
  }

  @AfterEach
  void stop() {
    responder.close();
  }

  private List<DiscoveryTarget> registerFleet(int n) {
    List<DiscoveryTarget> fleet =
        IntStream.range(0, n).mapToObj(i -> Fleet.camera("cam-" + i)).toList();
    fleet.forEach(responder::register);
    return fleet;
  }

  @Test
  void findsEveryRegisteredCameraWithLoopbackXAddrsAndParsedScopes() {
    List<DiscoveryTarget> fleet = registerFleet(25);
    List<DiscoveredDevice> streamed = Collections.synchronizedList(new ArrayList<>());
    List<DiscoveredDevice> found =
        client.probe(
            ProbeRequest.defaults().withTimeout(TIMEOUT).withStopAfter(fleet.size()),
            streamed::add);
    assertThat(found)
        .extracting(DiscoveredDevice::endpointReference)
        .containsExactlyInAnyOrderElementsOf(
            fleet.stream().map(DiscoveryTarget::endpointReference).toList());
    assertThat(streamed).hasSize(fleet.size());
    DiscoveredDevice d =
        found.stream().filter(x -> "cam-7".equals(x.name())).findFirst().orElseThrow();
    assertThat(d.xaddrs()).containsExactly(URI.create(Fleet.xaddr()));
    assertThat(d.deviceServiceUrl()).contains(URI.create(Fleet.xaddr()));
    assertThat(d.hardware()).isEqualTo("JV-cam-7");
    assertThat(d.locations()).containsExactly("country/Norway");
    assertThat(d.profiles()).containsExactly("Streaming");
    assertThat(d.types()).containsExactlyElementsOf(DiscoveryTarget.ONVIF_TYPES);
    assertThat(d.metadataVersion()).isEqualTo(1);
    assertThat(d.interfaces()).containsExactly(ResponderOptions.loopbackName() + "/IPv4");
    assertThat(d.sources()).containsExactly("127.0.0.1");
  }

  @Test
  void scopeFilterNarrowsTheAnswers() {
    registerFleet(3);
    List<DiscoveredDevice> found =
        client.probe(
            ProbeRequest.defaults()
                .withScopes(List.of(OnvifScopes.name("cam-1")), ScopeMatchRule.STRCMP0)
                .withTimeout(TIMEOUT)
                .withStopAfter(1));
    assertThat(found).extracting(DiscoveredDevice::name).containsExactly("cam-1");
  }

  @Test
  void directedProbeOfAHostAndOfARange() {
    List<DiscoveryTarget> fleet = registerFleet(3);
    ProbeRequest request = ProbeRequest.defaults().withTimeout(TIMEOUT).withStopAfter(3);
    assertThat(client.probeHosts("127.0.0.1", request, null)).hasSize(3);
    List<DiscoveredDevice> ranged = client.probeHosts("127.0.0.0/30", request, null);
    assertThat(ranged)
        .extracting(DiscoveredDevice::endpointReference)
        .containsExactlyInAnyOrderElementsOf(
            fleet.stream().map(DiscoveryTarget::endpointReference).toList());
    assertThat(ranged.get(0).sources()).containsExactly("127.0.0.1");
  }

  @Test
  void listenerSeesHelloOnRegisterAndByeOnUnregister() throws InterruptedException {
    try (DiscoveryListener listener = client.listen()) {
      DiscoveryTarget cam = Fleet.camera("arriving");
      responder.register(cam);
      DiscoveryEvent hello = listener.poll(TIMEOUT);
      assertThat(hello).isInstanceOf(DiscoveryEvent.Arrived.class);
      DiscoveredDevice d = ((DiscoveryEvent.Arrived) hello).device();
      assertThat(d.endpointReference()).isEqualTo(cam.endpointReference());
      assertThat(d.name()).isEqualTo("arriving");
      assertThat(d.xaddrs()).containsExactly(URI.create(Fleet.xaddr()));

      responder.unregister(cam.endpointReference());
      DiscoveryEvent bye = listener.poll(TIMEOUT);
      assertThat(bye)
          .isEqualTo(
              new DiscoveryEvent.Left(
                  cam.endpointReference(), ResponderOptions.loopbackName() + "/IPv4", "127.0.0.1"));
      // The responder repeats each message once (same MessageID): the listener reports it once.
      responder.register(Fleet.camera("next"));
      assertThat(listener.poll(TIMEOUT).endpointReference())
          .isEqualTo(Fleet.camera("next").endpointReference());
    }
  }

  @Test
  void listenerCallbackAndTypeFilter() throws InterruptedException {
    List<DiscoveryEvent> events = Collections.synchronizedList(new ArrayList<>());
    try (DiscoveryListener listener =
        client.listen(List.of(WsDiscovery.NETWORK_VIDEO_TRANSMITTER), events::add)) {
      responder.register(
          Fleet.camera("printer").withTypes(List.of(new javax.xml.namespace.QName("urn:p", "P"))));
      responder.register(Fleet.camera("camera"));
      responder.unregister(Fleet.camera("camera").endpointReference());
      waitFor(() -> events.size() >= 2);
      assertThat(events.get(0))
          .isInstanceOfSatisfying(
              DiscoveryEvent.Arrived.class, a -> assertThat(a.device().name()).isEqualTo("camera"));
      assertThat(events.get(1)).isInstanceOf(DiscoveryEvent.Left.class);
      assertThat(listener.interfaces()).containsExactly(ResponderOptions.loopbackName() + "/IPv4");
    }
  }

  @Test
  void ipv6DirectedProbeGetsIpv6XAddrs() throws Exception {
    assumeTrue(
        NetworkInterface.getByInetAddress(InetAddress.getByName("::1")) != null,
        "this machine has no IPv6 loopback address");
    try (DiscoveryResponder r6 =
        DiscoveryResponder.start(
            ResponderOptions.builder()
                .networkInterface("::1")
                .port(0)
                .retransmissions(0)
                .build())) {
      r6.register(Fleet.camera("six"));
      DiscoveryClient c6 =
          DiscoveryClient.builder().networkInterface("::1").port(r6.port()).build();
      List<DiscoveredDevice> found =
          c6.probeHosts("::1", ProbeRequest.defaults().withTimeout(TIMEOUT).withStopAfter(1), null);
      assertThat(found).hasSize(1);
      assertThat(found.get(0).xaddrs())
          .containsExactly(URI.create("http://[::1]:" + Fleet.HTTP_PORT + "/onvif/device_service"));
      assertThat(found.get(0).sources()).containsExactly("::1");
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }
}
