package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.testkit.OnvifSchemas;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the client puts on the wire and how it treats answers, against a scripted peer on loopback
 * (ONVIF client tests DISCOVERY-1 and NVTDISCOVERYTYPEFILTER-1).
 */
class ClientWireTest {

  private final RawUdp fake = RawUdp.groupMember(0);

  /** Answers come from here: a socket bound to the group address cannot send unicast. */
  private final RawUdp replier = RawUdp.client();

  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  @AfterEach
  void stop() {
    fake.close();
    replier.close();
    executor.shutdownNow();
  }

  private static EndpointMetadata device(String epr, String xaddr) {
    return new EndpointMetadata(
        epr,
        DiscoveryTarget.ONVIF_TYPES,
        List.of(OnvifScopes.name(epr.substring(epr.length() - 1))),
        List.of(xaddr),
        1);
  }

  private static byte[] matches(String relatesTo, EndpointMetadata m) {
    return new ProbeMatches(DiscoveryHeader.replyTo(relatesTo, AppSequence.of(1, 1)), List.of(m))
        .toBytes();
  }

  @Test
  void DISCOVERY_1_NVTDISCOVERYTYPEFILTER_1_probeIsConformantAndAnswersAreCorrelated()
      throws Exception {
    int port = fake.localAddress().getPort();
    DiscoveryClient client = DiscoveryClient.builder().loopback().ipv6(false).port(port).build();
    CompletableFuture<List<DiscoveredDevice>> result =
        CompletableFuture.supplyAsync(
            () ->
                client.probe(
                    ProbeRequest.defaults().withTimeout(Duration.ofSeconds(10)).withStopAfter(2)),
            executor);

    RawUdp.Received probe = fake.receive();
    OnvifSchemas.assertValidEnvelope(probe.data());
    assertThat(probe.from().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(probe.envelope().addressing().action()).endsWith("/Probe");
    assertThat(probe.text()).contains(">dn:NetworkVideoTransmitter</d:Types>");
    Probe p = (Probe) probe.message();
    String id = p.header().messageId();
    assertThat(id).startsWith("urn:uuid:");
    assertThat(p.header().to()).isEqualTo(WsDiscovery.TO_DISCOVERY);
    assertThat(p.types()).containsExactly(WsDiscovery.NETWORK_VIDEO_TRANSMITTER);
    // SOAP-over-UDP: the same Probe once more.
    assertThat(fake.receive().data()).isEqualTo(probe.data());

    replier.send(
        matches("urn:uuid:someone-else", device("urn:uuid:x", "http://10.0.0.1/")), probe.from());
    replier.send(
        matches(id, device("urn:uuid:y", "http://10.0.0.2/onvif/device_service")), probe.from());
    replier.send(
        matches(id, device("urn:uuid:y", "http://[fd00::2]/onvif/device_service")), probe.from());
    replier.send("not xml at all".getBytes(), probe.from());
    replier.send(
        matches(id, device("urn:uuid:z", "http://10.0.0.3/onvif/device_service")), probe.from());

    List<DiscoveredDevice> found = result.get(10, TimeUnit.SECONDS);
    assertThat(found)
        .extracting(DiscoveredDevice::endpointReference)
        .containsExactly("urn:uuid:y", "urn:uuid:z");
    assertThat(found.get(0).xaddrs())
        .containsExactly(
            URI.create("http://10.0.0.2/onvif/device_service"),
            URI.create("http://[fd00::2]/onvif/device_service"));
    assertThat(found.get(0).name()).isEqualTo("y");
  }

  @Test
  void emptyTypeListProbesForEverything() throws Exception {
    int port = fake.localAddress().getPort();
    DiscoveryClient client =
        DiscoveryClient.builder().loopback().ipv6(false).retransmissions(0).port(port).build();
    CompletableFuture<List<DiscoveredDevice>> result =
        CompletableFuture.supplyAsync(
            () ->
                client.probe(
                    ProbeRequest.defaults()
                        .withTypes(List.of())
                        .withTimeout(Duration.ofSeconds(10))
                        .withStopAfter(1)),
            executor);
    RawUdp.Received probe = fake.receive();
    OnvifSchemas.assertValidEnvelope(probe.data());
    Probe p = (Probe) probe.message();
    assertThat(p.types()).isEmpty();
    assertThat(p.scopes()).isEmpty();
    replier.send(
        matches(p.header().messageId(), device("urn:uuid:a", "http://10.0.0.9/")), probe.from());
    assertThat(result.get(10, TimeUnit.SECONDS)).hasSize(1);
  }
}
