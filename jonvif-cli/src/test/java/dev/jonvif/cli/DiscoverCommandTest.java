package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.discovery.DiscoveryResponder;
import dev.jonvif.discovery.DiscoveryTarget;
import dev.jonvif.discovery.OnvifScopes;
import dev.jonvif.discovery.ResponderOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code jonvif discover} against our own responder, pinned to loopback on a private port. */
class DiscoverCommandTest {

  private final DiscoveryResponder responder =
      DiscoveryResponder.start(ResponderOptions.builder().loopback().port(0).ipv6(false).build());
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  DiscoverCommandTest() {
    for (String name : List.of("porch", "garage")) {
      responder.register(
          DiscoveryTarget.onvifDevice(
              DiscoveryTarget.endpointReferenceFor(name),
              List.of(
                  OnvifScopes.name(name),
                  OnvifScopes.hardware("JV-1"),
                  OnvifScopes.profile("Streaming"),
                  OnvifScopes.type("video_encoder"),
                  OnvifScopes.location("country/Norway")),
              DiscoveryTarget.deviceService(8080)));
    }
    DiscoverCommand.interactive = false;
  }

  @AfterEach
  void stop() {
    responder.close();
  }

  private static String loopback() throws Exception {
    return NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress()).getName();
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void tableOfCameras_DISCOVERY_1() throws Exception {
    assertThat(
            run(
                "discover",
                "--interface",
                loopback(),
                "--port",
                String.valueOf(responder.port()),
                "--timeout",
                "1s"))
        .isZero();
    assertThat(out.toString())
        .contains("NAME")
        .contains("porch")
        .contains("garage")
        .contains("JV-1")
        .contains("http://127.0.0.1:8080/onvif/device_service")
        .contains("Streaming");
  }

  @Test
  void json() throws Exception {
    assertThat(
            run(
                "discover",
                "--interface",
                loopback(),
                "--port",
                String.valueOf(responder.port()),
                "--timeout",
                "1s",
                "--json"))
        .isZero();
    assertThat(out.toString().strip())
        .startsWith("[")
        .contains("\"name\":\"porch\"")
        .contains("\"xaddrs\":[\"http://127.0.0.1:8080/onvif/device_service\"]");
  }

  @Test
  void directedProbeOfOneHost() {
    assertThat(
            run(
                "discover",
                "--unicast",
                "127.0.0.1",
                "--port",
                String.valueOf(responder.port()),
                "--timeout",
                "1s"))
        .isZero();
    assertThat(out.toString()).contains("porch").contains("garage");
  }
}
