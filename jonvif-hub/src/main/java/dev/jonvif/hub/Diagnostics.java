package dev.jonvif.hub;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.Service;
import dev.jonvif.core.model.ServiceNames;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-camera diagnostics document a user attaches to a bug report: device information,
 * services, profiles, clock offset, recent errors and event statistics. Every secret is left out
 * (the camera password is never read here) and, as a second guard, any occurrence of it in the
 * final text is replaced by {@code ***}.
 */
final class Diagnostics {

  static final String REDACTED = "***";

  private final Storage storage;
  private final HubOptions options;
  private final String version;

  Diagnostics(Storage storage, HubOptions options, String version) {
    this.storage = storage;
    this.options = options;
    this.version = version;
  }

  byte[] of(CameraSession s) {
    CameraRecord r = s.record();
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("generatedAt", options.clock().instant().toString());
    root.put("hubVersion", version);
    root.set("camera", Json.MAPPER.valueToTree(s.view()));
    ObjectNode cred = root.putObject("credentials");
    cred.put("username", r.username());
    cred.put("password", REDACTED);
    root.put("endpointReference", r.endpointReference());
    s.connected().ifPresent(c -> device(root, c, s.profiles()));
    ArrayNode errors = root.putArray("recentErrors");
    s.recentErrors().forEach(errors::add);
    events(root.putObject("events"), r.id());
    String text = Json.text(root);
    if (!r.password().isEmpty()) {
      text = text.replace(r.password(), REDACTED);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void device(ObjectNode root, OnvifCamera c, List<MediaProfile> profiles) {
    c.clockOffset().ifPresent(o -> root.put("clockOffsetMs", o.toMillis()));
    root.put("authMethod", c.authMethod().label());
    c.digestAlgorithm().ifPresent(a -> root.put("digestAlgorithm", a));
    try {
      root.put("natDetected", c.natDetected());
      ArrayNode services = root.putArray("services");
      for (Service sv : c.services()) {
        ObjectNode o = services.addObject();
        o.put("service", ServiceNames.shortName(sv.namespace()));
        o.put("namespace", sv.namespace());
        o.put("xaddr", ProfileView.withoutUserInfo(sv.xaddr()));
        o.put("version", String.valueOf(sv.version()));
      }
    } catch (RuntimeException e) {
      root.put("servicesError", Failure.of(e).message());
    }
    ArrayNode ps = root.putArray("profiles");
    for (MediaProfile p : profiles) {
      ObjectNode o = ps.addObject();
      o.put("token", p.token());
      o.put("name", p.name());
      if (p.videoEncoder() != null) {
        o.put("encoding", p.videoEncoder().encoding());
        if (p.videoEncoder().resolution() != null) {
          o.put("width", p.videoEncoder().resolution().width());
          o.put("height", p.videoEncoder().resolution().height());
        }
      }
      o.put("ptz", p.ptz() != null);
    }
  }

  private void events(ObjectNode out, String cameraId) {
    out.put("stored", storage.events.count(cameraId));
    Map<String, Integer> byKind = new TreeMap<>();
    Instant newest = null;
    for (HubEvent e :
        storage.events.recent(cameraId, 500, options.clock().instant().plusMillis(1))) {
      byKind.merge(e.kind(), 1, Integer::sum);
      newest = newest == null ? e.time() : newest;
    }
    out.set("recentByKind", Json.MAPPER.valueToTree(byKind));
    out.put("newest", newest == null ? null : newest.toString());
  }
}
