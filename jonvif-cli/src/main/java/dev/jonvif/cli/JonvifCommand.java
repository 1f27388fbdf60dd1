package dev.jonvif.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code jonvif} command; each capability is a subcommand. */
@Command(
    name = "jonvif",
    mixinStandardHelpOptions = true,
    versionProvider = JonvifCommand.Version.class,
    description = "ONVIF toolkit: discover and control cameras, run virtual cameras, run the hub.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      SimulateCommand.class,
      InfoCommand.class,
      ProfilesCommand.class,
      StreamUriCommand.class,
      SnapshotCommand.class,
      CallCommand.class,
      TimeCommand.class,
      PtzCommand.class,
      ImagingCommand.class,
      RelayCommand.class,
      RebootCommand.class,
      DiscoverCommand.class
    })
final class JonvifCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new JonvifCommand());
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return cl;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().println("jonvif " + version());
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  static String version() {
    try (InputStream in = JonvifCommand.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "jonvif " + version(),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
      };
    }
  }
}
