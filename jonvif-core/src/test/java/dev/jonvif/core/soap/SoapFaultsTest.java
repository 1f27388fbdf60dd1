package dev.jonvif.core.soap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.xml.XmlElement;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** Faults of both SOAP versions, read and written, with their full code chains. */
class SoapFaultsTest {

  private static SoapFault fault(String xml) {
    SoapEnvelope env = SoapEnvelope.parse(xml.getBytes(UTF_8));
    assertThat(env.isFault()).isTrue();
    return env.fault();
  }

  private static final String FAULT_12 =
      """
      <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
          xmlns:ter="http://www.onvif.org/ver10/error">
        <env:Body><env:Fault>
          <env:Code><env:Value>env:Sender</env:Value>
            <env:Subcode><env:Value>ter:InvalidArgVal</env:Value>
              <env:Subcode><env:Value>ter:NoProfile</env:Value></env:Subcode>
            </env:Subcode>
          </env:Code>
          <env:Reason>
            <env:Text xml:lang="de">Profil nicht gefunden</env:Text>
            <env:Text xml:lang="en-US">Profile not found (US)</env:Text>
            <env:Text xml:lang="en">Profile not found</env:Text>
          </env:Reason>
          <env:Detail><ter:Info>token=main</ter:Info></env:Detail>
        </env:Fault></env:Body>
      </env:Envelope>""";

  @Test
  void soap12FaultWithTheFullChainReasonAndDetail() {
    SoapFault f = fault(FAULT_12);
    assertThat(f.code()).isEqualTo(FaultCode.SENDER);
    assertThat(f.rawCode()).isEqualTo(new QName(Namespaces.SOAP12, "Sender"));
    assertThat(f.subcodes())
        .containsExactly(
            new QName(Namespaces.TER, "InvalidArgVal"), new QName(Namespaces.TER, "NoProfile"));
    assertThat(f.codeChain()).isEqualTo("Sender/ter:InvalidArgVal/ter:NoProfile");
    assertThat(f.reason()).isEqualTo("Profile not found");
    assertThat(f.reasonLang()).isEqualTo("en");
    assertThat(f.detail().is(Namespaces.TER, "Info")).isTrue();
    assertThat(f.hasSubcode("NoProfile")).isTrue();
    assertThat(f.hasSubcode(new QName(Namespaces.TER, "InvalidArgVal"))).isTrue();
    assertThat(f.hasSubcode(new QName("urn:other", "InvalidArgVal"))).isFalse();
    assertThat(f.isNotAuthorized()).isFalse();
    assertThat(f.httpStatus()).isEqualTo(400);
  }

  @Test
  void reasonFallsBackToEnglishVariantThenFirst() {
    SoapFault us =
        fault(FAULT_12.replace("<env:Text xml:lang=\"en\">Profile not found</env:Text>", ""));
    assertThat(us.reason()).isEqualTo("Profile not found (US)");
    assertThat(us.reasonLang()).isEqualTo("en-US");
    SoapFault de =
        fault(
            FAULT_12
                .replace("<env:Text xml:lang=\"en\">Profile not found</env:Text>", "")
                .replace("<env:Text xml:lang=\"en-US\">Profile not found (US)</env:Text>", ""));
    assertThat(de.reason()).isEqualTo("Profil nicht gefunden");
    assertThat(de.reasonLang()).isEqualTo("de");
  }

  @Test
  void receiverFaultsMapTo500() {
    SoapFault f = fault(FAULT_12.replace("env:Sender", "env:Receiver"));
    assertThat(f.code()).isEqualTo(FaultCode.RECEIVER);
    assertThat(f.httpStatus()).isEqualTo(500);
    assertThat(FaultCode.SENDER.httpStatus()).isEqualTo(400);
    assertThat(FaultCode.RECEIVER.httpStatus()).isEqualTo(500);
    assertThat(FaultCode.MUST_UNDERSTAND.httpStatus()).isEqualTo(500);
    assertThat(FaultCode.VERSION_MISMATCH.httpStatus()).isEqualTo(500);
    assertThat(FaultCode.DATA_ENCODING_UNKNOWN.httpStatus()).isEqualTo(500);
  }

  @Test
  void unknownCodeIsNullButTheRawCodeIsKept() {
    SoapFault f = fault(FAULT_12.replace("env:Sender", "env:Reveiver"));
    assertThat(f.code()).isNull();
    assertThat(f.rawCode()).isEqualTo(new QName(Namespaces.SOAP12, "Reveiver"));
    assertThat(f.codeChain()).isEqualTo("Reveiver/ter:InvalidArgVal/ter:NoProfile");
    assertThat(f.httpStatus()).isEqualTo(500);
  }

  @Test
  void missingOrEmptyCodeStillGivesAUsableFault() {
    SoapFault none =
        fault(
            "<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'><s:Body><s:Fault>"
                + "<s:Code><s:Value> </s:Value></s:Code></s:Fault></s:Body></s:Envelope>");
    assertThat(none.code()).isNull();
    assertThat(none.codeChain()).isNotEmpty();
    assertThat(none.reason()).isEmpty();
    assertThat(none.detail()).isNull();
  }

  @Test
  void soap11FaultWithStandardCode() {
    SoapFault f =
        fault(
            """
            <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
              <SOAP-ENV:Body><SOAP-ENV:Fault>
                <faultcode>SOAP-ENV:Client</faultcode>
                <faultstring>Bad request</faultstring>
                <detail><x:D xmlns:x="urn:x">why</x:D></detail>
              </SOAP-ENV:Fault></SOAP-ENV:Body>
            </SOAP-ENV:Envelope>""");
    assertThat(f.code()).isEqualTo(FaultCode.SENDER);
    assertThat(f.rawCode()).isEqualTo(new QName(Namespaces.SOAP11, "Client"));
    assertThat(f.subcodes()).isEmpty();
    assertThat(f.reason()).isEqualTo("Bad request");
    assertThat(f.detail().is("urn:x", "D")).isTrue();
    assertThat(f.httpStatus()).isEqualTo(400);
  }

  @Test
  void soap11DottedCodeBecomesASubcodeChain() {
    SoapFault f =
        fault(
            """
            <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">
              <s:Body><s:Fault><faultcode>s:Client.Auth</faultcode>
                <faultstring>no</faultstring></s:Fault></s:Body>
            </s:Envelope>""");
    assertThat(f.code()).isEqualTo(FaultCode.SENDER);
    assertThat(f.subcodes()).containsExactly(new QName("Auth"));
    assertThat(f.codeChain()).isEqualTo("Sender/Auth");
    SoapFault server =
        fault(
            "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'><s:Body><s:Fault>"
                + "<faultcode>s:Server</faultcode></s:Fault></s:Body></s:Envelope>");
    assertThat(server.code()).isEqualTo(FaultCode.RECEIVER);
    assertThat(server.httpStatus()).isEqualTo(500);
  }

  @Test
  void soap11BareOnvifCodeIsFiledUnderSenderOrReceiver() {
    String template =
        """
        <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
            xmlns:ter="http://www.onvif.org/ver10/error">
          <s:Body><s:Fault><faultcode>ter:%s</faultcode><faultstring>r</faultstring>
          </s:Fault></s:Body>
        </s:Envelope>""";
    SoapFault auth = fault(template.formatted("NotAuthorized"));
    assertThat(auth.code()).isEqualTo(FaultCode.SENDER);
    assertThat(auth.rawCode()).isEqualTo(new QName(Namespaces.TER, "NotAuthorized"));
    assertThat(auth.subcodes()).containsExactly(new QName(Namespaces.TER, "NotAuthorized"));
    assertThat(auth.isNotAuthorized()).isTrue();
    assertThat(auth.codeChain()).isEqualTo("Sender/ter:NotAuthorized");
    assertThat(fault(template.formatted("ActionNotSupported")).code())
        .isEqualTo(FaultCode.RECEIVER);
  }

  @Test
  void soap11StyleFaultInsideA12Envelope() {
    SoapFault f =
        fault(
            "<e:Envelope xmlns:e='http://www.w3.org/2003/05/soap-envelope'><e:Body><e:Fault>"
                + "<faultcode>e:Sender</faultcode><faultstring>odd</faultstring>"
                + "</e:Fault></e:Body></e:Envelope>");
    assertThat(f.code()).isEqualTo(FaultCode.SENDER);
    assertThat(f.reason()).isEqualTo("odd");
  }

  @Test
  void buildsSoap12FaultsThatReadBackIdentically() {
    XmlElement detail = XmlElement.of(Namespaces.TER, "Info", "d");
    SoapFault f =
        SoapFault.sender("Profile not found", "InvalidArgVal", "NoProfile").withDetail(detail);
    SoapEnvelope env = SoapEnvelope.ofFault(SoapVersion.SOAP_12, f);
    String xml = new String(env.toBytes(), UTF_8);
    assertThat(xml)
        .contains("<s:Value>s:Sender</s:Value>")
        .contains("<s:Value>ter:InvalidArgVal</s:Value>")
        .contains("xml:lang=\"en\"");
    SoapFault back = SoapEnvelope.parse(env.toBytes()).fault();
    assertThat(back.code()).isEqualTo(FaultCode.SENDER);
    assertThat(back.subcodes()).isEqualTo(f.subcodes());
    assertThat(back.reason()).isEqualTo("Profile not found");
    assertThat(back.detail().text()).isEqualTo("d");
  }

  @Test
  void writingA12FaultUsesTheStandardCodeWhateverWasRead() {
    SoapFault from11 =
        new SoapFault(
            FaultCode.SENDER, new QName(Namespaces.SOAP11, "Client"), List.of(), "x", "en", null);
    SoapFault back =
        SoapEnvelope.parse(SoapEnvelope.ofFault(SoapVersion.SOAP_12, from11).toBytes()).fault();
    assertThat(back.rawCode()).isEqualTo(new QName(Namespaces.SOAP12, "Sender"));
    SoapFault unknown =
        new SoapFault(null, new QName(Namespaces.SOAP12, "Reveiver"), List.of(), "", "en", null);
    assertThat(
            SoapEnvelope.parse(SoapEnvelope.ofFault(SoapVersion.SOAP_12, unknown).toBytes())
                .fault()
                .code())
        .isEqualTo(FaultCode.RECEIVER);
  }

  @Test
  void buildsSoap11FaultsWithDottedSubcodes() {
    SoapFault f = SoapFault.sender("Sender not authorized", "NotAuthorized");
    SoapEnvelope env = SoapEnvelope.ofFault(SoapVersion.SOAP_11, f);
    String xml = new String(env.toBytes(), UTF_8);
    assertThat(xml).contains("<faultcode>s11:Client.NotAuthorized</faultcode>");
    assertThat(xml).contains("<faultstring>Sender not authorized</faultstring>");
    SoapFault back = SoapEnvelope.parse(env.toBytes()).fault();
    assertThat(back.code()).isEqualTo(FaultCode.SENDER);
    assertThat(back.isNotAuthorized()).isTrue();
    assertThat(back.codeChain()).isEqualTo("Sender/NotAuthorized");
    SoapFault plain =
        SoapEnvelope.parse(
                SoapEnvelope.ofFault(SoapVersion.SOAP_11, SoapFault.receiver("down")).toBytes())
            .fault();
    assertThat(plain.code()).isEqualTo(FaultCode.RECEIVER);
    assertThat(plain.rawCode()).isEqualTo(new QName(Namespaces.SOAP11, "Server"));
  }

  @Test
  void notAuthorizedIsRecognisedInItsVendorForms() {
    assertThat(SoapFault.sender("x", "NotAuthorized").isNotAuthorized()).isTrue();
    SoapFault wsse =
        new SoapFault(
            FaultCode.SENDER,
            null,
            List.of(new QName(Namespaces.WSSE, "FailedAuthentication")),
            "",
            null,
            null);
    assertThat(wsse.isNotAuthorized()).isTrue();
    // DVC DCN-BM2220LPR: plain Sender, reason "HTTP Error: 401 Unauthorized".
    SoapFault dvc = SoapFault.sender("HTTP Error: 401 Unauthorized");
    assertThat(dvc.isHttp401InReason()).isTrue();
    assertThat(dvc.isNotAuthorized()).isTrue();
    assertThat(SoapFault.sender("method not recognized").isNotAuthorized()).isFalse();
    assertThat(SoapFault.receiver("HTTP Error: 401 Unauthorized").isNotAuthorized()).isFalse();
  }

  @Test
  void faultCodeNamesInBothVersions() {
    assertThat(FaultCode.fromLocalName("Client")).isEqualTo(FaultCode.SENDER);
    assertThat(FaultCode.fromLocalName("server")).isEqualTo(FaultCode.RECEIVER);
    assertThat(FaultCode.fromLocalName("MustUnderstand")).isEqualTo(FaultCode.MUST_UNDERSTAND);
    assertThat(FaultCode.fromLocalName("Reveiver")).isNull();
    assertThat(FaultCode.SENDER.localName(SoapVersion.SOAP_11)).isEqualTo("Client");
    assertThat(FaultCode.RECEIVER.localName(SoapVersion.SOAP_12)).isEqualTo("Receiver");
  }

  @Test
  void deeplyNestedSubcodesAreCut() {
    StringBuilder xml =
        new StringBuilder(
            "<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'><s:Body><s:Fault>"
                + "<s:Code><s:Value>s:Sender</s:Value>");
    xml.append("<s:Subcode><s:Value>s:X</s:Value>".repeat(40));
    xml.append("</s:Subcode>".repeat(40)).append("</s:Code></s:Fault></s:Body></s:Envelope>");
    assertThat(fault(xml.toString()).subcodes()).hasSize(SoapFaults.MAX_SUBCODES);
  }
}
