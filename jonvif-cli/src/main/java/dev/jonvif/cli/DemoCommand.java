package dev.jonvif.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jonvif demo}: the product's main job on an embedded default, everything on loopback. Until
 * the hub lands it runs a fleet of six virtual cameras (including a PTZ dome and a doorbell with a
 * digital input) with WS-Discovery pinned to the loopback interface, and prints what to try against
 * them.
 */
@Command(
    name = "demo",
    description = "Show jonvif working with no camera at hand (virtual cameras on loopback).")
final class DemoCommand implements Callable<Integer> {

  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Spec CommandSpec spec;

  @Option(names = "--base-port", defaultValue = "8000", description = "First camera port.")
  int basePort;

  @Option(names = "--rtsp-port", defaultValue = "8554", description = "RTSP port of the fleet.")
  int rtspPort;

  @Option(names = "--admin-port", defaultValue = "8079", description = "Admin API port.")
  int adminPort;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    String password = randomPassword();
    Path state = Files.createTempDirectory("jonvif-demo");
    out.println("jonvif " + JonvifCommand.version() + " demo: six virtual cameras on 127.0.0.1");
    out.println("  user admin, password " + password + " (generated for this run)");
    out.println("  try, in another terminal:");
    out.println("    ./jonvif discover --interface lo");
    out.println("    ./jonvif info 127.0.0.1:" + display(basePort) + " -u admin -p " + password);
    out.println(
        "    ./jonvif snapshot 127.0.0.1:"
            + display(basePort)
            + " -u admin -p "
            + password
            + " -o cam1.jpg");
    out.println(
        "    curl -X POST 'http://127.0.0.1:"
            + display(adminPort)
            + "/cameras/cam1/events/motion?state=true'");
    out.println("  the web hub is not built yet; Ctrl-C stops everything");
    out.flush();
    CommandLine simulate = new CommandLine(new SimulateCommand());
    simulate.setOut(spec.commandLine().getOut());
    simulate.setErr(spec.commandLine().getErr());
    simulate.setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler());
    return simulate.execute(
        "--cameras", "6",
        "--bind", "127.0.0.1",
        "--base-port", String.valueOf(basePort),
        "--rtsp-port", String.valueOf(rtspPort),
        "--admin-port", String.valueOf(adminPort),
        "--state-dir", state.toString(),
        "--password", password);
  }

  private static String display(int port) {
    return port == 0 ? "<port>" : String.valueOf(port);
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
