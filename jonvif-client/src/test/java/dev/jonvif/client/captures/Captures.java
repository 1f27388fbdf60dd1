package dev.jonvif.client.captures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real-camera captures in {@code ../shared/onvif-reference/captures}, found through the system
 * property {@code jonvif.shared.dir}. When they are missing the tests are skipped with a reason,
 * except on CI ({@code CI=true}), where that is a failure.
 */
final class Captures {

  private Captures() {}

  static Path root() {
    String dir = System.getProperty("jonvif.shared.dir");
    Path root = dir == null ? null : Path.of(dir, "onvif-reference", "captures");
    if (root == null || !Files.isDirectory(root)) {
      String reason = "captures not found (jonvif.shared.dir=" + dir + ")";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(reason);
      }
      Assumptions.abort(reason);
    }
    return root;
  }

  static Path manifest() {
    return root().getParent().resolve("MANIFEST.tsv");
  }

  static byte[] read(String relative) {
    try {
      return Files.readAllBytes(root().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * MANIFEST rows (path relative to the captures folder, root element, schema check) whose root
   * element is one of {@code roots}.
   */
  static List<String[]> manifestRows(java.util.Set<String> roots) {
    try {
      List<String[]> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(manifest());
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        if (f.length > 12 && f[0].startsWith("captures/") && roots.contains(f[9])) {
          out.add(new String[] {f[0].substring("captures/".length()), f[9], f[12]});
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
