package dev.jonvif.rtsp.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link RtspProbe} found out about a stream URI.
 *
 * @param status the verdict
 * @param uri the probed URI, without credentials
 * @param codec the video encoding name from the SDP ({@code JPEG}, {@code H264}, {@code H265}...),
 *     or {@code null} when DESCRIBE did not succeed
 * @param width the picture width from the media itself (JPEG header, SPS) or else the SDP; 0 when
 *     unknown
 * @param height the picture height, as the width
 * @param transport the transport that delivered a frame, or {@code null}
 * @param timeToFirstFrame from sending PLAY to the first complete, decodable frame (a JPEG that
 *     decodes; an H.264 IDR or H.265 IRAP picture), or {@code null}
 * @param framesReceived complete frames received over {@code transport}
 * @param errors why each transport that was tried and failed did not work
 * @param detail one line for a person: what worked, or what failed first
 */
public record ProbeResult(
    Status status,
    URI uri,
    String codec,
    int width,
    int height,
    ProbeTransport transport,
    Duration timeToFirstFrame,
    int framesReceived,
    Map<ProbeTransport, String> errors,
    String detail) {

  /** The verdict, telling "camera offline" apart from "the stream does not work". */
  public enum Status {
    /** A transport delivered a decodable frame. */
    OK,
    /** No RTSP connection could be made (host down, port closed, timeout). */
    UNREACHABLE,
    /** The server refused the credentials (or none were given and it wants some). */
    UNAUTHORIZED,
    /** The server does not know the stream (404). */
    NOT_FOUND,
    /** The server answered OPTIONS/DESCRIBE with an error or an unusable description. */
    RTSP_ERROR,
    /** Every transport failed: set up but no decodable frame arrived, or SETUP/PLAY failed. */
    NO_MEDIA
  }

  public ProbeResult {
    Objects.requireNonNull(status, "status");
    errors = Map.copyOf(errors);
  }

  /** Whether a frame was received. */
  public boolean ok() {
    return status == Status.OK;
  }
}
