package dev.jonvif.cli;

import dev.jonvif.hub.Hub;
import dev.jonvif.hub.HubOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jonvif hub}: the web hub until Ctrl-C. Prints its URL, and on first run the generated
 * admin password (once: only its hash is stored).
 */
@Command(
    name = "hub",
    description = "Run the web hub: camera registry, live status, events, PTZ, discovery.")
final class HubCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "P",
      defaultValue = "8080",
      description = "HTTP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default ${DEFAULT-VALUE}: this host only; 0.0.0.0 for every"
              + " interface).")
  String bind;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "jonvif-data",
      description =
          "Where the database and the key encrypting camera passwords live (default"
              + " ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description = "A database instead of SQLite in --data, e.g. jdbc:postgresql://db/jonvif.")
  String jdbcUrl;

  @Option(
      names = "--admin-password",
      paramLabel = "PASS",
      description = "Set the admin password (default: keep the stored one, or generate one).")
  String adminPassword;

  @Option(
      names = "--discovery-interface",
      paramLabel = "NAME",
      description = "Discover cameras on this interface only (lo, eth0, an address; default all).")
  String discoveryInterface;

  @Option(names = "--no-discovery", description = "Do not discover cameras by WS-Discovery.")
  boolean noDiscovery;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Hub hub =
        Hub.start(
            HubOptions.builder()
                .port(port)
                .bind(bind)
                .dataDir(data)
                .jdbcUrl(jdbcUrl)
                .adminPassword(adminPassword)
                .discovery(!noDiscovery)
                .discoveryInterface(discoveryInterface)
                .build());
    out.println(
        "jonvif " + JonvifCommand.version() + " hub on " + hub.url() + " (data in " + data + ")");
    hub.generatedAdminPassword()
        .ifPresent(
            p -> out.println("  user admin, password " + p + " (generated now, shown only once)"));
    out.println("ready");
    out.flush();
    UntilStopped.await("hub", hub);
    return 0;
  }
}
