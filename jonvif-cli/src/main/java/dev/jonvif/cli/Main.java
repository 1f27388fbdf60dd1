package dev.jonvif.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code jonvif} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CameraOptions.warmUpIfCameraCommand(args);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns the exit code; used by tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = JonvifCommand.commandLine(args);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }
}
