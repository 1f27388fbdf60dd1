package dev.jonvif.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapVersion;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OnvifSchemasTest {

  private static final String SPROCTOR =
      "sproctor__ONVIF-Camera-Kotlin/onvifcamera/src/commonTest/resources/";
  private static final String EASY_ONVIF =
      "faithoflifedev__easy_onvif_workspace/packages/easy_onvif/test/xml/";
  private static final String NVT = "hawkeye64__onvif-nvt/test/data/xml/";

  @BeforeEach
  void needsSchemas() {
    OnvifSchemas.assumeAvailable();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        SPROCTOR + "probeResponse.xml", // Axis M2025-LE ProbeMatches (WS-Discovery)
        SPROCTOR + "deviceInfo.xml", // Axis M2025-LE GetDeviceInformationResponse
        SPROCTOR + "profiles.xml", // Axis M2025-LE Media2 GetProfilesResponse
        SPROCTOR + "fault_notAuthorized.xml", // SOAP 1.2 fault, ter:NotAuthorized
        "2BAD__onvif/fixtures/live/ezviz/ds-2de2c400ig-w-w/events.PullMessagesMotion.xml",
        EASY_ONVIF + "DCS-6511/device_management/GetSystemDateAndTimeResponse.xml",
        // A request with a wsse:Security header: headers outside the schema set pass (lax).
        NVT + "axis/ptz/GotoPreset.Request.xml"
      })
  void capturesTheManifestCallsValidPass(String capture) {
    assertThat(Captures.get(capture).schemaValid()).isTrue();
    OnvifSchemas.assertValidEnvelope(Captures.bytes(capture));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Media 1 allows only JPEG, MPEG4, H264 (ENP1A14-IR_25X, fw V5.5.3)
        EASY_ONVIF + "ENP1A14-IR_25X/media1/GetProfilesResponse.xml|'H265'",
        // VideoEncoderConfiguration without Encoding (Lorex GetProfiles)
        SPROCTOR + "lorex.xml|Encoding",
        // SOAP-ENV:encodingStyle on a SOAP 1.2 Fault (Axis Q6045-E)
        NVT + "axis/core/GetServices.Error.xml|encodingStyle",
        // misspelled fault code env:Reveiver (Hikvision DS-2CD2012-I)
        NVT + "hikvision-fixed/core/GetDot11Capabilities.Error.xml|env:Reveiver",
        // a body element no ONVIF schema declares: the body is checked strictly
        "agsh__onvif/test/serverMockup/media.AddAudioEncoderConfiguration.xml"
            + "|AddAudioEncoderConfigurationResponse",
        // EZVIZ answers an unauthenticated request with an HTML page (with a DOCTYPE, refused)
        "2BAD__onvif/fixtures/live/ezviz/ds-2de2c400ig-w-w/"
            + "device.GetSystemDateAndTimeUnauthorizedFault.xml|DOCTYPE",
        // not well-formed as published (agsh mock template)
        "agsh__onvif/test/serverMockup/device.GetDNS.xml|not well-formed"
      })
  void capturesTheManifestCallsInvalidFailWithTheReason(String capture, String expected) {
    assertThat(Captures.get(capture).schemaValid()).isFalse();
    List<SchemaError> errors = OnvifSchemas.validateEnvelope(Captures.bytes(capture));
    assertThat(errors).isNotEmpty();
    assertThat(errors).anySatisfy(e -> assertThat(e.message()).contains(expected));
    assertThat(errors).allSatisfy(e -> assertThat(e.line()).isPositive());
  }

  @Test
  void h265InAMedia1ProfileIsReportedAtItsLine() {
    String capture = EASY_ONVIF + "ENP1A14-IR_25X/media1/GetProfilesResponse.xml";
    String[] lines = Captures.text(capture).split("\r\n|\r|\n", -1);
    List<SchemaError> errors = OnvifSchemas.validateEnvelope(Captures.bytes(capture));
    SchemaError enumError =
        errors.stream().filter(e -> e.message().contains("'H265'")).findFirst().orElseThrow();
    assertThat(lines[enumError.line() - 1]).contains("H265");
  }

  @Test
  void everyCaptureValidatesAsTheManifestSays() {
    List<String> disagreements = new ArrayList<>();
    for (Capture c : Captures.all()) {
      boolean valid = OnvifSchemas.validateEnvelope(c.bytes()).isEmpty();
      if (valid != c.schemaValid()) {
        disagreements.add(c.relativePath() + " manifest: " + c.schemaCheck());
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void handBuiltGetSystemDateAndTimeResponseIsValid() {
    String tt = Namespaces.TT;
    XmlElement utc =
        XmlElement.builder(tt, "UTCDateTime")
            .child(
                XmlElement.builder(tt, "Time")
                    .child(tt, "Hour", 7)
                    .child(tt, "Minute", 50)
                    .child(tt, "Second", 45)
                    .build())
            .child(
                XmlElement.builder(tt, "Date")
                    .child(tt, "Year", 2010)
                    .child(tt, "Month", 9)
                    .child(tt, "Day", 16)
                    .build())
            .build();
    XmlElement response =
        XmlElement.builder(Namespaces.TDS, "GetSystemDateAndTimeResponse")
            .child(
                XmlElement.builder(Namespaces.TDS, "SystemDateAndTime")
                    .child(tt, "DateTimeType", "NTP")
                    .child(tt, "DaylightSavings", false)
                    .child(utc)
                    .build())
            .build();
    XmlElement envelope = SoapEnvelope.of(response).toElement();

    assertThat(OnvifSchemas.validateEnvelope(envelope)).isEmpty();
    OnvifSchemas.assertValidElement(response);
  }

  @Test
  void wrongOrderInABodyElementIsAnError() {
    String tt = Namespaces.TT;
    XmlElement response =
        XmlElement.builder(Namespaces.TDS, "GetSystemDateAndTimeResponse")
            .child(
                XmlElement.builder(Namespaces.TDS, "SystemDateAndTime")
                    .child(tt, "DaylightSavings", false) // DateTimeType must come first
                    .child(tt, "DateTimeType", "NTP")
                    .build())
            .build();

    List<SchemaError> errors = OnvifSchemas.validateEnvelope(SoapEnvelope.of(response));

    assertThat(errors)
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("DaylightSavings"));
  }

  @Test
  void undeclaredBodyElementIsAnErrorButUnknownHeadersPass() {
    XmlElement security =
        XmlElement.builder(Namespaces.WSSE, "Security")
            .child(XmlElement.of(Namespaces.WSSE, "Anything", "goes"))
            .build();
    SoapEnvelope known =
        SoapEnvelope.of(XmlElement.builder(Namespaces.TDS, "GetSystemDateAndTime").build())
            .withHeader(security);
    SoapEnvelope unknown =
        SoapEnvelope.of(XmlElement.builder(Namespaces.TDS, "GetTheMoon").build())
            .withHeader(security);

    assertThat(OnvifSchemas.validateEnvelope(known)).isEmpty();
    assertThat(OnvifSchemas.validateEnvelope(unknown))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("GetTheMoon"));
  }

  @Test
  void probeMatchesValidatesOnItsOwn() {
    XmlElement envelope = XmlParser.parse(Captures.bytes(SPROCTOR + "probeResponse2.xml"));
    XmlElement probeMatches = SoapEnvelope.fromElement(envelope).bodyElement();
    assertThat(probeMatches.is(Namespaces.WSD, "ProbeMatches")).isTrue();

    assertThat(OnvifSchemas.validateElement(probeMatches)).isEmpty();
  }

  @Test
  void elementValidationRequiresADeclaredRoot() {
    XmlElement stray = XmlElement.of(Namespaces.TT, "NotAnElement", "x");

    assertThat(OnvifSchemas.validateElement(stray))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("cvc-elt.1.a"));
  }

  @Test
  void assertValidListsErrorsWithTheDocument() {
    byte[] doc = SoapEnvelope.of(XmlElement.of(Namespaces.TDS, "GetTheMoon", "full")).toBytes();

    assertThatThrownBy(() -> OnvifSchemas.assertValidEnvelope(doc))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 error")
        .hasMessageContaining("line 1, column")
        .hasMessageContaining("GetTheMoon")
        .hasMessageContaining(new String(doc, StandardCharsets.UTF_8));
  }

  @Test
  void aDocumentThatIsNoEnvelopeIsAnError() {
    assertThat(OnvifSchemas.validateEnvelope(XmlElement.of(Namespaces.TT, "Name", "x")))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("not a SOAP envelope"));
  }

  @Test
  void soap11EnvelopeHasItsBodyChecked() {
    byte[] doc =
        new SoapEnvelope(
                SoapVersion.SOAP_11,
                List.of(),
                List.of(XmlElement.of(Namespaces.TDS, "GetTheMoon", "")))
            .toBytes();

    assertThat(OnvifSchemas.validateEnvelope(doc)).hasSize(1);
  }
}
