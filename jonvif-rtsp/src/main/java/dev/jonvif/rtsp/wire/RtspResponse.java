package dev.jonvif.rtsp.wire;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An RTSP response (or the HTTP response that opens a tunnel).
 *
 * @param version the protocol version, e.g. {@code RTSP/1.0}
 * @param status the status code
 * @param reason the reason phrase
 * @param headers the header fields
 * @param body the body, empty when there is none
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2326#section-7">RFC 2326 §7</a>
 */
public record RtspResponse(
    String version, int status, String reason, RtspHeaders headers, byte[] body)
    implements RtspItem {

  public RtspResponse {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(headers, "headers");
    body = body == null ? new byte[0] : body;
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
  }

  /** An RTSP/1.0 response with the standard reason phrase. */
  public static RtspResponse of(int status, RtspHeaders headers, byte[] body) {
    return new RtspResponse("RTSP/1.0", status, reasonPhrase(status), headers, body);
  }

  /** The {@code CSeq} header as a number, if present and numeric. */
  public OptionalInt cseq() {
    return parseCseq(headers.value("CSeq"));
  }

  /** The response as written on the wire; {@code Content-Length} is set from the body. */
  public byte[] encode() {
    return Messages.encode(version + " " + status + " " + reason, headers, body);
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The reason phrase RFC 2326 §7.1.1 gives for {@code status}. */
  public static String reasonPhrase(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 451 -> "Parameter Not Understood";
      case 453 -> "Not Enough Bandwidth";
      case 454 -> "Session Not Found";
      case 455 -> "Method Not Valid in This State";
      case 457 -> "Invalid Range";
      case 459 -> "Aggregate Operation Not Allowed";
      case 461 -> "Unsupported Transport";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 503 -> "Service Unavailable";
      case 505 -> "RTSP Version Not Supported";
      case 551 -> "Option not supported";
      default -> "Status " + status;
    };
  }

  static OptionalInt parseCseq(String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  @Override
  public String toString() {
    return version + " " + status + " " + reason + "\n" + headers;
  }
}
