package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
  void demoPrintsVersionAndCommands() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString()).startsWith("jonvif ").contains("demo");
  }

  @Test
  void unknownOptionFailsWithNonZeroExit() {
    assertThat(run("--no-such-option")).isNotZero();
    assertThat(err.toString()).contains("Unknown option");
  }
}
