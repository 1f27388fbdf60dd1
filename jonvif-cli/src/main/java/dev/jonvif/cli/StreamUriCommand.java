package dev.jonvif.cli;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.MediaUri;
import dev.jonvif.core.model.StreamTransport;
import dev.jonvif.rtsp.client.ProbeResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jonvif stream-uri URL}: the RTSP address of one profile, or of every profile. */
@Command(name = "stream-uri", description = "Print the RTSP stream URI of a profile (or of each).")
final class StreamUriCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Option(names = "--profile", paramLabel = "TOKEN", description = "Profile token (default: all).")
  String profile;

  @Option(
      names = "--transport",
      paramLabel = "udp|tcp|http",
      description =
          "RTP over UDP, interleaved in RTSP over TCP, or tunnelled over HTTP (default: udp).")
  String transport = "udp";

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(
      names = "--check",
      description =
          "Also play each stream (RTSP DESCRIBE/SETUP/PLAY, first frames) and report codec,"
              + " resolution, the transport that worked and the time to the first frame.")
  boolean check;

  @Override
  public Integer call() {
    StreamTransport t;
    try {
      t = StreamTransport.fromName(transport);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--transport must be udp, tcp or http, not " + transport);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (OnvifCamera cam = camera.connect()) {
      List<String> tokens = new ArrayList<>();
      if (profile != null) {
        tokens.add(profile);
      } else {
        cam.media().profiles().stream().map(MediaProfile::token).forEach(tokens::add);
      }
      List<Object> all = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      for (String token : tokens) {
        MediaUri uri = cam.media().streamUri(token, t);
        ProbeResult probe = check ? StreamCheck.run(uri.uri(), camera.credentials(), t) : null;
        if (probe != null && !probe.ok()) {
          failed.add(token + ": " + StreamCheck.describe(probe));
        }
        if (json) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("profile", token);
          m.put("transport", t.name().toLowerCase(java.util.Locale.ROOT));
          m.put("uri", uri.uri());
          m.put("invalidAfterConnect", uri.invalidAfterConnect());
          m.put("invalidAfterReboot", uri.invalidAfterReboot());
          if (probe != null) {
            m.put("check", StreamCheck.toJson(probe));
          }
          all.add(m);
        } else if (profile != null) {
          out.println(uri.uri() + (probe == null ? "" : "  " + StreamCheck.describe(probe)));
        } else {
          out.printf(
              "%-16s %s%s%n",
              token, uri.uri(), probe == null ? "" : "  " + StreamCheck.describe(probe));
        }
      }
      if (json) {
        out.println(Json.write(profile != null ? all.get(0) : all));
      }
      if (!failed.isEmpty()) {
        throw new IllegalStateException(
            "ONVIF works but the stream does not play: " + String.join("; ", failed));
      }
    }
    return 0;
  }
}
