package dev.jonvif.cli;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.model.MediaProfile;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jonvif profiles URL}: the media profiles and their encoders. */
@Command(name = "profiles", description = "List media profiles with encodings and resolutions.")
final class ProfilesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (OnvifCamera cam = camera.connect()) {
      List<MediaProfile> profiles = cam.media().profiles();
      List<ProfileRows.Row> rows = ProfileRows.fetch(cam.media(), profiles, null, false);
      if (json) {
        out.println(Json.write(rows.stream().map(ProfileRows::toJson).toList()));
        return 0;
      }
      for (MediaProfile p : profiles) {
        out.printf(
            "%-16s %-24s %s%s%n",
            p.token(),
            p.name().isEmpty() ? "-" : p.name(),
            ProfileRows.describeVideo(p),
            p.ptz() == null ? "" : "  PTZ " + p.ptz().nodeToken());
      }
    }
    return 0;
  }
}
