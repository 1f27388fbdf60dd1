package dev.jonvif.core.types;

import static org.junit.jupiter.api.Assertions.fail;

import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.core.xml.XmlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real camera captures in {@code ../shared/onvif-reference/captures}, found through the system
 * property {@code jonvif.shared.dir}. Missing captures skip the test locally and fail it in CI
 * ({@code CI=true}), so CI never passes by skipping.
 */
final class SharedCaptures {

  private SharedCaptures() {}

  static Path dir() {
    String shared = System.getProperty("jonvif.shared.dir");
    Path captures = shared == null ? null : Path.of(shared, "onvif-reference", "captures");
    if (captures == null || !Files.isDirectory(captures)) {
      String reason =
          "ONVIF captures not found at "
              + captures
              + " (set the system property jonvif.shared.dir to the shared folder)";
      if ("true".equals(System.getenv("CI"))) {
        fail(reason);
      }
      Assumptions.abort(reason);
    }
    return captures;
  }

  static XmlElement parse(Path file) {
    try {
      return XmlParser.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first element named {@code localName} in document order, any namespace, or null. */
  static XmlElement findByLocalName(XmlElement root, String localName) {
    if (root.localName().equals(localName)) {
      return root;
    }
    for (XmlElement child : root.children()) {
      XmlElement found = findByLocalName(child, localName);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
