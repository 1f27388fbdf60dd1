package dev.jonvif.rtsp.wire;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An RTSP request (or the HTTP request that opens a tunnel).
 *
 * @param method the method, e.g. {@code DESCRIBE}
 * @param uri the request URI as written on the request line
 * @param version the protocol version, e.g. {@code RTSP/1.0}
 * @param headers the header fields
 * @param body the body, empty when there is none
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2326#section-6">RFC 2326 §6</a>
 */
public record RtspRequest(
    String method, String uri, String version, RtspHeaders headers, byte[] body)
    implements RtspItem {

  public RtspRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(headers, "headers");
    body = body == null ? new byte[0] : body;
  }

  /** An RTSP/1.0 request without a body. */
  public static RtspRequest of(String method, String uri, RtspHeaders headers) {
    return new RtspRequest(method, uri, "RTSP/1.0", headers, new byte[0]);
  }

  /** The {@code CSeq} header as a number, if present and numeric. */
  public OptionalInt cseq() {
    return RtspResponse.parseCseq(headers.value("CSeq"));
  }

  /** The request as written on the wire; {@code Content-Length} is set from the body. */
  public byte[] encode() {
    return Messages.encode(method + " " + uri + " " + version, headers, body);
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + uri + " " + version + "\n" + headers;
  }
}
