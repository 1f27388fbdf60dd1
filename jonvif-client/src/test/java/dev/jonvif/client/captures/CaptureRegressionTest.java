package dev.jonvif.client.captures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jonvif.client.internal.RawResponse;
import dev.jonvif.client.internal.Uris;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.model.Capabilities;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MediaResponses;
import dev.jonvif.core.model.MediaUri;
import dev.jonvif.core.model.Service;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.soap.SoapResponses;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every GetDeviceInformation, GetCapabilities, GetServices, GetProfiles, GetStreamUri,
 * GetSnapshotUri and fault capture listed in the shared MANIFEST maps to records, or to the right
 * exception, the way the client reads answers (an HTTP status, the bytes, {@link
 * SoapResponses#interpret}).
 */
class CaptureRegressionTest {

  private static final Set<String> ROOTS =
      Set.of(
          "GetDeviceInformationResponse",
          "GetCapabilitiesResponse",
          "GetServicesResponse",
          "GetProfilesResponse",
          "GetStreamUriResponse",
          "GetSnapshotUriResponse",
          "Fault");

  @TestFactory
  Stream<DynamicTest> everyCaptureMapsWithoutSurprise() {
    List<String[]> rows = Captures.manifestRows(ROOTS);
    assertThat(rows).as("captures of the operations under test").hasSizeGreaterThan(200);
    return rows.stream()
        .map(r -> DynamicTest.dynamicTest(r[1] + " " + r[0], () -> check(r[0], r[1], r[2])));
  }

  private static void check(String path, String root, String schemaCheck) {
    byte[] bytes = Captures.read(path);
    ErrorContext ctx = ErrorContext.of(URI.create("http://camera/onvif/device_service"), root);
    if (root.equals("Fault")) {
      checkFault(bytes, ctx);
      return;
    }
    SoapEnvelope env;
    try {
      env = SoapResponses.interpret(200, bytes, ctx);
    } catch (MalformedMessageException e) {
      assertThat(schemaCheck)
          .as("only documents that are not well-formed may be refused")
          .startsWith("NOT-WELL-FORMED");
      return;
    }
    XmlElement body = env.bodyElement();
    assertThat(body.localName()).isEqualTo(root);
    switch (root) {
      case "GetDeviceInformationResponse" -> {
        DeviceInformation info = DeviceInformation.fromElement(body);
        assertThat(info.model()).isNotBlank();
        assertThat(info.firmwareVersion()).isNotBlank();
      }
      case "GetCapabilitiesResponse" -> {
        Capabilities caps = Capabilities.fromResponse(body);
        assertThat(caps.xaddrs()).containsKey(Namespaces.TDS);
        caps.xaddrs().values().forEach(CaptureRegressionTest::assertUsableUri);
      }
      case "GetServicesResponse" -> {
        List<Service> services = Service.listFromResponse(body);
        assertThat(services).isNotEmpty();
        services.forEach(s -> assertUsableUri(s.xaddr()));
        assertThat(services).extracting(Service::namespace).doesNotContain("");
      }
      case "GetProfilesResponse" -> {
        List<MediaProfile> profiles = MediaResponses.profiles(body);
        assertThat(profiles).isNotEmpty();
        Set<String> tokens = new HashSet<>();
        for (MediaProfile p : profiles) {
          assertThat(p.token()).isNotBlank();
          assertThat(tokens.add(p.token())).as("unique token " + p.token()).isTrue();
        }
      }
      case "GetStreamUriResponse", "GetSnapshotUriResponse" -> {
        MediaUri uri = MediaUri.fromResponse(body);
        assertUsableUri(uri.uri());
        assertThat(Uris.parse(uri.uri()).getScheme())
            .isIn(
                root.equals("GetStreamUriResponse")
                    ? List.of("rtsp", "http")
                    : List.of("http", "https"));
      }
      default -> throw new AssertionError(root);
    }
  }

  private static void checkFault(byte[] bytes, ErrorContext ctx) {
    Throwable t = catchThrowable(() -> SoapResponses.interpret(500, bytes, ctx));
    assertThat(t).isInstanceOf(SoapFaultException.class);
    SoapFaultException f = (SoapFaultException) t;
    assertThat(f.fault().codeChain()).isNotBlank();
    boolean refusal = RawResponse.isRefusal(f.fault());
    // A credentials refusal is recognised as one; nothing else is.
    assertThat(refusal)
        .as(f.fault().codeChain() + " " + f.fault().reason())
        .isEqualTo(
            f.hasSubcode("NotAuthorized") || f.fault().reason().contains("401 Unauthorized"));
  }

  private static void assertUsableUri(String uri) {
    assertThat(uri).isNotBlank();
    URI parsed = Uris.parse(uri);
    assertThat(parsed.getHost()).as(uri).isNotBlank();
  }

  @TestFactory
  Stream<DynamicTest> notWellFormedCapturesRaiseMalformedMessage() {
    return Captures.manifestRows(Set.of("?")).stream()
        .filter(r -> r[2].startsWith("NOT-WELL-FORMED"))
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r[0],
                    () -> {
                      byte[] bytes = Captures.read(r[0]);
                      Throwable t =
                          catchThrowable(
                              () -> SoapResponses.interpret(200, bytes, ErrorContext.NONE));
                      // Leniency may read it; otherwise only our malformed-message exception.
                      if (t != null) {
                        assertThat(t).isInstanceOf(MalformedMessageException.class);
                      }
                    }));
  }
}
