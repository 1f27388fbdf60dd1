package dev.jonvif.discovery;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only ../shared reference material (schemas, captures), found through a property. */
final class SharedDir {

  private SharedDir() {}

  /** {@code onvif-reference/<relative>}; skips the test when the reference set is absent. */
  static Path reference(String relative) {
    String dir = System.getProperty("jonvif.shared.dir");
    assumeTrue(dir != null, "jonvif.shared.dir is not set");
    Path p = Path.of(dir, "onvif-reference").resolve(relative);
    assumeTrue(Files.exists(p), "reference material missing: " + p);
    return p;
  }
}
