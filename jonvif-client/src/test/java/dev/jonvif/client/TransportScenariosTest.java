package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.SoapFaultException;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slow, stalled, reset and oddly framed answers: every call ends, with a clear error. */
class TransportScenariosTest {

  private final SimulatedCamera sim = new SimulatedCamera();

  @AfterEach
  void close() {
    sim.close();
  }

  private OnvifCamera camera(Duration timeout) {
    return sim.client().requestTimeout(timeout).build();
  }

  private static FakeResponse info() {
    return FakeResponse.ok(new DeviceInformation("A", "M", "F", "S", "H").toElement());
  }

  @Test
  void slowButCompleteAnswersAreRead() {
    sim.overrides.put(
        "GetDeviceInformation",
        r -> info().delay(Duration.ofMillis(200)).slowBody(40, Duration.ofMillis(5)));
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      assertThat(cam.device().deviceInformation().model()).isEqualTo("M");
    }
  }

  @Test
  void stalledAnswerTimesOut() {
    sim.overrides.put("GetDeviceInformation", r -> FakeResponse.stall());
    try (OnvifCamera cam = camera(Duration.ofMillis(400))) {
      cam.connect();
      TransportException e =
          catchThrowableOfType(TransportException.class, () -> cam.device().deviceInformation());
      assertThat(e.isTimeout()).isTrue();
      assertThat(e.getMessage()).contains("GetDeviceInformation");
    }
  }

  @Test
  void stalledBodyTimesOut() {
    sim.overrides.put("GetDeviceInformation", r -> info().slowBody(1, Duration.ofSeconds(2)));
    try (OnvifCamera cam = camera(Duration.ofMillis(400))) {
      cam.connect();
      TransportException e =
          catchThrowableOfType(TransportException.class, () -> cam.device().deviceInformation());
      assertThat(e.isTimeout()).isTrue();
    }
  }

  @Test
  void connectionResetIsATransportError() {
    sim.overrides.put("GetDeviceInformation", r -> FakeResponse.disconnectAtStart());
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      cam.connect();
      TransportException e =
          catchThrowableOfType(TransportException.class, () -> cam.device().deviceInformation());
      assertThat(e.isTimeout()).isFalse();
      assertThat(e.httpStatus()).isEqualTo(-1);
    }
  }

  @Test
  void truncatedBodyIsATransportError() {
    sim.overrides.put("GetDeviceInformation", r -> info().disconnectAfterHeaders());
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      cam.connect();
      catchThrowableOfType(TransportException.class, () -> cam.device().deviceInformation());
    }
  }

  @Test
  void refusedConnectionFailsConnect() {
    int port = sim.fake.port();
    sim.close();
    try (OnvifCamera cam =
        OnvifCamera.builder("127.0.0.1:" + port).connectTimeout(Duration.ofSeconds(2)).build()) {
      TransportException e = catchThrowableOfType(TransportException.class, cam::connect);
      assertThat(e.getMessage()).contains("connection refused");
    }
  }

  @Test
  void oversizedAnswerIsRefused() {
    sim.overrides.put(
        "GetDeviceInformation",
        r -> FakeResponse.body(new byte[64 * 1024], "application/soap+xml"));
    try (OnvifCamera cam = sim.client().maxResponseBytes(16 * 1024).build()) {
      cam.connect();
      TransportException e =
          catchThrowableOfType(TransportException.class, () -> cam.device().deviceInformation());
      assertThat(e.getMessage()).contains("larger than the limit");
    }
  }

  @Test
  void soap11OnlyCameraIsSpokenToInSoap11() {
    sim.soap11Only = true;
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      cam.connect();
      assertThat(cam.device().deviceInformation().model()).isEqualTo("SIM-1");
    }
    List<RecordedRequest> rs = Requests.drainValid(sim.fake);
    RecordedRequest last = rs.get(rs.size() - 1);
    assertThat(last.header("Content-Type")).startsWith("text/xml");
    assertThat(last.header("SOAPAction"))
        .isEqualTo("\"http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation\"");
    // Only the first call paid for the discovery of SOAP 1.1.
    assertThat(Requests.operations(rs))
        .containsExactly(
            "GetSystemDateAndTime", "GetSystemDateAndTime", "GetServices", "GetDeviceInformation");
  }

  @Test
  void soap11AnswerToASoap12RequestIsRead() {
    sim.overrides.put(
        "GetDeviceInformation",
        r ->
            FakeResponse.soap11(
                "<tds:GetDeviceInformationResponse><tds:Model>Old</tds:Model>"
                    + "</tds:GetDeviceInformationResponse>"));
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      assertThat(cam.device().deviceInformation().model()).isEqualTo("Old");
    }
  }

  @Test
  void blankLinesBeforeTheDocumentAreTolerated() {
    sim.overrides.put(
        "GetDeviceInformation",
        r -> {
          byte[] env =
              dev.jonvif.core.soap.SoapEnvelope.of(
                      new DeviceInformation("A", "Junk", "F", "S", "H").toElement())
                  .toBytes();
          byte[] b = new byte[env.length + 3];
          b[0] = '\r';
          b[1] = '\n';
          b[2] = '\n';
          System.arraycopy(env, 0, b, 3, env.length);
          return FakeResponse.body(b, "application/soap+xml");
        });
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      assertThat(cam.device().deviceInformation().model()).isEqualTo("Junk");
    }
  }

  @Test
  void emptySuccessOfASetOperationIsAccepted() {
    sim.overrides.put("SetSystemDateAndTime", r -> FakeResponse.status(200));
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      cam.syncClock();
    }
  }

  @Test
  void htmlErrorPageIsATransportErrorWithItsStatus() {
    sim.overrides.put(
        "GetDeviceInformation",
        r -> FakeResponse.body("<html>oops</html>".getBytes(), "text/html").withStatus(500));
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      TransportException e =
          catchThrowableOfType(TransportException.class, () -> cam.device().deviceInformation());
      assertThat(e.httpStatus()).isEqualTo(500);
    }
  }

  @Test
  void garbageWithStatus200IsMalformed() {
    sim.overrides.put(
        "GetDeviceInformation", r -> FakeResponse.body("not xml".getBytes(), "text/plain"));
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      catchThrowableOfType(MalformedMessageException.class, () -> cam.device().deviceInformation());
    }
  }

  @Test
  void faultsKeepTheirCodes() {
    try (OnvifCamera cam = camera(Duration.ofSeconds(5))) {
      SoapFaultException e =
          catchThrowableOfType(SoapFaultException.class, () -> cam.device().hostname());
      assertThat(e.isActionNotSupported()).isTrue();
    }
  }
}
