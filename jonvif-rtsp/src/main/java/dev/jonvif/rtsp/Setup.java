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
 * and creates the session, or adds the other track (video or metadata) to the client's session; 461
 * when no transport fits.
 */
final class Setup {

  private static final Duration SETUP_LINGER = Duration.ofSeconds(15);

  /** A transport the server accepted, and what to answer. */
  private record Chosen(
      MediaTransport media, Connection owner, InetSocketAddress rtcpPeer, TransportHeader reply) {}

  private Setup() {}

  static Reply handle(RequestHandler h, RtspRequest req, Connection conn, String cseq) {
    Optional<StreamPath> path = StreamPath.parse(req.uri());
    if (path.isEmpty()) {
      return h.status(404, cseq);
    }
    String camera = path.get().camera();
    String profile = path.get().profile();
    RtspSession joined = null;
    String existing = RequestHandler.sessionId(req);
    if (existing != null) {
      Optional<RtspSession> s = h.sessions().touch(existing);
      if (s.isEmpty()) {
        return h.status(454, cseq);
      }
      if (!s.get().camera.equals(camera) || !s.get().profile.equals(profile)) {
        return h.status(459, cseq);
      }
      joined = s.get();
    } else {
      Optional<Reply> denied = h.authenticate(camera, req, cseq);
      if (denied.isPresent()) {
        return denied.get();
      }
    }
    Optional<StreamSpec> spec = h.streams().catalog().lookup(camera, profile);
    boolean metadata = path.get().isMetadataTrack();
    if (spec.isEmpty() || (metadata && spec.get().metadata() == null)) {
      return h.status(404, cseq);
    }
    List<TransportHeader> offered = RequestHandler.transports(req);
    if (offered.isEmpty()) {
      return h.status(461, cseq);
    }
    if (metadata) {
      return metadataTrack(h, cseq, camera, profile, spec.get().metadata(), offered, conn, joined);
    }
    StreamHub hub = h.streams().warm(camera, profile, spec.get(), SETUP_LINGER);
    Optional<Chosen> chosen = choose(h, offered, conn, hub.ssrc());
    if (chosen.isEmpty()) {
      return h.status(461, cseq);
    }
    RtspSession s = joined != null ? joined : created(h, camera, profile, chosen.get());
    if (!s.setVideo(chosen.get().media())) {
      return h.status(455, cseq);
    }
    return reply(h, cseq, s, chosen.get());
  }

  private static Reply metadataTrack(
      RequestHandler h,
      String cseq,
      String camera,
      String profile,
      MetadataTrack track,
      List<TransportHeader> offered,
      Connection conn,
      RtspSession joined) {
    long ssrc = MetadataSender.newSsrc();
    Optional<Chosen> chosen = choose(h, offered, conn, ssrc);
    if (chosen.isEmpty()) {
      return h.status(461, cseq);
    }
    MetadataSender sender =
        new MetadataSender(
            chosen.get().media(),
            track,
            ssrc,
            h.clock(),
            h.streams().maxPayload(),
            "jonvif-" + camera);
    RtspSession s = joined != null ? joined : created(h, camera, profile, chosen.get());
    if (!s.setMetadata(sender)) {
      return h.status(455, cseq);
    }
    return reply(h, cseq, s, chosen.get());
  }

  private static Optional<Chosen> choose(
      RequestHandler h, List<TransportHeader> offered, Connection conn, long ssrcValue) {
    String ssrc = String.format("%08X", ssrcValue);
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
        return Optional.of(new Chosen(media, conn, null, new TransportHeader("RTP/AVP/TCP", p)));
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
      return Optional.of(new Chosen(media, null, rtcpTo, new TransportHeader("RTP/AVP", p)));
    }
    return Optional.empty();
  }

  private static RtspSession created(
      RequestHandler h, String camera, String profile, Chosen chosen) {
    RtspSession s =
        new RtspSession(
            SessionRegistry.newId(),
            camera,
            profile,
            chosen.owner(),
            chosen.rtcpPeer(),
            h.clock().instant());
    h.sessions().add(s);
    return s;
  }

  private static Reply reply(RequestHandler h, String cseq, RtspSession s, Chosen chosen) {
    RtspHeaders headers =
        h.withSession(cseq, s.id).add("Transport", chosen.reply().toString()).build();
    return Reply.of(RtspResponse.of(200, headers, null));
  }
}
