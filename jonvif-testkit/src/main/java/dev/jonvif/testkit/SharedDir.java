package dev.jonvif.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code <shared>/onvif-reference}, the ONVIF schemas and camera captures that live beside
 * the repository rather than in it.
 *
 * <p>Order: the system property {@value #PROPERTY} (Surefire sets it to {@code
 * ${maven.multiModuleProjectDirectory}/../shared}), then, walking up from the working directory,
 * the first {@code ../shared/onvif-reference}.
 */
final class SharedDir {

  static final String PROPERTY = "jonvif.shared.dir";
  static final String REFERENCE = "onvif-reference";

  private static volatile Optional<Path> cached;

  private SharedDir() {}

  /** {@code <shared>/onvif-reference} as a real path, when present. */
  static Optional<Path> onvifReference() {
    Optional<Path> c = cached;
    if (c == null) {
      c = locate();
      cached = c;
    }
    return c;
  }

  private static Optional<Path> locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Optional<Path> p = existing(Path.of(configured).resolve(REFERENCE));
      if (p.isPresent()) {
        return p;
      }
    }
    for (Path d = Path.of("").toAbsolutePath(); d.getParent() != null; d = d.getParent()) {
      Optional<Path> p = existing(d.getParent().resolve("shared").resolve(REFERENCE));
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> existing(Path p) {
    if (!Files.isDirectory(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(p.toRealPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code <shared>/onvif-reference}, or the current test is skipped (aborted) with a reason. When
   * the environment variable {@code CI} is {@code true} it fails instead: CI always has the shared
   * folder, and a silent skip there would hide a broken setup.
   */
  static Path require(String purpose) {
    return require(purpose, onvifReference(), "true".equalsIgnoreCase(System.getenv("CI")));
  }

  static Path require(String purpose, Optional<Path> found, boolean onCi) {
    if (found.isPresent()) {
      return found.get();
    }
    String reason =
        purpose
            + " needs ../shared/"
            + REFERENCE
            + " (system property "
            + PROPERTY
            + "="
            + System.getProperty(PROPERTY)
            + ", working directory "
            + Path.of("").toAbsolutePath()
            + ")";
    if (onCi) {
      throw new AssertionError(reason + ", and CI=true: the shared folder must be present on CI");
    }
    return Assumptions.abort(reason + ": skipped");
  }
}
