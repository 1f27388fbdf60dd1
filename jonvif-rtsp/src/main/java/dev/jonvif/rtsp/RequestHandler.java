package dev.jonvif.rtsp;

import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.rtsp.wire.InterleavedFrame;
import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspRequest;
import dev.jonvif.rtsp.wire.RtspResponse;
import dev.jonvif.rtsp.wire.TransportHeader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers RTSP requests (RFC 2326) for every stream of the server: OPTIONS, DESCRIBE, SETUP, PLAY,
 * PAUSE, TEARDOWN, GET_PARAMETER and SET_PARAMETER.
 *
 * <p>Authentication: DESCRIBE and SETUP, and any request without a live session, must pass the
 * camera's {@link RequestAuthenticator}; a request naming a live session is authorised by it (the
 * unguessable session id was handed to an authenticated client). OPTIONS needs no credentials.
 */
final class RequestHandler {

  private static final Logger LOG = Logger.getLogger(RequestHandler.class.getName());

  static final String PUBLIC =
      "OPTIONS, DESCRIBE, SETUP, PLAY, PAUSE, TEARDOWN, GET_PARAMETER, SET_PARAMETER";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final Duration DESCRIBE_LINGER = Duration.ofSeconds(15);
  private static final Duration PARAMETER_SET_WAIT = Duration.ofSeconds(5);

  private final Streams streams;
  private final SessionRegistry sessions;
  private final RequestAuthenticator auth;
  private final UdpPorts udp;
  private final Clock clock;
  private final Duration slowViewerTimeout;

  RequestHandler(
      Streams streams,
      SessionRegistry sessions,
      RequestAuthenticator auth,
      UdpPorts udp,
      Clock clock,
      Duration slowViewerTimeout) {
    this.streams = streams;
    this.sessions = sessions;
    this.auth = auth;
    this.udp = udp;
    this.clock = clock;
    this.slowViewerTimeout = slowViewerTimeout;
  }

  RtspResponse badRequest() {
    return RtspResponse.of(400, base(null).build(), null);
  }

  Reply handle(RtspRequest req, Connection conn) {
    String cseq = req.headers().value("CSeq");
    if (cseq == null) {
      return Reply.of(badRequest());
    }
    if (!req.version().equals("RTSP/1.0")) {
      return status(505, cseq);
    }
    try {
      return switch (req.method()) {
        case "OPTIONS" -> options(req, cseq);
        case "DESCRIBE" -> describe(req, conn, cseq);
        case "SETUP" -> Setup.handle(this, req, conn, cseq);
        case "PLAY" -> Play.handle(this, req, cseq);
        case "PAUSE" -> pause(req, cseq);
        case "TEARDOWN" -> teardown(req, cseq);
        case "GET_PARAMETER", "SET_PARAMETER" -> parameter(req, cseq);
        case "ANNOUNCE", "RECORD", "REDIRECT" ->
            Reply.of(RtspResponse.of(405, base(cseq).add("Allow", PUBLIC).build(), null));
        default -> status(501, cseq);
      };
    } catch (MalformedMessageException e) {
      return status(400, cseq);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return status(503, cseq);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, req.method() + " " + req.uri() + " failed", e);
      return status(500, cseq);
    }
  }

  /** RTCP from the client on an interleaved channel keeps its sessions alive. */
  void interleaved(InterleavedFrame frame, Connection conn) {
    sessions.touchOwnedBy(conn);
  }

  /** RTCP from a UDP client keeps its session alive. */
  void rtcpFrom(InetSocketAddress from) {
    sessions.touchByRtcpPeer(from);
  }

  void connectionClosed(Connection conn) {
    sessions.endOwnedBy(conn);
  }

  private Reply options(RtspRequest req, String cseq) {
    RtspHeaders.Builder h = base(cseq).add("Public", PUBLIC);
    String id = sessionId(req);
    if (id != null) {
      if (sessions.touch(id).isEmpty()) {
        return status(454, cseq);
      }
      h.add("Session", id);
    }
    return Reply.of(RtspResponse.of(200, h.build(), null));
  }

  private Reply describe(RtspRequest req, Connection conn, String cseq)
      throws InterruptedException {
    Optional<StreamPath> path = StreamPath.parse(req.uri());
    if (path.isEmpty()) {
      return status(404, cseq);
    }
    Optional<Reply> denied = authenticate(path.get().camera(), req, cseq);
    if (denied.isPresent()) {
      return denied.get();
    }
    Optional<StreamSpec> spec = streams.catalog().lookup(path.get().camera(), path.get().profile());
    if (spec.isEmpty()) {
      return status(404, cseq);
    }
    StreamSpec s = spec.get();
    List<byte[]> sets = List.of();
    if (s.encoding() != VideoEncoding.JPEG) {
      StreamHub hub = streams.warm(path.get().camera(), path.get().profile(), s, DESCRIBE_LINGER);
      sets = hub.parameterSets(s, PARAMETER_SET_WAIT).orElse(List.of());
    }
    String sdp =
        SdpFactory.describe(
                s,
                sets,
                path.get(),
                conn.local,
                path.get().camera() + " " + path.get().profile(),
                clock.millis())
            .toString();
    RtspHeaders h =
        base(cseq)
            .add("Content-Type", "application/sdp")
            .add("Content-Base", path.get().base() + "/")
            .build();
    return Reply.of(RtspResponse.of(200, h, sdp.getBytes(StandardCharsets.UTF_8)));
  }

  private Reply pause(RtspRequest req, String cseq) {
    String id = sessionId(req);
    if (id == null) {
      return status(455, cseq);
    }
    Optional<RtspSession> s = sessions.touch(id);
    if (s.isEmpty()) {
      return status(454, cseq);
    }
    Viewer v = s.get().paused(false);
    if (v != null) {
      v.stop(false);
    }
    return Reply.of(RtspResponse.of(200, withSession(cseq, id).build(), null));
  }

  private Reply teardown(RtspRequest req, String cseq) {
    String id = sessionId(req);
    if (id == null || !sessions.end(id)) {
      return status(454, cseq);
    }
    return Reply.of(RtspResponse.of(200, withSession(cseq, id).build(), null));
  }

  private Reply parameter(RtspRequest req, String cseq) {
    String id = sessionId(req);
    if (id != null && sessions.touch(id).isEmpty()) {
      return status(454, cseq);
    }
    if (id == null) {
      Optional<StreamPath> path = StreamPath.parse(req.uri());
      if (path.isPresent()) {
        Optional<Reply> denied = authenticate(path.get().camera(), req, cseq);
        if (denied.isPresent()) {
          return denied.get();
        }
      }
    }
    if (req.method().equals("SET_PARAMETER") && req.body().length > 0) {
      return status(451, cseq);
    }
    RtspHeaders.Builder h = id == null ? base(cseq) : withSession(cseq, id);
    return Reply.of(RtspResponse.of(200, h.build(), null));
  }

  // ---- shared by Setup and Play ----

  Streams streams() {
    return streams;
  }

  SessionRegistry sessions() {
    return sessions;
  }

  UdpPorts udp() {
    return udp;
  }

  Clock clock() {
    return clock;
  }

  Duration slowViewerTimeout() {
    return slowViewerTimeout;
  }

  /** A 401 reply when the camera wants credentials the request lacks, else empty. */
  Optional<Reply> authenticate(String camera, RtspRequest req, String cseq) {
    return auth.challengeIfDenied(camera, req)
        .map(
            challenges -> {
              RtspHeaders.Builder h = base(cseq);
              for (String c : challenges) {
                h.add("WWW-Authenticate", c);
              }
              return Reply.of(RtspResponse.of(401, h.build(), null));
            });
  }

  /** The session id of the {@code Session} header without parameters, or {@code null}. */
  static String sessionId(RtspRequest req) {
    String v = req.headers().value("Session");
    if (v == null) {
      return null;
    }
    int semi = v.indexOf(';');
    String id = (semi < 0 ? v : v.substring(0, semi)).strip();
    return id.isEmpty() ? null : id;
  }

  RtspHeaders.Builder base(String cseq) {
    RtspHeaders.Builder h = RtspHeaders.builder();
    if (cseq != null) {
      h.add("CSeq", cseq);
    }
    return h.add("Server", "jonvif").add("Date", DATE.format(clock.instant()));
  }

  RtspHeaders.Builder withSession(String cseq, String id) {
    return base(cseq).add("Session", id + ";timeout=" + sessions.timeout().toSeconds());
  }

  Reply status(int code, String cseq) {
    return Reply.of(RtspResponse.of(code, base(cseq).build(), null));
  }

  /** Parses the Transport header; throws {@link MalformedMessageException} when unreadable. */
  static List<TransportHeader> transports(RtspRequest req) {
    String v = req.headers().value("Transport");
    return v == null ? List.of() : TransportHeader.parseAll(v);
  }
}
