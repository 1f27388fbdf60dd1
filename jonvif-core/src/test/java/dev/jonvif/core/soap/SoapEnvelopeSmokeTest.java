package dev.jonvif.core.soap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SoapEnvelopeSmokeTest {

  @Test
  void roundTripsRequestWithAddressing() {
    SoapEnvelope env =
        SoapEnvelope.of(XmlElement.builder(Namespaces.TDS, "GetDeviceInformation").build())
            .withAddressing(
                Addressing.NONE.withAction("urn:a").withMessageId("urn:uuid:1"), Namespaces.WSA);
    byte[] bytes = env.toBytes();
    String xml = new String(bytes, StandardCharsets.UTF_8);
    assertThat(xml).contains("<s:Envelope").contains("<tds:GetDeviceInformation/>");
    SoapEnvelope back = SoapEnvelope.parse(bytes);
    assertThat(back.version()).isEqualTo(SoapVersion.SOAP_12);
    assertThat(back.bodyElement().is(Namespaces.TDS, "GetDeviceInformation")).isTrue();
    assertThat(back.addressing().action()).isEqualTo("urn:a");
    assertThat(back.addressing().messageId()).isEqualTo("urn:uuid:1");
  }

  @Test
  void faultRoundTripKeepsSubcodeChain() {
    SoapFault f = SoapFault.sender("Sender not authorized", "NotAuthorized");
    SoapEnvelope back = SoapEnvelope.parse(SoapEnvelope.ofFault(SoapVersion.SOAP_12, f).toBytes());
    assertThat(back.isFault()).isTrue();
    SoapFault g = back.fault();
    assertThat(g.code()).isEqualTo(FaultCode.SENDER);
    assertThat(g.subcodes()).hasSize(1);
    assertThat(g.subcodes().get(0).getNamespaceURI()).isEqualTo(Namespaces.TER);
    assertThat(g.isNotAuthorized()).isTrue();
    assertThat(g.reason()).isEqualTo("Sender not authorized");
    assertThat(g.httpStatus()).isEqualTo(400);
  }
}
