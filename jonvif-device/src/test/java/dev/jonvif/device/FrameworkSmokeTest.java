package dev.jonvif.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameworkSmokeTest {

  private DeviceServer server;
  private String url;

  @BeforeEach
  void start() {
    server = DeviceServer.builder().build().start();
    VirtualCamera cam =
        VirtualCamera.create(
            Persona.generic("cam1"),
            new User("admin", "secret", UserLevel.ADMINISTRATOR, true),
            Clock.systemUTC(),
            StateStorage.inMemory());
    VirtualCamera.Ports ports = server.addCamera(cam, 0, -1, 8554);
    url = "http://127.0.0.1:" + ports.http() + "/onvif/device_service";
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void getSystemDateAndTimeAnswersWithoutCredentials() {
    SoapClient.Answer a =
        SoapClient.post(
            url,
            SoapEnvelope.of(XmlElement.builder(Namespaces.TDS, "GetSystemDateAndTime").build()));
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.bodyElement().localName()).isEqualTo("GetSystemDateAndTimeResponse");
  }
}
