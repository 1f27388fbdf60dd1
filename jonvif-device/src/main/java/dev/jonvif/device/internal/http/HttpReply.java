package dev.jonvif.device.internal.http;

import java.time.Duration;
import java.util.List;

/**
 * What to answer: status, body, extra headers, and how long to hold the answer back (lock-out
 * slow-down; applied with the server's scheduler, never by sleeping).
 */
public record HttpReply(
    int status, String contentType, byte[] body, List<Header> headers, Duration delay) {

  /** One response header. */
  public record Header(String name, String value) {}

  public HttpReply {
    headers = List.copyOf(headers);
    delay = delay == null ? Duration.ZERO : delay;
  }

  public static HttpReply of(int status, String contentType, byte[] body) {
    return new HttpReply(status, contentType, body, List.of(), Duration.ZERO);
  }

  public HttpReply withDelay(Duration d) {
    return new HttpReply(status, contentType, body, headers, d);
  }
}
