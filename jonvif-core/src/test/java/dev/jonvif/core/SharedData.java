package dev.jonvif.core;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared reference material (`../shared`, system property {@code jonvif.shared.dir}). Tests
 * that need it are skipped with the reason when it is missing, except in CI (environment {@code
 * CI=true}), which always has it and where its absence is a failure.
 */
public final class SharedData {

  private SharedData() {}

  /** {@code relative} under the shared directory; aborts or fails the test when it is missing. */
  public static Path require(String relative) {
    String dir = System.getProperty("jonvif.shared.dir");
    Path path = dir == null ? null : Path.of(dir).resolve(relative);
    if (path != null && Files.exists(path)) {
      return path;
    }
    String reason =
        "shared reference data not found: "
            + (path == null ? "system property jonvif.shared.dir is not set" : path);
    if ("true".equals(System.getenv("CI"))) {
      fail(reason + " (CI must have ../shared)");
    }
    Assumptions.abort(reason);
    throw new AssertionError("unreachable");
  }
}
