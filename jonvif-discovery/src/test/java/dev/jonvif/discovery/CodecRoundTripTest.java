package dev.jonvif.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.testkit.OnvifSchemas;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class CodecRoundTripTest {

  private static final String EPR = "urn:uuid:6a1c4d6e-1b2c-4d3e-8f40-5a6b7c8d9e0f";
  private static final List<QName> ONVIF_TYPES =
      List.of(WsDiscovery.NETWORK_VIDEO_TRANSMITTER, WsDiscovery.DEVICE);
  private static final EndpointMetadata META =
      new EndpointMetadata(
          EPR,
          ONVIF_TYPES,
          List.of(OnvifScopes.name("Front door"), OnvifScopes.profile("Streaming")),
          List.of("http://127.0.0.1:8080/onvif/device_service"),
          7);

  @Test
  void probeRoundTripsAndIsSchemaValid() {
    Probe p =
        Probe.of(
            List.of(WsDiscovery.NETWORK_VIDEO_TRANSMITTER),
            List.of("onvif://www.onvif.org/name/x"),
            ScopeMatchRule.STRCMP0);
    byte[] bytes = p.toBytes();
    OnvifSchemas.assertValidEnvelope(bytes);
    Probe back = (Probe) DiscoveryMessage.parse(bytes);
    assertThat(back).isEqualTo(p);
    assertThat(back.matchRule()).contains(ScopeMatchRule.STRCMP0);
    String xml = new String(bytes, StandardCharsets.UTF_8);
    assertThat(xml)
        .contains("<wsa:Action>" + WsDiscovery.ACTION_PROBE + "</wsa:Action>")
        .contains("<wsa:To>" + WsDiscovery.TO_DISCOVERY + "</wsa:To>")
        .contains("xmlns:dn=\"http://www.onvif.org/ver10/network/wsdl\"")
        .contains(">dn:NetworkVideoTransmitter</d:Types>");
  }

  @Test
  void emptyProbeHasNoTypesOrScopes() {
    Probe p = new Probe(DiscoveryHeader.multicast(null), List.of(), List.of(), null);
    byte[] bytes = p.toBytes();
    OnvifSchemas.assertValidEnvelope(bytes);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("<d:Probe/>");
    assertThat(DiscoveryMessage.parse(bytes)).isEqualTo(p);
  }

  @Test
  void probeMatchesRoundTripWithAppSequenceAndRelatesTo() {
    ProbeMatches m =
        new ProbeMatches(
            DiscoveryHeader.replyTo("urn:uuid:probe-1", AppSequence.of(1700000000L, 3)),
            List.of(META));
    byte[] bytes = m.toBytes();
    OnvifSchemas.assertValidEnvelope(bytes);
    ProbeMatches back = (ProbeMatches) DiscoveryMessage.parse(bytes);
    assertThat(back).isEqualTo(m);
    assertThat(back.header().relatesTo()).isEqualTo("urn:uuid:probe-1");
    assertThat(back.header().to()).isEqualTo(WsDiscovery.TO_ANONYMOUS);
    assertThat(back.header().appSequence()).isEqualTo(AppSequence.of(1700000000L, 3));
  }

  @Test
  void helloByeResolveAndResolveMatchesRoundTrip() {
    List<DiscoveryMessage> messages =
        List.of(
            new Hello(DiscoveryHeader.multicast(AppSequence.of(5, 1)), META),
            new Bye(DiscoveryHeader.multicast(AppSequence.of(5, 2)), EPR),
            Resolve.of(EPR),
            new ResolveMatches(DiscoveryHeader.replyTo("urn:uuid:r", AppSequence.of(5, 3)), META),
            new ResolveMatches(DiscoveryHeader.replyTo("urn:uuid:r", AppSequence.of(5, 4)), null));
    for (DiscoveryMessage m : messages) {
      byte[] bytes = m.toBytes();
      OnvifSchemas.assertValidEnvelope(bytes);
      assertThat(DiscoveryMessage.parse(bytes)).isEqualTo(m);
    }
  }

  @Test
  void typesInForeignNamespacesGetTheirOwnPrefixes() {
    QName a = new QName("urn:example:a", "Printer");
    QName b = new QName("urn:example:b", "Scanner", "dn");
    Probe p = Probe.of(List.of(a, b, WsDiscovery.NETWORK_VIDEO_TRANSMITTER));
    byte[] bytes = p.toBytes();
    OnvifSchemas.assertValidEnvelope(bytes);
    assertThat(((Probe) DiscoveryMessage.parse(bytes)).types())
        .containsExactly(a, b, WsDiscovery.NETWORK_VIDEO_TRANSMITTER);
  }

  @Test
  void probeWithUndeclaredTypePrefixIsMalformed() {
    String xml = probeXml("<d:Types>zz:NetworkVideoTransmitter</d:Types>", "");
    assertThatThrownBy(() -> DiscoveryMessage.parse(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("undeclared");
  }

  @Test
  void faultBodyRaisesSoapFaultException() {
    String xml =
        "<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'"
            + " xmlns:d='http://schemas.xmlsoap.org/ws/2005/04/discovery'><s:Body><s:Fault>"
            + "<s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>d:MatchingRuleNotSupported"
            + "</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang='en'>no</s:Text>"
            + "</s:Reason></s:Fault></s:Body></s:Envelope>";
    assertThatThrownBy(() -> DiscoveryMessage.parse(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            SoapFaultException.class,
            e -> assertThat(e.hasSubcode(WsDiscovery.MATCHING_RULE_NOT_SUPPORTED)).isTrue());
  }

  @Test
  void nonDiscoveryBodyIsMalformed() {
    String xml =
        "<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'><s:Body>"
            + "<GetDeviceInformation xmlns='http://www.onvif.org/ver10/device/wsdl'/>"
            + "</s:Body></s:Envelope>";
    assertThatThrownBy(() -> DiscoveryMessage.parse(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("not a WS-Discovery");
  }

  /** A Probe envelope with the given Probe content and extra namespace declarations. */
  static String probeXml(String probeContent, String extraNamespaces) {
    return "<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'"
        + " xmlns:a='http://schemas.xmlsoap.org/ws/2004/08/addressing'"
        + " xmlns:d='http://schemas.xmlsoap.org/ws/2005/04/discovery' "
        + extraNamespaces
        + "><s:Header><a:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</a:Action>"
        + "<a:MessageID>urn:uuid:0f0e0d0c-0b0a-4909-8807-060504030201</a:MessageID>"
        + "<a:To>urn:schemas-xmlsoap-org:ws:2005:04:discovery</a:To></s:Header>"
        + "<s:Body><d:Probe>"
        + probeContent
        + "</d:Probe></s:Body></s:Envelope>";
  }
}
