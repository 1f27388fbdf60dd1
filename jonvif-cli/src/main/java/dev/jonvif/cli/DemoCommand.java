package dev.jonvif.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jonvif demo}: the product's main job on an embedded default. Until the hub lands it prints
 * the version and what each command does.
 */
@Command(
    name = "demo",
    description =
        "Show jonvif working with no camera at hand (virtual cameras + hub, loopback only).")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    out.println("jonvif " + JonvifCommand.version());
    out.println();
    out.println("The demo (virtual cameras + hub on http://localhost:8080) is not built yet.");
    out.println("These commands are available today:");
    out.println();
    spec.parent()
        .commandLine()
        .getSubcommands()
        .forEach(
            (name, cl) -> {
              String[] desc = cl.getCommandSpec().usageMessage().description();
              if (!name.equals("help") && desc.length > 0) {
                out.printf("  %-12s %s%n", name, desc[0]);
              }
            });
    return 0;
  }
}
