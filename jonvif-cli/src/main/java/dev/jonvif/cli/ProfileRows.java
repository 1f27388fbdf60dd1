package dev.jonvif.cli;

import dev.jonvif.client.MediaClient;
import dev.jonvif.core.OnvifException;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.RateControl;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.core.model.VideoEncoderConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Profiles with their stream and snapshot URIs, fetched in parallel, as text or JSON. */
final class ProfileRows {

  /**
   * One profile and its addresses.
   *
   * @param profile the profile
   * @param streamUri the stream URI, or {@code null} when the camera refused it
   * @param snapshotUri the snapshot URI, or {@code null} when the camera has none
   * @param problem why a URI is missing ("" when nothing is)
   */
  record Row(MediaProfile profile, String streamUri, String snapshotUri, String problem) {}

  private ProfileRows() {}

  static List<Row> fetch(
      MediaClient media, List<MediaProfile> profiles, StreamTransport transport, boolean uris) {
    if (!uris) {
      return profiles.stream().map(p -> new Row(p, null, null, "")).toList();
    }
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<String>> streams = new ArrayList<>();
      List<Future<String>> snapshots = new ArrayList<>();
      for (MediaProfile p : profiles) {
        streams.add(pool.submit(() -> media.streamUri(p.token(), transport).uri()));
        snapshots.add(pool.submit(() -> media.snapshotUri(p.token()).uri()));
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < profiles.size(); i++) {
        StringBuilder problem = new StringBuilder();
        String stream = get(streams.get(i), "stream URI", problem);
        String snap = get(snapshots.get(i), "snapshot URI", problem);
        rows.add(new Row(profiles.get(i), stream, snap, problem.toString()));
      }
      return rows;
    }
  }

  private static String get(Future<String> f, String what, StringBuilder problem) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof OnvifException o) {
        problem.append(problem.isEmpty() ? "" : "; ").append(what).append(": ").append(o.reason());
        return null;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  /** "H264 1920x1080 25 fps 4096 kbit/s", or "no video" when the profile has no encoder. */
  static String describeVideo(MediaProfile p) {
    VideoEncoderConfiguration ve = p.videoEncoder();
    if (ve == null) {
      return "no video encoder";
    }
    StringBuilder sb = new StringBuilder(ve.encoding().isEmpty() ? "?" : ve.encoding());
    if (ve.resolution() != null) {
      sb.append(' ').append(ve.resolution());
    }
    RateControl rc = ve.rateControl();
    if (rc != null && rc.frameRateLimit() != null) {
      sb.append(' ').append(Json.write(rc.frameRateLimit())).append(" fps");
    }
    if (rc != null && rc.bitrateLimit() != null) {
      sb.append(' ').append(rc.bitrateLimit()).append(" kbit/s");
    }
    return sb.toString();
  }

  static Map<String, Object> toJson(Row r) {
    MediaProfile p = r.profile();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("token", p.token());
    m.put("name", p.name());
    m.put("fixed", p.fixed());
    VideoEncoderConfiguration ve = p.videoEncoder();
    if (ve != null) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("token", ve.token());
      v.put("encoding", ve.encoding());
      v.put("width", ve.resolution() == null ? null : ve.resolution().width());
      v.put("height", ve.resolution() == null ? null : ve.resolution().height());
      v.put("frameRate", ve.rateControl() == null ? null : ve.rateControl().frameRateLimit());
      v.put("bitrateKbps", ve.rateControl() == null ? null : ve.rateControl().bitrateLimit());
      v.put("quality", ve.quality());
      v.put("govLength", ve.govLength());
      v.put("profile", ve.profile());
      m.put("videoEncoder", v);
    }
    if (p.videoSource() != null) {
      m.put("videoSource", p.videoSource().sourceToken());
    }
    if (p.audioEncoder() != null) {
      m.put("audioEncoding", p.audioEncoder().encoding());
    }
    if (p.ptz() != null) {
      m.put("ptzNode", p.ptz().nodeToken());
    }
    if (r.streamUri() != null || r.snapshotUri() != null || !r.problem().isEmpty()) {
      m.put("streamUri", r.streamUri());
      m.put("snapshotUri", r.snapshotUri());
    }
    if (!r.problem().isEmpty()) {
      m.put("problem", r.problem());
    }
    return m;
  }
}
