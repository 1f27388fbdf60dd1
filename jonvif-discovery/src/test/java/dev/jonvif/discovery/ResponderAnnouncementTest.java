package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.testkit.OnvifSchemas;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hello, Bye, discovery modes and metadata changes, seen from the group on loopback. */
class ResponderAnnouncementTest {

  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  private DiscoveryResponder responder;
  private RawUdp group;
  private RawUdp peer;
  private final DiscoveryTarget a = Fleet.camera("alpha");

  @BeforeEach
  void start() {
    responder =
        DiscoveryResponder.start(
            Fleet.fastLoopback().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
    group = RawUdp.groupMember(responder.port());
    peer = RawUdp.client();
  }

  @AfterEach
  void stop() {
    peer.close();
    group.close();
    responder.close();
  }

  private DiscoveryMessage announced() {
    RawUdp.Received r = group.receive();
    OnvifSchemas.assertValidEnvelope(r.data());
    assertThat(r.from()).isEqualTo(Fleet.unicast(responder));
    return r.message();
  }

  @Test
  void DISCOVERY_1_1_2_helloOnRegisterCarriesTypesWithNamespacesAndMandatoryScopes() {
    responder.register(a);
    RawUdp.Received r = group.receive();
    OnvifSchemas.assertValidEnvelope(r.data());
    assertThat(r.envelope().addressing().action()).isEqualTo(WsDiscovery.ACTION_HELLO);
    assertThat(r.text())
        .contains("xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\"")
        .contains("xmlns:tds=\"http://www.onvif.org/ver10/device/wsdl\"");
    Hello h = (Hello) r.message();
    assertThat(h.header().to()).isEqualTo(WsDiscovery.TO_DISCOVERY);
    assertThat(h.header().appSequence()).isEqualTo(AppSequence.of(NOW.getEpochSecond(), 1));
    assertThat(h.metadata().endpointReference()).isEqualTo(a.endpointReference());
    assertThat(h.metadata().types()).containsExactlyElementsOf(DiscoveryTarget.ONVIF_TYPES);
    assertThat(h.metadata().xaddrs()).containsExactly(Fleet.xaddr());
    OnvifScopes s = OnvifScopes.parse(h.metadata().scopes());
    assertThat(s.name()).isEqualTo("alpha");
    assertThat(s.hardware()).isEqualTo("JV-alpha");
    assertThat(s.locations()).containsExactly("country/Norway");
    assertThat(s.types()).containsExactly("video_encoder");
  }

  @Test
  void DISCOVERY_1_1_8_byeOnUnregisterAndARebootStartsANewInstance() {
    responder.register(a);
    Hello first = (Hello) announced();
    assertThat(responder.unregister(a.endpointReference())).isTrue();
    Bye bye = (Bye) announced();
    assertThat(bye.endpointReference()).isEqualTo(a.endpointReference());
    assertThat(bye.header().appSequence().instanceId())
        .isEqualTo(first.header().appSequence().instanceId());
    assertThat(bye.header().appSequence().messageNumber()).isEqualTo(2);
    responder.register(a);
    Hello again = (Hello) announced();
    assertThat(again.header().appSequence()).isEqualTo(AppSequence.of(NOW.getEpochSecond() + 1, 1));
    assertThat(responder.unregister("urn:uuid:unknown")).isFalse();
  }

  @Test
  void DISCOVERY_1_1_9_nonDiscoverableTargetsSendNothingAndAreNotAnswered() {
    DiscoveryTarget quiet = Fleet.camera("quiet").withDiscoverable(false);
    responder.register(quiet);
    responder.register(a);
    String id = Probes.newId();
    peer.send(Probes.probe(id, ""), Fleet.unicast(responder));
    ProbeMatches only = (ProbeMatches) peer.receive().message();
    assertThat(only.matches().get(0).endpointReference()).isEqualTo(a.endpointReference());

    responder.setDiscoverable(quiet.endpointReference(), true);
    responder.setDiscoverable(quiet.endpointReference(), false);
    responder.unregister(quiet.endpointReference());
    responder.unregister(a.endpointReference());

    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      DiscoveryMessage m = announced();
      seen.add(
          m instanceof Hello h
              ? "Hello " + h.metadata().endpointReference()
              : "Bye " + ((Bye) m).endpointReference());
    }
    assertThat(seen)
        .containsExactly(
            "Hello " + a.endpointReference(),
            "Hello " + quiet.endpointReference(),
            "Bye " + a.endpointReference());
    // A probe after everything: the only answer would have come before the next one.
    String after = Probes.newId();
    responder.register(Fleet.camera("late"));
    peer.send(Probes.probe(after, ""), Fleet.unicast(responder));
    assertThat(((ProbeMatches) peer.receive().message()).header().relatesTo()).isEqualTo(after);
  }

  @Test
  void DISCOVERY_1_1_11_scopeChangesAnnounceTheCompleteListWithANewMetadataVersion() {
    responder.register(a);
    announced();
    String oslo = OnvifScopes.location("city/Oslo");
    List<String> more = new ArrayList<>(a.scopes());
    more.add(oslo);
    DiscoveryTarget added = responder.update(a.endpointReference(), t -> t.withScopes(more));
    assertThat(added.metadataVersion()).isEqualTo(2);
    Hello h = (Hello) announced();
    assertThat(h.metadata().scopes()).containsExactlyElementsOf(more);
    assertThat(h.metadata().metadataVersion()).isEqualTo(2);

    String id = Probes.newId();
    peer.send(Probes.probe(id, Probes.scopes(oslo)), Fleet.unicast(responder));
    ProbeMatches m = (ProbeMatches) peer.receive().message();
    assertThat(m.header().relatesTo()).isEqualTo(id);
    assertThat(m.matches().get(0).metadataVersion()).isEqualTo(2);

    responder.update(a.endpointReference(), t -> t.withScopes(a.scopes()));
    assertThat(((Hello) announced()).metadata().metadataVersion()).isEqualTo(3);
    String removed = Probes.newId();
    peer.send(Probes.probe(removed, Probes.scopes(oslo)), Fleet.unicast(responder));
    String valid = Probes.newId();
    peer.send(Probes.probe(valid, ""), Fleet.unicast(responder));
    assertThat(((ProbeMatches) peer.receive().message()).header().relatesTo()).isEqualTo(valid);
  }

  @Test
  void closeSaysByeForEveryDiscoverableTarget() {
    DiscoveryTarget b = Fleet.camera("bravo");
    responder.register(a);
    responder.register(b);
    responder.register(Fleet.camera("quiet").withDiscoverable(false));
    announced();
    announced();
    responder.close();
    List<String> byes = new ArrayList<>();
    byes.add(((Bye) announced()).endpointReference());
    byes.add(((Bye) announced()).endpointReference());
    assertThat(byes).containsExactlyInAnyOrder(a.endpointReference(), b.endpointReference());
    // close() sent everything before returning; nothing else is on its way.
    assertThat(group.receive(Duration.ofMillis(200))).isNull();
    assertThatThrownBy(() -> responder.register(a)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void registryRejectsMisuse() {
    responder.register(a);
    assertThatThrownBy(() -> responder.register(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already registered");
    assertThatThrownBy(() -> responder.update("urn:uuid:nope", t -> t))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                responder.update(
                    a.endpointReference(),
                    t ->
                        new DiscoveryTarget(
                            "urn:uuid:other",
                            t.types(),
                            t.scopes(),
                            t.xaddrs(),
                            t.metadataVersion(),
                            true)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(responder.targets()).containsExactly(a);
    assertThat(responder.target(a.endpointReference())).contains(a);
    assertThat(responder.interfaces()).containsExactly(ResponderOptions.loopbackName() + "/IPv4");
  }
}
