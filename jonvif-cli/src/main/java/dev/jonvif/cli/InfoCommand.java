package dev.jonvif.cli;

import dev.jonvif.client.MediaClient;
import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.core.model.MediaProfile;
import dev.jonvif.core.model.Service;
import dev.jonvif.core.model.StreamTransport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jonvif info URL}: everything a user wants to know about a camera, in one go. */
@Command(
    name = "info",
    description =
        "Show a camera: device, services and versions, clock offset, authentication, profiles"
            + " with stream and snapshot URIs.")
final class InfoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (OnvifCamera cam = camera.connect();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      CompletableFuture<DeviceInformation> info =
          CompletableFuture.supplyAsync(() -> cam.device().deviceInformation(), pool);
      MediaClient media = cam.media();
      List<MediaProfile> profiles = media.profiles();
      List<ProfileRows.Row> rows = ProfileRows.fetch(media, profiles, StreamTransport.UDP, true);
      DeviceInformation device = Futures.join(info);
      if (json) {
        out.println(Json.write(toJson(cam, device, media, rows)));
      } else {
        print(out, cam, device, media, rows);
      }
    }
    return 0;
  }

  private static Map<String, Object> toJson(
      OnvifCamera cam, DeviceInformation d, MediaClient media, List<ProfileRows.Row> rows) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("address", cam.deviceUri().toString());
    Map<String, Object> dev = new LinkedHashMap<>();
    dev.put("manufacturer", d.manufacturer());
    dev.put("model", d.model());
    dev.put("firmwareVersion", d.firmwareVersion());
    dev.put("serialNumber", d.serialNumber());
    dev.put("hardwareId", d.hardwareId());
    m.put("device", dev);
    m.put("clockOffsetMillis", cam.clockOffset().map(Duration::toMillis).orElse(null));
    m.put("auth", cam.authMethod().label());
    m.put("digestAlgorithm", cam.digestAlgorithm().orElse(null));
    m.put("natDetected", cam.natDetected());
    List<Object> services = new ArrayList<>();
    for (Service s : cam.services()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("name", s.shortName());
      sm.put("namespace", s.namespace());
      sm.put("version", s.version().isKnown() ? s.version().toString() : null);
      sm.put("xaddr", cam.endpoint(s.namespace()).map(Object::toString).orElse(s.xaddr()));
      services.add(sm);
    }
    m.put("services", services);
    m.put("mediaVersion", media.version());
    m.put("profiles", rows.stream().map(ProfileRows::toJson).toList());
    return m;
  }

  private static void print(
      PrintWriter out,
      OnvifCamera cam,
      DeviceInformation d,
      MediaClient media,
      List<ProfileRows.Row> rows) {
    out.printf("Device     %s %s%n", blank(d.manufacturer()), blank(d.model()));
    out.printf(
        "           firmware %s, serial %s, hardware %s%n",
        blank(d.firmwareVersion()), blank(d.serialNumber()), blank(d.hardwareId()));
    out.printf(
        "Address    %s%s%n",
        cam.deviceUri(), cam.natDetected() ? " (NAT: addresses rewritten)" : "");
    out.printf("Clock      %s%n", Text.clock(cam.clockOffset().orElse(null)));
    out.printf(
        "Auth       %s%s%n",
        cam.authMethod().label(), cam.digestAlgorithm().map(a -> " (" + a + ")").orElse(""));
    List<String> services = new ArrayList<>();
    for (Service s : cam.services()) {
      services.add(s.shortName() + (s.version().isKnown() ? " " + s.version() : ""));
    }
    out.printf("Services   %s%n", String.join(", ", services));
    out.printf("Media      Media%s%n", media.version() == 2 ? "2" : "1");
    out.printf("Profiles   %d%n", rows.size());
    for (ProfileRows.Row r : rows) {
      MediaProfile p = r.profile();
      out.printf(
          "  %-16s %s%s%n",
          p.token(),
          ProfileRows.describeVideo(p),
          p.name().isEmpty() || p.name().equals(p.token()) ? "" : "  \"" + p.name() + "\"");
      if (r.streamUri() != null) {
        out.printf("  %-16s stream   %s%n", "", r.streamUri());
      }
      if (r.snapshotUri() != null) {
        out.printf("  %-16s snapshot %s%n", "", r.snapshotUri());
      }
      if (!r.problem().isEmpty()) {
        out.printf("  %-16s (%s)%n", "", r.problem());
      }
    }
  }

  private static String blank(String s) {
    return s.isEmpty() ? "-" : s;
  }
}
