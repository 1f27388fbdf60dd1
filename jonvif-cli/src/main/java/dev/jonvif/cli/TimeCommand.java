package dev.jonvif.cli;

import dev.jonvif.client.OnvifCamera;
import dev.jonvif.core.types.SystemDateTime;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jonvif time URL [--sync]}: the camera's clock, and setting it to ours. */
@Command(name = "time", description = "Show the camera's clock; --sync sets it to this machine's.")
final class TimeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Option(names = "--sync", description = "Set the camera's clock to this machine's (Manual, UTC).")
  boolean sync;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (OnvifCamera cam = camera.connect()) {
      SystemDateTime t = cam.cameraTime().orElseGet(() -> cam.device().systemDateAndTime());
      out.printf(
          "Camera     %s UTC (%s%s)%n",
          t.utcInstant().instant().map(Object::toString).orElse("unknown"),
          t.dateTimeType().wireValue(),
          t.timeZone() == null ? "" : ", TZ " + t.timeZone());
      out.printf("Offset     %s%n", Text.clock(cam.clockOffset().orElse(null)));
      if (sync) {
        cam.syncClock();
        out.printf("Synced     %s%n", Text.clock(cam.clockOffset().orElse(null)));
      }
    }
    return 0;
  }
}
