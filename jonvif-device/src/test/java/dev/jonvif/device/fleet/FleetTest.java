package dev.jonvif.device.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jonvif.core.Namespaces;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.core.security.PasswordType;
import dev.jonvif.core.security.UsernameToken;
import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.Persona;
import dev.jonvif.device.VideoEncoding;
import dev.jonvif.device.VirtualCamera;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HttpResponse<String> send(HttpRequest r) throws Exception {
    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> soap(String url, XmlElement body, XmlElement header)
      throws Exception {
    SoapEnvelope env = SoapEnvelope.of(body);
    if (header != null) {
      env = env.withHeader(header);
    }
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/soap+xml")
            .POST(HttpRequest.BodyPublishers.ofByteArray(env.toBytes()))
            .build());
  }

  @Test
  void fiftyCamerasStartAndEachAnswersWithItsOwnIdentity() throws Exception {
    try (Fleet fleet = Fleet.start(FleetOptions.forTests(Personas.defaults(50), "secret12"))) {
      assertThat(fleet.cameras()).hasSize(50);
      for (VirtualCamera c : fleet.cameras().values()) {
        XmlElement token =
            UsernameToken.create(
                    new Credentials("admin", "secret12"),
                    PasswordType.DIGEST,
                    c.clock(),
                    Duration.ZERO)
                .toSecurityHeader();
        HttpResponse<String> r =
            soap(
                fleet.deviceServiceUrl(c),
                XmlElement.builder(Namespaces.TDS, "GetDeviceInformation").build(),
                token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains(c.persona().serialNumber());
      }
    }
  }

  @Test
  void defaultPersonasVary() {
    List<Persona> p = Personas.defaults(4);
    assertThat(p).extracting(Persona::manufacturer).doesNotHaveDuplicates();
    Persona media2Only = p.get(2);
    assertThat(media2Only.offers(OnvifService.MEDIA)).isFalse();
    assertThat(media2Only.offers(OnvifService.MEDIA2)).isTrue();
    assertThat(media2Only.streams()).allMatch(s -> s.encoding() == VideoEncoding.H265);
    assertThat(p.get(3).clockOffset()).isEqualTo(Personas.SKEWED_CLOCK);
    assertThat(Personas.defaults(8).get(4).serialNumber()).isNotEqualTo(p.get(0).serialNumber());
  }

  @Test
  void withoutAPasswordOneIsGeneratedAndReusedFromTheState(@TempDir Path dir) {
    FleetOptions o =
        new FleetOptions(
            Personas.defaults(2),
            java.net.InetAddress.getLoopbackAddress(),
            0,
            8554,
            dir,
            "admin",
            null,
            null,
            List.of(),
            dev.jonvif.device.SecurityPolicy.DEFAULT,
            Duration.ofSeconds(1),
            java.time.Clock.systemUTC(),
            null);
    String generated;
    try (Fleet fleet = Fleet.start(o)) {
      generated = fleet.generatedPassword().orElseThrow();
      assertThat(generated).hasSize(16);
      assertThat(fleet.camera("cam1").device().user("admin").password()).isEqualTo(generated);
    }
    try (Fleet again = Fleet.start(o)) {
      assertThat(again.generatedPassword()).isEmpty();
      assertThat(again.camera("cam2").device().user("admin").password()).isEqualTo(generated);
    }
  }

  @Test
  void adminApiListsRebootsSkewsAndRefusesUnknownEvents() throws Exception {
    try (Fleet fleet = Fleet.start(FleetOptions.forTests(Personas.defaults(2), "secret12"));
        AdminApi admin = AdminApi.start(fleet, 0)) {
      String base = "http://127.0.0.1:" + admin.port();
      HttpResponse<String> list =
          send(HttpRequest.newBuilder(URI.create(base + "/cameras")).build());
      assertThat(list.statusCode()).isEqualTo(200);
      JsonNode cams = JSON.readTree(list.body());
      assertThat(cams).hasSize(2);
      assertThat(cams.get(0).get("name").asText()).isEqualTo("cam1");
      assertThat(cams.get(0).get("deviceServiceUrl").asText())
          .isEqualTo(fleet.deviceServiceUrl("cam1"));

      HttpResponse<String> skew =
          send(
              HttpRequest.newBuilder(URI.create(base + "/cameras/cam2/clock?offset=PT3H"))
                  .PUT(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(skew.statusCode()).isEqualTo(200);
      assertThat(fleet.camera("cam2").device().time().clockOffset()).isEqualTo(Duration.ofHours(3));
      HttpResponse<String> badSkew =
          send(
              HttpRequest.newBuilder(URI.create(base + "/cameras/cam2/clock?offset=3h"))
                  .PUT(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(badSkew.statusCode()).isEqualTo(400);

      HttpResponse<String> reboot =
          send(
              HttpRequest.newBuilder(URI.create(base + "/cameras/cam1/reboot"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(reboot.statusCode()).isEqualTo(202);
      assertThat(fleet.camera("cam1").isAvailable()).isFalse();

      HttpResponse<String> event =
          send(
              HttpRequest.newBuilder(URI.create(base + "/cameras/cam1/events/motion"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(event.statusCode()).isEqualTo(404);
      assertThat(event.body()).contains("unknown event kind 'motion'");

      AtomicReference<String> raised = new AtomicReference<>();
      admin.onEvent("motion", (cam, q) -> raised.set(cam.name() + " " + q.get("state")));
      HttpResponse<String> hooked =
          send(
              HttpRequest.newBuilder(URI.create(base + "/cameras/cam2/events/motion?state=true"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(hooked.statusCode()).isEqualTo(202);
      assertThat(raised.get()).isEqualTo("cam2 true");

      HttpResponse<String> missing =
          send(HttpRequest.newBuilder(URI.create(base + "/cameras/nope")).build());
      assertThat(missing.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void yamlConfigDescribesEachCamera(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fleet.yaml");
    Files.writeString(
        file,
        """
        cameras:
          - name: lobby
            manufacturer: Acme
            model: A1
            services: [media2]
            clockOffset: PT3H
            streams:
              - {name: main, width: 1280, height: 720, encoding: H265, fps: 20, bitrate: 2048}
            users:
              - {username: viewer, password: viewer123, level: User}
          - name: yard
        """);
    List<Persona> p = FleetConfigFile.read(file);
    assertThat(p).extracting(Persona::name).containsExactly("lobby", "yard");
    assertThat(p.get(0).offers(OnvifService.MEDIA)).isFalse();
    assertThat(p.get(0).clockOffset()).isEqualTo(Duration.ofHours(3));
    assertThat(p.get(0).streams().get(0).encoding()).isEqualTo(VideoEncoding.H265);
    assertThat(p.get(0).users()).extracting(u -> u.username()).containsExactly("viewer");
    assertThat(p.get(1).manufacturer()).isEqualTo("jonvif");

    Files.writeString(file, "cameras:\n  - name: x\n    modle: typo\n");
    assertThatThrownBy(() -> FleetConfigFile.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unknown key 'modle'");
  }
}
