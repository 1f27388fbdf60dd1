package dev.jonvif.testkit;

import java.nio.file.Path;

/**
 * One real-device capture under {@code onvif-reference/captures}, as described by its row in {@code
 * MANIFEST.tsv}.
 *
 * @param relativePath path below {@code captures/}, e.g. {@code
 *     sproctor__ONVIF-Camera-Kotlin/onvifcamera/src/commonTest/resources/probeResponse.xml}
 * @param originRepository the repository it was copied from (cite it in regression tests)
 * @param kind e.g. {@code SOAP fault}, {@code WS-Discovery ProbeMatches}
 * @param rootElement the SOAP body's first element (local name), or the document root
 * @param device the device, as the source or the capture states it ("" when unknown)
 * @param schemaCheck {@code VALID}, {@code INVALID(n): <first error>} or {@code NOT-WELL-FORMED:
 *     ...}
 */
public record Capture(
    String relativePath,
    String originRepository,
    String kind,
    String rootElement,
    String device,
    String schemaCheck) {

  /** Whether the manifest says it validates against the ONVIF schemas. */
  public boolean schemaValid() {
    return schemaCheck.equals("VALID");
  }

  /** The file. */
  public Path path() {
    return Captures.path(relativePath);
  }

  /** The file's bytes, unchanged. */
  public byte[] bytes() {
    return Captures.bytes(relativePath);
  }
}
