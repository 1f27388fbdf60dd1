package dev.jonvif.discovery;

import static dev.jonvif.discovery.Probes.newId;
import static dev.jonvif.discovery.Probes.probe;
import static dev.jonvif.discovery.Probes.scopes;
import static dev.jonvif.discovery.Probes.types;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.testkit.OnvifSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The responder's answers to Probe and Resolve, over loopback (ONVIF DISCOVERY-1-1-x, 2-1-x). */
class ResponderProbeTest {

  private DiscoveryResponder responder;
  private RawUdp peer;
  private final DiscoveryTarget a = Fleet.camera("alpha");
  private final DiscoveryTarget b = Fleet.camera("bravo");

  @BeforeEach
  void start() {
    responder = DiscoveryResponder.start(Fleet.fastLoopback().build());
    responder.register(a);
    responder.register(b);
    peer = RawUdp.client();
  }

  @AfterEach
  void stop() {
    peer.close();
    responder.close();
  }

  private void multicast(String xml) {
    peer.sendToGroup(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), responder.port());
  }

  private void unicast(String xml) {
    peer.send(xml, Fleet.unicast(responder));
  }

  /** The next answer, checked to be a schema-valid ProbeMatches with one match. */
  private ProbeMatches nextMatch() {
    RawUdp.Received r = peer.receive();
    OnvifSchemas.assertValidEnvelope(r.data());
    assertThat(r.envelope().addressing().action()).isEqualTo(WsDiscovery.ACTION_PROBE_MATCHES);
    ProbeMatches m = (ProbeMatches) r.message();
    assertThat(m.matches()).hasSize(1);
    return m;
  }

  private List<String> answeredEndpoints(int expected, String relatesTo) {
    List<String> eprs = new ArrayList<>();
    for (int i = 0; i < expected; i++) {
      ProbeMatches m = nextMatch();
      assertThat(m.header().relatesTo()).isEqualTo(relatesTo);
      eprs.add(m.matches().get(0).endpointReference());
    }
    return eprs;
  }

  @Test
  void DISCOVERY_1_1_4_probeWithoutTypesAndScopesGetsOneCompleteMatchPerTarget() {
    String id = newId();
    multicast(probe(id, ""));
    List<ProbeMatches> answers = List.of(nextMatch(), nextMatch());
    assertThat(answers)
        .extracting(m -> m.matches().get(0).endpointReference())
        .containsExactlyInAnyOrder(a.endpointReference(), b.endpointReference());
    for (ProbeMatches m : answers) {
      assertThat(m.header().relatesTo()).isEqualTo(id);
      assertThat(m.header().to()).isEqualTo(WsDiscovery.TO_ANONYMOUS);
      assertThat(m.header().messageId()).startsWith("urn:uuid:").isNotEqualTo(id);
      assertThat(m.header().appSequence()).isNotNull();
      EndpointMetadata meta = m.matches().get(0);
      assertThat(meta.endpointReference()).startsWith("urn:uuid:");
      assertThat(meta.types()).containsExactlyElementsOf(DiscoveryTarget.ONVIF_TYPES);
      assertThat(meta.xaddrs()).containsExactly(Fleet.xaddr());
      assertThat(meta.metadataVersion()).isEqualTo(1);
      assertThat(OnvifScopes.parse(meta.scopes()).hardware()).startsWith("JV-");
    }
  }

  @Test
  void DISCOVERY_1_1_3_probeByEachMandatoryScopeCategoryAndByTypes() {
    for (String category : List.of("type", "location", "hardware", "name")) {
      String id = newId();
      multicast(probe(id, scopes("onvif://www.onvif.org/" + category)));
      assertThat(answeredEndpoints(2, id))
          .containsExactlyInAnyOrder(a.endpointReference(), b.endpointReference());
    }
    String id = newId();
    multicast(
        probe(
            id,
            types("dn:NetworkVideoTransmitter tds:Device")
                + scopes(OnvifScopes.name("bravo"), "onvif://www.onvif.org/Profile/Streaming")));
    assertThat(answeredEndpoints(1, id)).containsExactly(b.endpointReference());
  }

  @Test
  void DISCOVERY_1_1_5_invalidProbesAreNotAnswered() {
    List<String> invalid =
        List.of(
            probe(newId(), types("dn:NoSuchType")),
            probe(newId(), "<d:Types xmlns:i='urn:example:unknown'>i:Device</d:Types>"),
            probe(newId(), types("zz:NetworkVideoTransmitter")),
            probe(newId(), scopes("onvif://www.onvif.org/name/nobody")),
            probe(newId(), scopes("onvif://www.onvif.org/Name")),
            probe("", ""),
            "<s:Envelope xmlns:s='" + Probes.SOAP + "'><s:Body><d:Probe");
    for (String xml : invalid) {
      multicast(xml);
    }
    String valid = newId();
    multicast(probe(valid, scopes(OnvifScopes.name("alpha"))));
    // Answers leave in arrival order: the first answer relating to the valid probe shows that
    // none of the invalid ones was answered.
    assertThat(nextMatch().header().relatesTo()).isEqualTo(valid);
    assertThat(responder.stats().malformed()).isEqualTo(3);
  }

  @Test
  void DISCOVERY_1_1_6_directedProbesFollowTheSameRules() {
    String invalid = newId();
    unicast(probe(invalid, types("dn:NoSuchType")));
    String empty = newId();
    unicast(probe(empty, ""));
    assertThat(answeredEndpoints(2, empty))
        .containsExactlyInAnyOrder(a.endpointReference(), b.endpointReference());
    String byName = newId();
    unicast(probe(byName, types("dn:NetworkVideoTransmitter") + scopes(OnvifScopes.name("alpha"))));
    RawUdp.Received r = peer.receive();
    assertThat(r.from()).isEqualTo(Fleet.unicast(responder));
    assertThat(((ProbeMatches) r.message()).header().relatesTo()).isEqualTo(byName);
  }

  @Test
  void aRepeatedProbeIsAnsweredOnce() {
    String repeated = newId();
    unicast(probe(repeated, scopes(OnvifScopes.name("alpha"))));
    unicast(probe(repeated, scopes(OnvifScopes.name("alpha"))));
    String next = newId();
    unicast(probe(next, scopes(OnvifScopes.name("alpha"))));
    assertThat(nextMatch().header().relatesTo()).isEqualTo(repeated);
    assertThat(nextMatch().header().relatesTo()).isEqualTo(next);
  }

  @Test
  void DISCOVERY_1_1_10_unknownMatchingRuleGetsFaultOnlyWhenDirected() {
    String matchBy = "http://schemas.xmlsoap.org/ws/2005/04/discovery/ldap";
    multicast(probe(newId(), Probes.scopesMatchBy(matchBy, "onvif://www.onvif.org/name")));
    String id = newId();
    unicast(probe(id, Probes.scopesMatchBy(matchBy, "onvif://www.onvif.org/name")));
    RawUdp.Received r = peer.receive();
    OnvifSchemas.assertValidEnvelope(r.data());
    SoapEnvelope env = r.envelope();
    assertThat(env.isFault()).isTrue();
    assertThat(env.addressing().relatesTo()).isEqualTo(id);
    assertThat(env.addressing().action()).isEqualTo(WsDiscovery.ACTION_FAULT);
    SoapFault f = env.fault();
    assertThat(f.codeChain()).isEqualTo("Sender/d:MatchingRuleNotSupported");
    assertThat(f.hasSubcode(WsDiscovery.MATCHING_RULE_NOT_SUPPORTED)).isTrue();
    assertThat(f.detail().textTrim()).contains(ScopeMatchRule.RFC3986.uri());
    assertThat(responder.stats().faultsSent()).isEqualTo(1);
  }

  @Test
  void strcmp0ProbesMatchExactScopesOnly() {
    String prefix = newId();
    multicast(
        probe(
            prefix,
            Probes.scopesMatchBy(ScopeMatchRule.STRCMP0.uri(), "onvif://www.onvif.org/name")));
    String exact = newId();
    multicast(
        probe(
            exact, Probes.scopesMatchBy(ScopeMatchRule.STRCMP0.uri(), OnvifScopes.name("alpha"))));
    assertThat(nextMatch().header().relatesTo()).isEqualTo(exact);
  }

  @Test
  void DISCOVERY_2_1_x_probesWithAnyNamespaceSpellingAreAnswered() {
    for (String variant : Probes.namespaceVariants("urn:uuid:ns-variant")) {
      String id = newId();
      unicast(variant.replace("urn:uuid:ns-variant", id));
      assertThat(answeredEndpoints(2, id))
          .as(variant)
          .containsExactlyInAnyOrder(a.endpointReference(), b.endpointReference());
    }
  }

  @Test
  void resolveOfARegisteredTargetIsAnswered() {
    peer.sendToGroup(Resolve.of("urn:uuid:not-here").toBytes(), responder.port());
    Resolve resolve = Resolve.of(a.endpointReference());
    peer.sendToGroup(resolve.toBytes(), responder.port());
    RawUdp.Received r = peer.receive();
    OnvifSchemas.assertValidEnvelope(r.data());
    ResolveMatches m = (ResolveMatches) r.message();
    assertThat(m.header().relatesTo()).isEqualTo(resolve.header().messageId());
    assertThat(m.match().endpointReference()).isEqualTo(a.endpointReference());
    assertThat(m.match().xaddrs()).containsExactly(Fleet.xaddr());
  }

  @Test
  void hostileDatagramsAreDroppedAndTheNextProbeIsStillAnswered() {
    byte[] random = new byte[1_500];
    new SplittableRandom(7).nextBytes(random);
    byte[] huge = new byte[65_507];
    new SplittableRandom(8).nextBytes(huge);
    String valid = probe(newId(), "");
    String padded = probe(newId(), scopes("onvif://www.onvif.org/" + "x".repeat(64_000)));
    String doctypeBomb =
        "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
            + "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>"
            + "<!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>]>"
            + "<s:Envelope xmlns:s='"
            + Probes.SOAP
            + "'><s:Body>&lol3;</s:Body></s:Envelope>";
    String externalEntity =
        "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
            + "<s:Envelope xmlns:s='"
            + Probes.SOAP
            + "'><s:Body>&e;</s:Body></s:Envelope>";
    List<byte[]> hostile =
        List.of(
            random,
            huge,
            valid.substring(0, valid.length() / 2).getBytes(),
            padded.getBytes(),
            doctypeBomb.getBytes(),
            externalEntity.getBytes(),
            new byte[0]);
    for (byte[] h : hostile) {
      peer.send(h, Fleet.unicast(responder));
      peer.sendToGroup(h, responder.port());
    }
    String id = newId();
    multicast(probe(id, scopes(OnvifScopes.name("alpha"))));
    assertThat(nextMatch().header().relatesTo()).isEqualTo(id);
    // The padded probe is well-formed (its scope matches nothing); the rest are malformed.
    assertThat(responder.stats().malformed()).isEqualTo(12);
  }
}
