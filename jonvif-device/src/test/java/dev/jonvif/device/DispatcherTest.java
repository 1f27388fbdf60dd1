package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.Addressing;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SOAP pipeline: versions, faults for bad input, actions, WS-Addressing, limits. */
class DispatcherTest extends DeviceTestSupport {

  private static final String PATH = "/onvif/device_service";

  @BeforeEach
  void startCamera() {
    start(Persona.generic("cam1"));
  }

  private SoapClient.Answer raw(String xml, Map<String, String> headers) {
    return post(PATH, xml.getBytes(StandardCharsets.UTF_8), headers);
  }

  @Test
  void soap11RequestIsAnsweredInSoap11() {
    SoapEnvelope env = SoapEnvelope.of(SoapVersion.SOAP_11, tds("GetSystemDateAndTime"));
    SoapClient.Answer a =
        post(PATH, env.toBytes(), Map.of("Content-Type", "text/xml; charset=utf-8"));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.envelope().version()).isEqualTo(SoapVersion.SOAP_11);
    assertThat(a.header("content-type")).startsWith("text/xml");
  }

  @Test
  void soap11FaultIsSoap11() {
    SoapEnvelope env = SoapEnvelope.of(SoapVersion.SOAP_11, tds("NoSuchOperation"));
    SoapClient.Answer a =
        post(PATH, env.toBytes(), Map.of("Content-Type", "text/xml; charset=utf-8"));
    assertThat(a.status()).isEqualTo(500);
    assertThat(a.envelope().version()).isEqualTo(SoapVersion.SOAP_11);
    assertThat(a.envelope().fault().reason()).contains("NoSuchOperation");
  }

  @Test
  void DEVICE_1_1_9_unknownOperationIsActionNotSupported() {
    fault(anonymous(tds("GetFluxCapacitor")), 500, "Receiver", "ActionNotSupported");
  }

  @Test
  void knownOperationWithoutHandlerIsActionNotSupported() {
    SoapClient.Answer a =
        post(
            "/onvif/media_service",
            SoapEnvelope.of(XmlElement.builder(Namespaces.TRT, "GetProfiles").build()));
    fault(a, 500, "Receiver", "ActionNotSupported");
  }

  @Test
  void malformedXmlIsASenderFaultWithAReason() {
    SoapClient.Answer a =
        raw("<s:Envelope xmlns:s=\"" + Namespaces.SOAP12 + "\"><s:Body>", Map.of());
    assertThat(fault(a, 400, "Sender", "WellFormed").reason()).startsWith("malformed request");
    fault(raw("not xml at all", Map.of()), 400, "Sender", "WellFormed");
    fault(raw("<foo/>", Map.of()), 400, "Sender", "WellFormed");
  }

  @Test
  void doctypeIsRefused() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><s:Envelope xmlns:s=\""
            + Namespaces.SOAP12
            + "\"><s:Body>&lol;</s:Body></s:Envelope>";
    fault(raw(bomb, Map.of()), 400, "Sender", "WellFormed");
  }

  @Test
  void unknownEnvelopeNamespaceIsVersionMismatch() {
    SoapClient.Answer a =
        raw("<e:Envelope xmlns:e=\"urn:soap:99\"><e:Body/></e:Envelope>", Map.of());
    fault(a, 500, "VersionMismatch");
  }

  @Test
  void emptyBodyIsASenderFault() {
    SoapClient.Answer a =
        raw("<s:Envelope xmlns:s=\"" + Namespaces.SOAP12 + "\"><s:Body/></s:Envelope>", Map.of());
    fault(a, 400, "Sender", "WellFormed");
  }

  @Test
  void actionThatDisagreesWithTheBodyIsRefused() {
    byte[] body = SoapEnvelope.of(tds("GetSystemDateAndTime")).toBytes();
    SoapClient.Answer a =
        post(
            PATH,
            body,
            Map.of(
                "Content-Type",
                "application/soap+xml; charset=utf-8; action=\"" + TDS + "/SystemReboot\""));
    fault(a, 400, "Sender", "InvalidAddressingHeader", "ActionMismatch");
    SoapClient.Answer agreeing =
        post(
            PATH,
            body,
            Map.of(
                "Content-Type",
                "application/soap+xml; charset=utf-8; action=\""
                    + TDS
                    + "/GetSystemDateAndTime\""));
    assertThat(agreeing.status()).isEqualTo(200);
  }

  @Test
  void wsAddressingIsEchoed() {
    SoapEnvelope env =
        SoapEnvelope.of(tds("GetSystemDateAndTime"))
            .withAddressing(
                new Addressing(TDS + "/GetSystemDateAndTime", "urn:uuid:1234", null, null, null),
                Namespaces.WSA);
    Addressing reply = post(PATH, env).envelope().addressing();
    assertThat(reply.relatesTo()).isEqualTo("urn:uuid:1234");
    assertThat(reply.action()).isEqualTo(TDS + "/Device/GetSystemDateAndTimeResponse");
    Addressing plain = anonymous(tds("GetSystemDateAndTime")).envelope().addressing();
    assertThat(plain.relatesTo()).isNull();
  }

  @Test
  void mustUnderstandHeaderWeDoNotKnowIsAFault() {
    XmlElement header =
        XmlElement.builder("urn:x", "Magic")
            .attribute(new javax.xml.namespace.QName(Namespaces.SOAP12, "mustUnderstand"), "true")
            .build();
    SoapClient.Answer a =
        post(PATH, SoapEnvelope.of(tds("GetSystemDateAndTime")).withHeader(header));
    fault(a, 500, "MustUnderstand");
  }

  @Test
  void getOnAServiceEndpointIs405AndUnknownPathsAre404() {
    assertThat(SoapClient.get(base + PATH, Map.of()).status()).isEqualTo(405);
    assertThat(SoapClient.get(base + "/nothing", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void oversizedBodyIsRefused() {
    byte[] big = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    SoapClient.Answer a = SoapClient.post(base + PATH, big, Map.of());
    assertThat(a.status()).isEqualTo(413);
  }

  @Test
  void keepAliveServesManyRequestsOnOneConnection() {
    for (int i = 0; i < 20; i++) {
      assertThat(anonymous(tds("GetSystemDateAndTime")).status()).isEqualTo(200);
    }
  }
}
