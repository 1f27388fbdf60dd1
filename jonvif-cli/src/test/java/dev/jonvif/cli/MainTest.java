package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void versionPrintsProjectVersionAndJava() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("jonvif ").doesNotContain("${").contains("Java ");
  }

  @Test
  void helpListsUsage() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: jonvif");
  }

  @Test
  void demoRunsSixLoopbackCamerasUntilInterrupted() throws Exception {
    LineQueue lines = new LineQueue();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread t =
        Thread.ofPlatform()
            .start(
                () ->
                    exit.set(
                        Main.run(
                            new String[] {
                              "demo", "--base-port", "0", "--rtsp-port", "0", "--admin-port", "0"
                            },
                            new PrintWriter(lines, true),
                            new PrintWriter(err, true))));
    List<String> printed = new ArrayList<>();
    String line;
    while ((line = lines.lines.poll(90, TimeUnit.SECONDS)) != null && !line.equals("ready")) {
      printed.add(line);
    }
    assertThat(line).as("demo output %s, errors %s", printed, err).isEqualTo("ready");
    assertThat(printed.get(0)).startsWith("jonvif ").contains("six virtual cameras");
    assertThat(printed).anySatisfy(l -> assertThat(l).contains("user admin, password "));
    assertThat(printed.stream().filter(l -> l.startsWith("cam")))
        .hasSize(6)
        .allSatisfy(l -> assertThat(l).contains("http://127.0.0.1:").contains("rtsp://127.0.0.1:"));
    t.interrupt();
    t.join(30_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }

  @Test
  void everySubcommandIsRegisteredUnderItsOwnName() {
    JonvifCommand.SUBCOMMANDS.forEach(
        (name, type) ->
            assertThat(type.getAnnotation(picocli.CommandLine.Command.class).name())
                .as(type.getSimpleName())
                .isEqualTo(name));
  }

  @Test
  void helpListsEverySubcommandAndHelpOfOneWorks() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains(JonvifCommand.SUBCOMMANDS.keySet());
    assertThat(run("help", "info")).isZero();
    assertThat(out.toString()).contains("Usage: jonvif info");
  }

  @Test
  void unknownSubcommandIsReported() {
    assertThat(run("infoo")).isNotZero();
    assertThat(err.toString()).contains("infoo");
  }

  @Test
  void unknownOptionFailsWithNonZeroExit() {
    assertThat(run("--no-such-option")).isNotZero();
    assertThat(err.toString()).contains("Unknown option");
  }
}
