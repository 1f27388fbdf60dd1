package dev.jonvif.core.soap;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.xml.XmlElement;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** How an HTTP status and body become an envelope or the right exception. */
class SoapResponsesTest {

  private static final ErrorContext CONTEXT =
      new ErrorContext(
          URI.create("http://192.0.2.10/onvif/device_service"),
          "http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation",
          "urn:uuid:42");

  private static final byte[] OK =
      SoapEnvelope.of(XmlElement.of(Namespaces.TDS, "GetDeviceInformationResponse", "")).toBytes();

  private static final byte[] NOT_AUTHORIZED =
      SoapEnvelope.ofFault(
              SoapVersion.SOAP_12, SoapFault.sender("Sender not authorized", "NotAuthorized"))
          .toBytes();

  /** An HTML error page of the kind EZVIZ cameras send with 401 (written for this test). */
  private static final byte[] HTML_401 =
      """
      <!DOCTYPE html>
      <html><head><title>Error: Unauthorized</title></head>
      <body><h2>401 Unauthorized</h2></body></html>
      """
          .getBytes(UTF_8);

  @Test
  void successReturnsTheEnvelope() {
    SoapEnvelope env = SoapResponses.interpret(200, OK, CONTEXT);
    assertThat(env.bodyElement().localName()).isEqualTo("GetDeviceInformationResponse");
  }

  @Test
  void faultInsideANon2xxResponseIsAFault() {
    for (int status : new int[] {400, 401, 500}) {
      SoapFaultException e =
          catchThrowableOfType(
              SoapFaultException.class,
              () -> SoapResponses.interpret(status, NOT_AUTHORIZED, CONTEXT));
      assertThat(e.httpStatus()).isEqualTo(status);
      assertThat(e.isNotAuthorized()).isTrue();
      assertThat(e.fault().subcodes()).hasSize(1);
      assertThat(e.context()).isEqualTo(CONTEXT);
      assertThat(e.getMessage())
          .contains("SOAP fault Sender/ter:NotAuthorized: Sender not authorized")
          .contains("endpoint=http://192.0.2.10/onvif/device_service")
          .contains("messageId=urn:uuid:42");
    }
  }

  @Test
  void faultInsideA200ResponseIsAFaultToo() {
    SoapFaultException e =
        catchThrowableOfType(
            SoapFaultException.class, () -> SoapResponses.interpret(200, NOT_AUTHORIZED, CONTEXT));
    assertThat(e.httpStatus()).isEqualTo(200);
  }

  @Test
  void non2xxWithoutAFaultIsATransportFailureWithTheStatus() {
    TransportException html =
        catchThrowableOfType(
            TransportException.class, () -> SoapResponses.interpret(401, HTML_401, CONTEXT));
    assertThat(html.httpStatus()).isEqualTo(401);
    assertThat(html).hasMessageStartingWith("HTTP 401 Unauthorized");
    assertThat(html.isTimeout()).isFalse();
    TransportException empty =
        catchThrowableOfType(
            TransportException.class, () -> SoapResponses.interpret(503, new byte[0], CONTEXT));
    assertThat(empty.httpStatus()).isEqualTo(503);
    TransportException envelope =
        catchThrowableOfType(
            TransportException.class, () -> SoapResponses.interpret(404, OK, CONTEXT));
    assertThat(envelope.httpStatus()).isEqualTo(404);
    TransportException odd =
        catchThrowableOfType(
            TransportException.class, () -> SoapResponses.interpret(418, null, CONTEXT));
    assertThat(odd).hasMessageStartingWith("HTTP 418 [");
  }

  @Test
  void garbageIn2xxIsMalformedWithContext() {
    MalformedMessageException e =
        catchThrowableOfType(
            MalformedMessageException.class,
            () -> SoapResponses.interpret(200, "<html><body>".getBytes(UTF_8), CONTEXT));
    assertThat(e.context()).isEqualTo(CONTEXT);
    assertThat(e.getMessage()).contains("not well-formed XML").contains("action=");
    MalformedMessageException notSoap =
        catchThrowableOfType(
            MalformedMessageException.class,
            () -> SoapResponses.interpret(200, "<ok/>".getBytes(UTF_8), CONTEXT));
    assertThat(notSoap).hasMessageContaining("not a SOAP envelope");
    MalformedMessageException empty =
        catchThrowableOfType(
            MalformedMessageException.class,
            () -> SoapResponses.interpret(200, new byte[0], CONTEXT));
    assertThat(empty).hasMessageContaining("empty response body");
    assertThat(empty.context()).isEqualTo(CONTEXT);
  }
}
