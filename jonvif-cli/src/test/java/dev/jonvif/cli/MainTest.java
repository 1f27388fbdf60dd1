package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
  void demoRunsFourLoopbackCamerasAndTheHubUntilInterrupted() throws Exception {
    LineQueue lines = new LineQueue();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread t =
        Thread.ofPlatform()
            .start(
                () ->
                    exit.set(
                        Main.run(
                            new String[] {
                              "demo",
                              "--port",
                              "0",
                              "--base-port",
                              "0",
                              "--rtsp-port",
                              "0",
                              "--admin-port",
                              "0",
                              "--events-every",
                              "PT0S"
                            },
                            new PrintWriter(lines, true),
                            new PrintWriter(err, true))));
    List<String> printed = new ArrayList<>();
    String line;
    while ((line = lines.lines.poll(90, TimeUnit.SECONDS)) != null && !line.equals("ready")) {
      printed.add(line);
    }
    assertThat(line).as("demo output %s, errors %s", printed, err).isEqualTo("ready");
    assertThat(printed.get(0)).startsWith("jonvif ").contains("four virtual cameras and the hub");
    assertThat(printed.stream().filter(l -> l.startsWith("cam")))
        .hasSize(4)
        .allSatisfy(l -> assertThat(l).contains("http://127.0.0.1:").contains("rtsp://127.0.0.1:"));
    String hubLine =
        printed.stream().filter(l -> l.strip().startsWith("hub ")).findFirst().orElseThrow();
    assertThat(hubLine).contains("user admin, password ");
    String hubUrl = hubLine.replaceAll(".*(http://localhost:[0-9]+).*", "$1");
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(hubUrl + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("\"ok\":true");
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
