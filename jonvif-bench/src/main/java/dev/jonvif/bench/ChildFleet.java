package dev.jonvif.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link FleetProcess} started in a child JVM with this JVM's class path: its device service URLs
 * and its CPU time, heap and RSS on request. JVM options for the child come from the system
 * property {@code bench.serverJvm} (space-separated, e.g. {@code -Xmx512m}).
 */
final class ChildFleet implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private final Map<String, String> urls = new LinkedHashMap<>();
  private final long startMs;
  private final long readyMs;

  private ChildFleet(Process process, long t0) throws IOException {
    this.process = process;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    long start = -1;
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("ready ")) {
        start = Long.parseLong(line.substring(6).strip());
        break;
      }
      String[] f = line.split(" ");
      if (f.length == 2 && f[1].startsWith("http")) {
        urls.put(f[0], f[1]);
      }
    }
    if (start < 0) {
      process.destroy();
      throw new IOException("the fleet process ended before it was ready");
    }
    this.startMs = start;
    this.readyMs = (System.nanoTime() - t0) / 1_000_000;
  }

  /** Starts {@code cameras} virtual cameras in a child JVM; returns when they all listen. */
  static ChildFleet start(int cameras) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String jvm = System.getProperty("bench.serverJvm", "").strip();
    if (!jvm.isEmpty()) {
      cmd.addAll(List.of(jvm.split("\\s+")));
    }
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            FleetProcess.class.getName(),
            Integer.toString(cameras)));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    return new ChildFleet(p, t0);
  }

  /** Device service URL per camera name, in start order. */
  Map<String, String> urls() {
    return urls;
  }

  /** Time the child took for {@code Fleet.start}, as it measured it. */
  long fleetStartMs() {
    return startMs;
  }

  /** Time from spawning the JVM to its {@code ready} line. */
  long readyMs() {
    return readyMs;
  }

  long pid() {
    return process.pid();
  }

  /** The child's CPU time so far, in ns. */
  long cpuNanos() throws IOException {
    return ask("cpu");
  }

  /** The child's heap in use after a full GC, in bytes. */
  long heapAfterGc() throws IOException {
    return ask("heap");
  }

  /** The child's resident set size, in bytes. */
  long rssBytes() throws IOException {
    return ask("rss");
  }

  private synchronized long ask(String command) throws IOException {
    in.println(command);
    String line = out.readLine();
    if (line == null || !line.startsWith(command + " ")) {
      throw new IOException("unexpected answer to " + command + ": " + line);
    }
    return Long.parseLong(line.substring(command.length() + 1).strip());
  }

  @Override
  public void close() {
    in.close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
    }
  }
}
