package dev.jonvif.discovery;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/** Test targets and responder options: everything pinned to loopback. */
final class Fleet {

  static final int HTTP_PORT = 8080;

  private Fleet() {}

  /** An ONVIF camera named {@code name} with the four mandatory scope categories. */
  static DiscoveryTarget camera(String name) {
    return DiscoveryTarget.onvifDevice(
        DiscoveryTarget.endpointReferenceFor(name),
        List.of(
            OnvifScopes.type("video_encoder"),
            OnvifScopes.location("country/Norway"),
            OnvifScopes.hardware("JV-" + name),
            OnvifScopes.name(name),
            OnvifScopes.profile("Streaming")),
        DiscoveryTarget.deviceService(HTTP_PORT));
  }

  /**
   * Loopback, a free port, IPv4 only, no retransmissions and no reply delay: replies go out in the
   * order probes arrive, so a test can tell which probe got an answer.
   */
  static ResponderOptions.Builder fastLoopback() {
    return ResponderOptions.builder()
        .loopback()
        .port(0)
        .ipv6(false)
        .retransmissions(0)
        .maxReplyDelay(Duration.ZERO);
  }

  static InetSocketAddress unicast(DiscoveryResponder r) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), r.port());
  }

  static String xaddr() {
    return "http://127.0.0.1:" + HTTP_PORT + "/onvif/device_service";
  }
}
