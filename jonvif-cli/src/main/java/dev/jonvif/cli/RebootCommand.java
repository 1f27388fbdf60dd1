package dev.jonvif.cli;

import dev.jonvif.client.OnvifCamera;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jonvif reboot URL}. */
@Command(name = "reboot", description = "Reboot the camera.")
final class RebootCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CameraOptions camera;

  @Override
  public Integer call() {
    try (OnvifCamera cam = camera.connect()) {
      String message = cam.device().reboot();
      spec.commandLine().getOut().println(message.isEmpty() ? "rebooting" : message);
    }
    return 0;
  }
}
