package dev.jonvif.core.soap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import dev.jonvif.core.xml.XmlTrees;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** SOAP 1.2 and 1.1 envelopes, headers and WS-Addressing in both of its namespaces. */
class SoapEnvelopeTest {

  private static SoapEnvelope parse(String xml) {
    return SoapEnvelope.parse(xml.getBytes(UTF_8));
  }

  private static final String REQUEST_12 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
          xmlns:a="http://www.w3.org/2005/08/addressing"
          xmlns:tev="http://www.onvif.org/ver10/events/wsdl">
        <env:Header>
          <a:Action env:mustUnderstand="1">
            http://www.onvif.org/ver10/events/wsdl/PullPointSubscription/PullMessagesRequest
          </a:Action>
          <a:MessageID>urn:uuid:1111</a:MessageID>
          <a:To env:mustUnderstand="1">http://192.0.2.10/onvif/Subscription?Idx=3</a:To>
          <a:ReplyTo>
            <a:Address>http://www.w3.org/2005/08/addressing/anonymous</a:Address>
            <a:ReferenceParameters><tev:Cookie>42</tev:Cookie></a:ReferenceParameters>
          </a:ReplyTo>
          <a:RelatesTo>urn:uuid:0000</a:RelatesTo>
          <tev:SubscriptionId a:IsReferenceParameter="true">7</tev:SubscriptionId>
        </env:Header>
        <env:Body><tev:PullMessages><tev:Timeout>PT5S</tev:Timeout></tev:PullMessages></env:Body>
      </env:Envelope>""";

  @Test
  void parsesSoap12WithHeadersAndAddressing() {
    SoapEnvelope env = parse(REQUEST_12);
    assertThat(env.version()).isEqualTo(SoapVersion.SOAP_12);
    assertThat(env.headers()).hasSize(6);
    assertThat(env.bodyElement().is(Namespaces.TEV, "PullMessages")).isTrue();
    assertThat(env.isFault()).isFalse();
    assertThat(env.fault()).isNull();
    Addressing a = env.addressing();
    assertThat(a.action())
        .isEqualTo(
            "http://www.onvif.org/ver10/events/wsdl/PullPointSubscription/PullMessagesRequest");
    assertThat(a.messageId()).isEqualTo("urn:uuid:1111");
    assertThat(a.to()).isEqualTo("http://192.0.2.10/onvif/Subscription?Idx=3");
    assertThat(a.relatesTo()).isEqualTo("urn:uuid:0000");
    assertThat(a.replyTo().address()).isEqualTo(EndpointReference.ANONYMOUS);
    assertThat(a.replyTo().referenceParameters()).hasSize(1);
    assertThat(a.replyTo().referenceParameters().get(0).is(Namespaces.TEV, "Cookie")).isTrue();
    assertThat(env.header(Namespaces.TEV, "SubscriptionId").text()).isEqualTo("7");
    assertThat(env.header(Namespaces.TEV, "Missing")).isNull();
  }

  @Test
  void parsesSoap11AndSaysSo() {
    SoapEnvelope env =
        parse(
            """
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
              <SOAP-ENV:Header><x:H xmlns:x="urn:x">h</x:H></SOAP-ENV:Header>
              <SOAP-ENV:Body><x:Op xmlns:x="urn:x"/></SOAP-ENV:Body>
            </SOAP-ENV:Envelope>""");
    assertThat(env.version()).isEqualTo(SoapVersion.SOAP_11);
    assertThat(env.headers()).hasSize(1);
    assertThat(env.bodyElement().is("urn:x", "Op")).isTrue();
    assertThat(env.addressing()).isEqualTo(Addressing.NONE);
  }

  @Test
  void addressingInThe2004Namespace() {
    SoapEnvelope env =
        parse(
            """
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"
                xmlns:w="http://schemas.xmlsoap.org/ws/2004/08/addressing"
                xmlns:d="http://schemas.xmlsoap.org/ws/2005/04/discovery">
              <s:Header>
                <w:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</w:Action>
                <w:MessageID>uuid:2</w:MessageID>
                <w:RelatesTo>uuid:1</w:RelatesTo>
                <w:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</w:To>
                <w:ReplyTo>
                  <w:Address>http://192.0.2.1/reply</w:Address>
                  <w:ReferenceProperties><d:P>prop</d:P></w:ReferenceProperties>
                  <w:ReferenceParameters><d:Q>param</d:Q></w:ReferenceParameters>
                </w:ReplyTo>
              </s:Header>
              <s:Body><d:ProbeMatches/></s:Body>
            </s:Envelope>""");
    Addressing a = env.addressing();
    assertThat(a.action()).endsWith("/ProbeMatches");
    assertThat(a.messageId()).isEqualTo("uuid:2");
    assertThat(a.relatesTo()).isEqualTo("uuid:1");
    assertThat(a.to()).endsWith("role/anonymous");
    assertThat(a.replyTo().address()).isEqualTo("http://192.0.2.1/reply");
    assertThat(a.replyTo().referenceParameters())
        .extracting(XmlElement::localName)
        .containsExactly("Q", "P");
  }

  @Test
  void buildsSoap12AndReadsItBack() {
    EndpointReference replyTo =
        new EndpointReference(
            "http://192.0.2.9/cb", java.util.List.of(XmlElement.of("urn:x", "Id", "9")));
    SoapEnvelope env =
        SoapEnvelope.of(XmlElement.builder(Namespaces.TDS, "GetDeviceInformation").build())
            .withHeader(XmlElement.of("urn:h", "Custom", "c"))
            .withAddressing(
                Addressing.NONE
                    .withAction("urn:act")
                    .withMessageId("urn:uuid:5")
                    .withTo("http://192.0.2.1/onvif/device_service")
                    .withRelatesTo("urn:uuid:4")
                    .withReplyTo(replyTo),
                Namespaces.WSA);
    String xml = new String(env.toBytes(), UTF_8);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><s:Envelope");
    SoapEnvelope back = SoapEnvelope.parse(env.toBytes());
    assertThat(back.version()).isEqualTo(SoapVersion.SOAP_12);
    assertThat(XmlTrees.difference(env.toElement(), back.toElement())).isNull();
    Addressing a = back.addressing();
    assertThat(a.action()).isEqualTo("urn:act");
    assertThat(a.to()).isEqualTo("http://192.0.2.1/onvif/device_service");
    assertThat(a.relatesTo()).isEqualTo("urn:uuid:4");
    assertThat(a.replyTo().referenceParameters()).hasSize(1);
    assertThat(back.header("urn:h", "Custom").text()).isEqualTo("c");
  }

  @Test
  void buildsSoap11WhenAnsweringA11Request() {
    SoapEnvelope env =
        SoapEnvelope.of(SoapVersion.SOAP_11, XmlElement.of(Namespaces.TDS, "Ok", "1"))
            .withAddressing(Addressing.NONE.withRelatesTo("uuid:7"), Namespaces.WSA_2004);
    String xml = new String(env.toBytes(), UTF_8);
    assertThat(xml).contains("xmlns:s11=\"http://schemas.xmlsoap.org/soap/envelope/\"");
    SoapEnvelope back = SoapEnvelope.parse(env.toBytes());
    assertThat(back.version()).isEqualTo(SoapVersion.SOAP_11);
    assertThat(back.addressing().relatesTo()).isEqualTo("uuid:7");
    assertThat(back.headers().get(0).namespace()).isEqualTo(Namespaces.WSA_2004);
    assertThat(env.contentType("urn:ignored")).isEqualTo("text/xml; charset=utf-8");
  }

  @Test
  void replyToIn2004KeepsItsNamespaceAndParameters() {
    EndpointReference epr =
        new EndpointReference("http://h/x", java.util.List.of(XmlElement.of("urn:x", "P", "1")));
    XmlElement el = epr.toElement(Namespaces.WSA_2004, "ReplyTo");
    assertThat(el.childOrNull(Namespaces.WSA_2004, "Address").text()).isEqualTo("http://h/x");
    assertThat(el.childOrNull(Namespaces.WSA_2004, "ReferenceParameters")).isNotNull();
    XmlElement subscription = epr.toElement(Namespaces.TEV, "SubscriptionReference");
    assertThat(subscription.childOrNull(Namespaces.WSA, "Address")).isNotNull();
  }

  @Test
  void referenceParametersBecomeMarkedHeaders() {
    SoapEnvelope response =
        parse(
            """
            <s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"
                xmlns:wsa="http://www.w3.org/2005/08/addressing"
                xmlns:tev="http://www.onvif.org/ver10/events/wsdl"
                xmlns:dom0="urn:vendor:subscription">
              <s:Body><tev:CreatePullPointSubscriptionResponse>
                <tev:SubscriptionReference>
                  <wsa:Address> http://192.0.2.10/onvif/events </wsa:Address>
                  <wsa:ReferenceParameters><dom0:SubscriptionId>dom0:12</dom0:SubscriptionId>
                  </wsa:ReferenceParameters>
                </tev:SubscriptionReference>
              </tev:CreatePullPointSubscriptionResponse></s:Body>
            </s:Envelope>""");
    EndpointReference epr =
        EndpointReference.fromElement(response.bodyElement().childLenient("SubscriptionReference"));
    assertThat(epr.address()).isEqualTo("http://192.0.2.10/onvif/events");
    SoapEnvelope next =
        SoapEnvelope.of(XmlElement.builder(Namespaces.TEV, "PullMessages").build())
            .withHeaders(epr.referenceParameterHeaders());
    SoapEnvelope sent = SoapEnvelope.parse(next.toBytes());
    XmlElement id = sent.header("urn:vendor:subscription", "SubscriptionId");
    assertThat(id.attribute(Namespaces.WSA, "IsReferenceParameter")).isEqualTo("true");
    // The value's prefix was declared on the response's root; it still resolves when echoed.
    assertThat(id.textAsQName()).isEqualTo(new QName("urn:vendor:subscription", "12"));
  }

  @Test
  void notAnEnvelopeOrNoBodyIsMalformed() {
    assertThatThrownBy(() -> parse("<r/>"))
        .isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("not a SOAP envelope");
    assertThatThrownBy(() -> parse("<Envelope xmlns='urn:other'/>"))
        .hasMessageContaining("not a SOAP envelope");
    assertThatThrownBy(
            () -> parse("<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'/>"))
        .hasMessageContaining("no Body");
  }

  @Test
  void headerAfterBodyIsNotAHeaderAndAnEmptyBodyHasNoElement() {
    SoapEnvelope env =
        parse(
            "<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'>"
                + "<s:Body/><s:Header><h/></s:Header></s:Envelope>");
    assertThat(env.headers()).isEmpty();
    assertThat(env.bodyElement()).isNull();
    assertThat(env.isFault()).isFalse();
  }

  @Test
  void contentTypeCarriesTheActionAsAQuotedString() {
    SoapEnvelope env = SoapEnvelope.of(XmlElement.of("urn:x", "Op", ""));
    assertThat(env.contentType("http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation"))
        .isEqualTo(
            "application/soap+xml; charset=utf-8;"
                + " action=\"http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation\"");
    assertThat(env.contentType(null)).isEqualTo("application/soap+xml; charset=utf-8");
    assertThat(env.contentType("a\"b\\c")).endsWith("action=\"a\\\"b\\\\c\"");
    assertThatThrownBy(() -> env.contentType("x\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void soapVersionFromNamespace() {
    assertThat(SoapVersion.forNamespace(Namespaces.SOAP12)).isEqualTo(SoapVersion.SOAP_12);
    assertThat(SoapVersion.forNamespace(Namespaces.SOAP11)).isEqualTo(SoapVersion.SOAP_11);
    assertThat(SoapVersion.forNamespace("urn:x")).isNull();
    assertThat(SoapVersion.SOAP_12.mediaType()).isEqualTo("application/soap+xml");
  }

  @Test
  void parsedEnvelopeRoundTripsThroughTheWriter() {
    SoapEnvelope env = parse(REQUEST_12);
    SoapEnvelope again = SoapEnvelope.parse(env.toBytes());
    assertThat(XmlTrees.difference(env.toElement(), again.toElement())).isNull();
    assertThat(XmlParser.parse(env.toBytes()).localName()).isEqualTo("Envelope");
  }
}
