package dev.jonvif.cli;

import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.security.Credentials;
import dev.jonvif.rtsp.client.ProbeResult;
import dev.jonvif.rtsp.client.ProbeTransport;
import dev.jonvif.rtsp.client.RtspProbe;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code stream-uri --check}: plays a stream with the RTSP probe and describes the outcome. */
final class StreamCheck {

  private StreamCheck() {}

  /** Probes with the transport asked for first, then the ones that get through more networks. */
  static ProbeResult run(String uri, Credentials credentials, StreamTransport transport) {
    List<ProbeTransport> order =
        switch (transport) {
          case UDP, MULTICAST ->
              List.of(ProbeTransport.UDP, ProbeTransport.TCP, ProbeTransport.HTTP);
          case TCP -> List.of(ProbeTransport.TCP, ProbeTransport.HTTP);
          case HTTP -> List.of(ProbeTransport.HTTP);
        };
    return RtspProbe.check(URI.create(uri), credentials, order);
  }

  /** One line, e.g. {@code OK H264 640x360 via TCP, first frame after 120 ms}. */
  static String describe(ProbeResult r) {
    if (r.ok()) {
      return String.format(
          Locale.ROOT,
          "OK %s %dx%d via %s, first frame after %d ms",
          r.codec(),
          r.width(),
          r.height(),
          r.transport(),
          r.timeToFirstFrame().toMillis());
    }
    String detail = r.detail() == null || r.detail().isBlank() ? "" : ": " + r.detail();
    return "FAILED " + r.status() + detail;
  }

  static Map<String, Object> toJson(ProbeResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", r.status().name());
    if (r.ok()) {
      m.put("codec", r.codec());
      m.put("width", r.width());
      m.put("height", r.height());
      m.put("transport", r.transport().name().toLowerCase(Locale.ROOT));
      m.put("timeToFirstFrameMs", r.timeToFirstFrame().toMillis());
      m.put("frames", r.framesReceived());
    } else {
      m.put("detail", r.detail());
    }
    return m;
  }
}
