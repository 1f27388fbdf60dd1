package dev.jonvif.cli;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.client.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jonvif snapshot URL -o FILE}: save a JPEG snapshot. */
@Command(name = "snapshot", description = "Save a JPEG snapshot of a profile to a file.")
final class SnapshotCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Option(
      names = "--profile",
      paramLabel = "TOKEN",
      description = "Profile token (default: the first).")
  String profile;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write the JPEG.")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (OnvifCamera cam = camera.connect()) {
      String token = profile != null ? profile : cam.media().profiles().get(0).token();
      Snapshot s = cam.snapshot(token);
      Files.write(output, s.jpeg());
      spec.commandLine().getOut().printf("wrote %d bytes to %s%n", s.size(), output);
    }
    return 0;
  }
}
