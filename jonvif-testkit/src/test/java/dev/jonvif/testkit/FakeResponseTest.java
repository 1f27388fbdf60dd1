package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapFault;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import java.time.Duration;
import java.time.Instant;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class FakeResponseTest {

  @Test
  void okWrapsAFragmentUsingConventionalPrefixesInASoap12Envelope() {
    FakeResponse r =
        FakeResponse.ok(
            "<tds:GetHostnameResponse><tds:HostnameInformation>"
                + "<tt:FromDHCP>false</tt:FromDHCP><tt:Name>cam-1</tt:Name>"
                + "</tds:HostnameInformation></tds:GetHostnameResponse>");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.contentType()).isEqualTo("application/soap+xml; charset=utf-8");
    SoapEnvelope env = SoapEnvelope.parse(r.bodyBytes());
    assertThat(env.version()).isEqualTo(SoapVersion.SOAP_12);
    assertThat(
            env.bodyElement()
                .path(Namespaces.TDS, "HostnameInformation")
                .childText(Namespaces.TT, "Name"))
        .isEqualTo("cam-1");
  }

  @Test
  void fragmentKeepsPrefixesItsTextUses() {
    FakeResponse r =
        FakeResponse.ok(
            "<wsnt:Subscribe><wsnt:Filter><wsnt:TopicExpression"
                + " Dialect=\"http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet\">"
                + "tns1:VideoSource/MotionAlarm</wsnt:TopicExpression></wsnt:Filter></wsnt:Subscribe>");

    XmlElement topic =
        SoapEnvelope.parse(r.bodyBytes())
            .bodyElement()
            .path(Namespaces.WSNT, "Filter", "TopicExpression");

    assertThat(topic.resolveQName(topic.textTrim()))
        .isEqualTo(new QName(Namespaces.TNS1, "VideoSource/MotionAlarm"));
  }

  @Test
  void fragmentsMustBeElements() {
    assertThatThrownBy(() -> FakeResponse.ok("just text"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeResponse.ok("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void soap11UsesTextXml() {
    FakeResponse r = FakeResponse.soap11("<tds:GetHostnameResponse/>");

    assertThat(r.contentType()).isEqualTo("text/xml; charset=utf-8");
    assertThat(SoapEnvelope.parse(r.bodyBytes()).version()).isEqualTo(SoapVersion.SOAP_11);
  }

  @Test
  void faultCarriesCodeSubcodesAndTheBindingStatus() {
    FakeResponse r =
        FakeResponse.fault(FaultCode.SENDER, "InvalidArgVal/NoProfile", "no such profile");

    assertThat(r.statusCode()).isEqualTo(400);
    SoapFault f = SoapEnvelope.parse(r.bodyBytes()).fault();
    assertThat(f.code()).isEqualTo(FaultCode.SENDER);
    assertThat(f.subcodes())
        .containsExactly(
            new QName(Namespaces.TER, "InvalidArgVal"), new QName(Namespaces.TER, "NoProfile"));
    assertThat(f.reason()).isEqualTo("no such profile");
    assertThat(FakeResponse.fault(FaultCode.RECEIVER, null, "x").statusCode()).isEqualTo(500);
  }

  @Test
  void systemDateAndTimeReportsTheDeviceClock() {
    FakeResponse r = FakeResponse.systemDateAndTime(Instant.parse("2031-02-03T04:05:06Z"));

    XmlElement utc =
        SoapEnvelope.parse(r.bodyBytes()).bodyElement().path(Namespaces.TDS, "SystemDateAndTime");
    XmlElement dt = utc.childOrNull(Namespaces.TT, "UTCDateTime");
    assertThat(dt.path(Namespaces.TT, "Date").childText(Namespaces.TT, "Year")).isEqualTo("2031");
    assertThat(dt.path(Namespaces.TT, "Date").childText(Namespaces.TT, "Month")).isEqualTo("2");
    assertThat(dt.path(Namespaces.TT, "Date").childText(Namespaces.TT, "Day")).isEqualTo("3");
    assertThat(dt.path(Namespaces.TT, "Time").childText(Namespaces.TT, "Hour")).isEqualTo("4");
    assertThat(dt.path(Namespaces.TT, "Time").childText(Namespaces.TT, "Minute")).isEqualTo("5");
    assertThat(dt.path(Namespaces.TT, "Time").childText(Namespaces.TT, "Second")).isEqualTo("6");
  }

  @Test
  void systemDateAndTimeIsSchemaValid() {
    OnvifSchemas.assumeAvailable();
    OnvifSchemas.assertValidEnvelope(
        FakeResponse.systemDateAndTime(Instant.parse("2031-02-03T04:05:06Z")).bodyBytes());
  }

  @Test
  void fromFixtureServesTheBytesUnchanged() {
    FakeResponse r = FakeResponse.fromFixture("example_GetHostname");

    assertThat(r.bodyBytes()).isEqualTo(Fixtures.bytes("example_GetHostname"));
    assertThat(r.contentType()).isEqualTo("application/soap+xml; charset=utf-8");
  }

  @Test
  void fromCaptureServesTheBytesUnchanged() {
    String capture =
        "sproctor__ONVIF-Camera-Kotlin/onvifcamera/src/commonTest/resources/deviceInfo.xml";
    FakeResponse r = FakeResponse.fromCapture(capture);

    assertThat(r.bodyBytes()).isEqualTo(Captures.bytes(capture));
  }

  @Test
  void modifiersReturnNewResponses() {
    FakeResponse base = FakeResponse.status(200);
    FakeResponse changed =
        base.withStatus(503)
            .header("Retry-After", "1")
            .delay(Duration.ofMillis(5))
            .slowBody(2, Duration.ZERO)
            .chunked()
            .disconnectAfterHeaders();

    assertThat(base.statusCode()).isEqualTo(200);
    assertThat(base.headerLines()).isEmpty();
    assertThat(changed.statusCode()).isEqualTo(503);
    assertThat(changed.headerLines()).hasSize(1);
    assertThat(changed.isChunked()).isTrue();
    assertThat(changed.behaviour()).isEqualTo(FakeResponse.Behaviour.DISCONNECT_AFTER_HEADERS);
    assertThatThrownBy(() -> base.header("X", "a\r\nInjected: yes"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FakeResponse.status(42)).isInstanceOf(IllegalArgumentException.class);
  }
}
