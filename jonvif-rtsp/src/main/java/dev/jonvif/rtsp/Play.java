package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspRequest;
import dev.jonvif.rtsp.wire.RtspResponse;
import java.util.Optional;

/**
 * PLAY: joins the session to its stream's hub and answers with {@code Range: npt=now-} and {@code
 * RTP-Info} (the first sequence number the client will see, and the RTP time of now). Media starts
 * after the response is written, from the next key frame.
 */
final class Play {

  private Play() {}

  static Reply handle(RequestHandler h, RtspRequest req, String cseq) {
    String id = RequestHandler.sessionId(req);
    if (id == null) {
      return h.status(455, cseq);
    }
    Optional<RtspSession> found = h.sessions().touch(id);
    if (found.isEmpty()) {
      return h.status(454, cseq);
    }
    RtspSession s = found.get();
    Optional<StreamPath> path = StreamPath.parse(req.uri());
    if (path.isPresent()
        && (!path.get().camera().equals(s.camera) || !path.get().profile().equals(s.profile))) {
      return h.status(459, cseq);
    }
    String trackUrl = path.map(StreamPath::trackUrl).orElse(req.uri());
    synchronized (s) {
      if (s.state() == RtspSession.State.PLAYING) {
        RtspHeaders headers = h.withSession(cseq, id).add("Range", "npt=now-").build();
        return Reply.of(RtspResponse.of(200, headers, null));
      }
      Optional<StreamSpec> spec = h.streams().catalog().lookup(s.camera, s.profile);
      if (spec.isEmpty()) {
        return h.status(404, cseq);
      }
      while (true) {
        StreamHub hub = h.streams().hub(s.camera, s.profile, spec.get());
        long start = hub.nextPacketIndex();
        Viewer viewer =
            new Viewer(
                s.transport,
                hub,
                start,
                h.clock(),
                h.slowViewerTimeout(),
                "jonvif-" + s.camera,
                h.sessions()::endViewer);
        if (!h.streams().attach(hub, viewer)) {
          continue;
        }
        s.playing(viewer);
        String rtpInfo =
            "url="
                + trackUrl
                + ";seq="
                + (start & 0xffff)
                + ";rtptime="
                + hub.rtpTimestampAt(h.clock().instant());
        RtspHeaders headers =
            h.withSession(cseq, id).add("Range", "npt=now-").add("RTP-Info", rtpInfo).build();
        return new Reply(RtspResponse.of(200, headers, null), viewer::start);
      }
    }
  }
}
