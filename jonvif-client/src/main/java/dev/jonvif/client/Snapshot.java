package dev.jonvif.client;

import java.util.Objects;

/**
 * A JPEG image fetched from a camera's snapshot URI.
 *
 * @param jpeg the image bytes (starting with the JPEG SOI marker); the array is not copied
 * @param contentType the Content-Type the camera sent ("" when none)
 * @param uri the URI it was fetched from, without user-info
 */
public record Snapshot(byte[] jpeg, String contentType, String uri) {

  public Snapshot {
    Objects.requireNonNull(jpeg, "jpeg");
    contentType = contentType == null ? "" : contentType;
  }

  /** The image size in bytes. */
  public int size() {
    return jpeg.length;
  }

  @Override
  public String toString() {
    return "Snapshot[" + jpeg.length + " bytes, " + contentType + ", " + uri + "]";
  }
}
