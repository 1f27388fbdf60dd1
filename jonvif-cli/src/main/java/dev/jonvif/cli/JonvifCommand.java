package dev.jonvif.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
    description = "ONVIF toolkit: discover and control cameras, run virtual cameras, run the hub.")
final class JonvifCommand implements Callable<Integer> {

  /**
   * Every subcommand, by the name in its {@code @Command}, in the order {@code --help} lists them.
   * Add new subcommands here. picocli builds a command's model by reflection, which is most of a
   * one-shot command's start-up time, so a command line builds only the subcommand it runs (all of
   * them for help, an unknown name or no name).
   */
  static final Map<String, Class<?>> SUBCOMMANDS =
      ordered(
          Map.entry("help", CommandLine.HelpCommand.class),
          Map.entry("demo", DemoCommand.class),
          Map.entry("hub", HubCommand.class),
          Map.entry("simulate", SimulateCommand.class),
          Map.entry("info", InfoCommand.class),
          Map.entry("profiles", ProfilesCommand.class),
          Map.entry("stream-uri", StreamUriCommand.class),
          Map.entry("snapshot", SnapshotCommand.class),
          Map.entry("call", CallCommand.class),
          Map.entry("time", TimeCommand.class),
          Map.entry("ptz", PtzCommand.class),
          Map.entry("imaging", ImagingCommand.class),
          Map.entry("relay", RelayCommand.class),
          Map.entry("reboot", RebootCommand.class),
          Map.entry("events", EventsCommand.class),
          Map.entry("discover", DiscoverCommand.class));

  @Spec CommandSpec spec;

  /** The command line for {@code args}: with only the subcommand they name, when they name one. */
  static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new JonvifCommand());
    String first = args.length > 0 ? args[0] : "";
    Class<?> only = first.equals("help") ? null : SUBCOMMANDS.get(first);
    if (only != null) {
      cl.addSubcommand(first, only);
    } else if (!first.equals("--version") && !first.equals("-V")) {
      SUBCOMMANDS.forEach(cl::addSubcommand);
    }
    cl.setExecutionExceptionHandler(new ErrorHandler());
    return cl;
  }

  @SafeVarargs
  private static Map<String, Class<?>> ordered(Map.Entry<String, Class<?>>... entries) {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    for (Map.Entry<String, Class<?>> e : entries) {
      m.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(m);
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
