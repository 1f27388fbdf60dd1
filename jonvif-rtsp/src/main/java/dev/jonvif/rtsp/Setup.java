package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspRequest;
import dev.jonvif.rtsp.wire.RtspResponse;
import dev.jonvif.rtsp.wire.TransportHeader;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SETUP: picks the first transport the client offers that the server supports (RTP/AVP unicast over
 * UDP with a client port pair, or RTP/AVP/TCP interleaved; only interleaved inside an HTTP tunnel)
 * and creates the session; 461 when none fits.
 */
final class Setup {

  private static final Duration SETUP_LINGER = Duration.ofSeconds(15);

  private Setup() {}

  static Reply handle(RequestHandler h, RtspRequest req, Connection conn, String cseq) {
    Optional<StreamPath> path = StreamPath.parse(req.uri());
    if (path.isEmpty()) {
      return h.status(404, cseq);
    }
    String camera = path.get().camera();
    String profile = path.get().profile();
    String existing = RequestHandler.sessionId(req);
    if (existing != null) {
      Optional<RtspSession> s = h.sessions().touch(existing);
      if (s.isEmpty()) {
        return h.status(454, cseq);
      }
      if (!s.get().camera.equals(camera) || !s.get().profile.equals(profile)) {
        return h.status(459, cseq);
      }
      return h.status(455, cseq);
    }
    Optional<Reply> denied = h.authenticate(camera, req, cseq);
    if (denied.isPresent()) {
      return denied.get();
    }
    Optional<StreamSpec> spec = h.streams().catalog().lookup(camera, profile);
    if (spec.isEmpty()) {
      return h.status(404, cseq);
    }
    List<TransportHeader> offered = RequestHandler.transports(req);
    if (offered.isEmpty()) {
      return h.status(461, cseq);
    }
    StreamHub hub = h.streams().warm(camera, profile, spec.get(), SETUP_LINGER);
    String ssrc = String.format("%08X", hub.ssrc());
    for (TransportHeader t : offered) {
      if (!t.isRtpAvp() || t.isMulticast()) {
        continue;
      }
      if (t.isTcp()) {
        TransportHeader.Pair ch = t.interleavedChannels();
        if (ch == null) {
          ch = new TransportHeader.Pair(0, 1);
        }
        if (ch.first() > 255 || ch.second() > 255) {
          continue;
        }
        MediaTransport media = new MediaTransport.Interleaved(conn.out, ch.first(), ch.second());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("unicast", "");
        p.put("interleaved", ch.toString());
        p.put("ssrc", ssrc);
        return created(
            h, cseq, camera, profile, media, conn, null, new TransportHeader("RTP/AVP/TCP", p));
      }
      TransportHeader.Pair ports = t.clientPorts();
      if (conn.tunnelled || ports == null || h.udp() == null) {
        continue;
      }
      InetSocketAddress rtpTo = new InetSocketAddress(conn.remote, ports.first());
      InetSocketAddress rtcpTo = new InetSocketAddress(conn.remote, ports.second());
      MediaTransport media = new MediaTransport.Udp(h.udp().rtp, h.udp().rtcp, rtpTo, rtcpTo);
      int serverPort = h.udp().rtpPort();
      Map<String, String> p = new LinkedHashMap<>();
      p.put("unicast", "");
      p.put("client_port", ports.toString());
      p.put("server_port", serverPort + "-" + (serverPort + 1));
      p.put("ssrc", ssrc);
      return created(
          h, cseq, camera, profile, media, null, rtcpTo, new TransportHeader("RTP/AVP", p));
    }
    return h.status(461, cseq);
  }

  private static Reply created(
      RequestHandler h,
      String cseq,
      String camera,
      String profile,
      MediaTransport media,
      Connection owner,
      InetSocketAddress rtcpPeer,
      TransportHeader reply) {
    String id = SessionRegistry.newId();
    h.sessions()
        .add(new RtspSession(id, camera, profile, media, owner, rtcpPeer, h.clock().instant()));
    RtspHeaders headers = h.withSession(cseq, id).add("Transport", reply.toString()).build();
    return Reply.of(RtspResponse.of(200, headers, null));
  }
}
