package dev.jonvif.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 1,299 real camera captures in {@code ../shared/onvif-reference/captures}, listed by {@code
 * MANIFEST.tsv}. Every method skips the calling test when the shared folder is missing (fails it
 * when {@code CI=true}), like {@link OnvifSchemas}.
 */
public final class Captures {

  private static final String PREFIX = "captures/";

  private static volatile List<Capture> all;

  private Captures() {}

  /** Every capture, in manifest order. */
  public static List<Capture> all() {
    List<Capture> c = all;
    if (c == null) {
      c = Manifest.read(reference().resolve("MANIFEST.tsv"), PREFIX);
      all = c;
    }
    return c;
  }

  /**
   * The captures whose root (SOAP body) element has this local name, e.g. {@code
   * GetProfilesResponse}.
   */
  public static List<Capture> byRootElement(String localName) {
    List<Capture> out = new ArrayList<>();
    for (Capture c : all()) {
      if (c.rootElement().equals(localName)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The capture with this path below {@code captures/}. */
  public static Capture get(String relativePath) {
    for (Capture c : all()) {
      if (c.relativePath().equals(relativePath)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no capture " + relativePath + " in MANIFEST.tsv");
  }

  /** A file below {@code captures/}; it must exist. */
  public static Path path(String relativePath) {
    Path root = reference().resolve("captures");
    Path p = root.resolve(relativePath).normalize();
    if (!p.startsWith(root) || !Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no capture file " + relativePath + " under " + root);
    }
    return p;
  }

  /** The bytes of a file below {@code captures/}, unchanged. */
  public static byte[] bytes(String relativePath) {
    Path p = path(relativePath);
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  /** The bytes as UTF-8 text. */
  public static String text(String relativePath) {
    return new String(bytes(relativePath), StandardCharsets.UTF_8);
  }

  private static Path reference() {
    return SharedDir.require("camera captures");
  }
}
