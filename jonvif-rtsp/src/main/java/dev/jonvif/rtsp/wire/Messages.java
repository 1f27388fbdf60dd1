package dev.jonvif.rtsp.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the start line, header fields and body of a message. */
final class Messages {

  private Messages() {}

  static byte[] encode(String startLine, RtspHeaders headers, byte[] body) {
    StringBuilder sb = new StringBuilder(256).append(startLine).append("\r\n");
    for (RtspHeaders.Field f : headers.fields()) {
      if (!f.name().equalsIgnoreCase("Content-Length")) {
        sb.append(f.name()).append(": ").append(f.value()).append("\r\n");
      }
    }
    if (body.length > 0) {
      sb.append("Content-Length: ").append(body.length).append("\r\n");
    }
    sb.append("\r\n");
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + body.length);
    out.writeBytes(head);
    out.writeBytes(body);
    return out.toByteArray();
  }
}
