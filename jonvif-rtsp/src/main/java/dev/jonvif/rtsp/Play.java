package dev.jonvif.rtsp;

import dev.jonvif.rtsp.wire.RtspHeaders;
import dev.jonvif.rtsp.wire.RtspRequest;
import dev.jonvif.rtsp.wire.RtspResponse;
import java.util.ArrayList;
import java.util.List;
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
    StreamPath named = path.orElse(null);
    synchronized (s) {
      if (s.state() == RtspSession.State.PLAYING) {
        RtspHeaders headers = h.withSession(cseq, id).add("Range", "npt=now-").build();
        return Reply.of(RtspResponse.of(200, headers, null));
      }
      Optional<StreamSpec> spec = h.streams().catalog().lookup(s.camera, s.profile);
      if (spec.isEmpty()) {
        return h.status(404, cseq);
      }
      List<String> rtpInfo = new ArrayList<>(2);
      Viewer viewer = null;
      MediaTransport video = s.video();
      if (video != null) {
        viewer = attach(h, s, spec.get(), video);
        StreamHub hub = viewer.hub();
        rtpInfo.add(
            info(
                named == null ? req.uri() : named.trackUrl(),
                viewer.startIndex(),
                hub.rtpTimestampAt(h.clock().instant())));
      }
      MetadataSender metadata = s.metadata();
      if (metadata != null) {
        rtpInfo.add(
            info(
                named == null ? req.uri() : named.metadataTrackUrl(),
                metadata.nextSequence(),
                metadata.rtpTimestampAt(h.clock().instant())));
      }
      s.playing(viewer);
      RtspHeaders headers =
          h.withSession(cseq, id)
              .add("Range", "npt=now-")
              .add("RTP-Info", String.join(",", rtpInfo))
              .build();
      Viewer started = viewer;
      Runnable afterWrite =
          () -> {
            if (started != null) {
              started.start();
            }
            if (metadata != null) {
              metadata.start();
            }
          };
      return new Reply(RtspResponse.of(200, headers, null), afterWrite);
    }
  }

  private static String info(String url, long sequence, long rtpTime) {
    return "url=" + url + ";seq=" + (sequence & 0xffff) + ";rtptime=" + rtpTime;
  }

  /** A viewer of the stream's hub, attached (a hub that shut down meanwhile is replaced). */
  private static Viewer attach(
      RequestHandler h, RtspSession s, StreamSpec spec, MediaTransport video) {
    while (true) {
      StreamHub hub = h.streams().hub(s.camera, s.profile, spec);
      Viewer viewer =
          new Viewer(
              video,
              hub,
              hub.nextPacketIndex(),
              h.clock(),
              h.slowViewerTimeout(),
              "jonvif-" + s.camera,
              h.sessions()::endViewer);
      if (h.streams().attach(hub, viewer)) {
        return viewer;
      }
    }
  }
}
