package dev.jonvif.device.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jonvif.device.ClientEndpoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamUrisTest {

  private final StreamUris uris = new StreamUris("cam-1", 8554);

  @Test
  void urisUseTheRequestHostAndTheRightPorts() {
    ClientEndpoint client = new ClientEndpoint("http", "192.0.2.7", 8080);
    assertThat(uris.rtsp(client, "Profile_1")).isEqualTo("rtsp://192.0.2.7:8554/cam-1/Profile_1");
    assertThat(uris.rtspOverHttp(client, "Profile_1"))
        .isEqualTo("http://192.0.2.7:8080/rtsp-tunnel/cam-1/Profile_1");
    assertThat(uris.snapshot(new ClientEndpoint("https", "cam.example", 8443), "Profile_1"))
        .isEqualTo("https://cam.example:8443/onvif/snapshot/Profile_1");
    assertThat(uris.snapshot(new ClientEndpoint("http", "cam.example", 80), "Profile_1"))
        .isEqualTo("http://cam.example/onvif/snapshot/Profile_1");
  }

  @Test
  void ipv6HostsAreBracketedOnceAndWildcardsRefused() {
    assertThat(uris.rtsp(new ClientEndpoint("http", "::1", 80), "P"))
        .isEqualTo("rtsp://[::1]:8554/cam-1/P");
    assertThat(uris.snapshot(new ClientEndpoint("http", "fe80::1", 8080), "P"))
        .isEqualTo("http://[fe80::1]:8080/onvif/snapshot/P");
    for (String wildcard : List.of("0.0.0.0", "::", "")) {
      assertThatThrownBy(() -> uris.rtsp(new ClientEndpoint("http", wildcard, 80), "P"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void tokensAreEncodedAndMappedBack() {
    MediaState state = TestCameras.state(TestCameras.h264("cam"));
    state.createProfile(MediaApi.MEDIA1, "odd", "a b/ü", List.of());
    String uri = uris.snapshot(new ClientEndpoint("http", "127.0.0.1", 80), "a b/ü");
    assertThat(uri).endsWith("/onvif/snapshot/a%20b%2F%C3%BC");
    String segment = uri.substring(uri.lastIndexOf('/') + 1);
    assertThat(StreamUris.profileToken(state.model(), segment)).isEqualTo("a b/ü");
    assertThat(StreamUris.profileToken(state.model(), "nope")).isNull();
  }

  @Test
  void longUrisStayWithin128OctetsAndStillResolve() {
    String token = "T".repeat(64);
    MediaState state = TestCameras.state(TestCameras.h264("cam"));
    state.createProfile(MediaApi.MEDIA1, "long", token, List.of());
    String uri =
        uris.rtspOverHttp(
            new ClientEndpoint("https", "2001:db8:1234:5678:9abc:def0:1234:5678", 65535), token);
    assertThat(uri.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(128);
    assertThat(StreamUris.profileToken(state.model(), uri.substring(uri.lastIndexOf('/') + 1)))
        .isEqualTo(token);
  }
}
