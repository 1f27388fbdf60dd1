package dev.jonvif.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The POST half of an RTSP-over-HTTP tunnel may not make the server hold an endless request: past
 * {@link Tunnels#MAX_PENDING_BASE64} base64 bytes of an unfinished message the tunnel closes.
 */
class TunnelPostLimitTest {

  static RtspServer server;

  @BeforeAll
  static void start() throws IOException {
    TestCatalog catalog = new TestCatalog().put("cam", "jpeg", TestCatalog.jpeg("cam", 160, 120));
    server = RtspServer.builder(catalog).port(0).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Socket open(String head) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
    s.setSoTimeout(10_000);
    s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
    return s;
  }

  private static Socket get(String cookie) throws IOException {
    Socket s =
        open(
            "GET /cam/jpeg HTTP/1.0\r\nx-sessioncookie: "
                + cookie
                + "\r\nAccept: application/x-rtsp-tunnelled\r\n\r\n");
    assertThat(HttpTunnelEndpoint.readHead(s.getInputStream())).startsWith("HTTP/1.0 200 OK");
    return s;
  }

  private static Socket post(String cookie) throws IOException {
    return open(
        "POST /cam/jpeg HTTP/1.0\r\nx-sessioncookie: "
            + cookie
            + "\r\nContent-Type: application/x-rtsp-tunnelled\r\nContent-Length: 32767\r\n\r\n");
  }

  private static byte[] base64(String s) {
    return Base64.getEncoder().encode(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Everything the server sends on the GET half until it closes it. */
  private static String readToEnd(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    return all.toString(StandardCharsets.ISO_8859_1);
  }

  @Test
  void anUnfinishedRequestOverTheCapClosesTheTunnel() throws IOException {
    try (Socket get = get("cap-exceeded");
        Socket post = post("cap-exceeded")) {
      String head =
          "SET_PARAMETER rtsp://127.0.0.1/cam/jpeg RTSP/1.0\r\nCSeq: 1\r\n"
              + "Content-Type: text/parameters\r\nContent-Length: 200000\r\n\r\n";
      byte[] encoded = base64(head + "x".repeat(Tunnels.MAX_PENDING_BYTES));
      assertThat(encoded.length).isGreaterThan(Tunnels.MAX_PENDING_BASE64);

      post.getOutputStream().write(encoded);
      post.getOutputStream().flush();

      assertThat(readToEnd(get.getInputStream())).as("no answer, then the end").isEmpty();
      assertThat(post.getInputStream().read()).as("the POST half is closed too").isEqualTo(-1);
    }
  }

  @Test
  void manyWholeRequestsBeyondTheCapAreAllAnswered() throws IOException {
    int count = 1500;
    StringBuilder requests = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      requests.append("OPTIONS rtsp://127.0.0.1/cam/jpeg RTSP/1.0\r\nCSeq: ").append(i);
      requests.append("\r\n\r\n");
    }
    byte[] encoded = base64(requests.toString());
    assertThat(encoded.length).isGreaterThan(2 * Tunnels.MAX_PENDING_BASE64);
    try (Socket get = get("many-requests");
        Socket post = post("many-requests")) {
      post.getOutputStream().write(encoded);
      post.getOutputStream().flush();
      post.shutdownOutput();

      String last = "CSeq: " + count + "\r\n";
      StringBuilder seen = new StringBuilder();
      byte[] buf = new byte[8192];
      InputStream in = get.getInputStream();
      while (!seen.toString().contains(last)) {
        int n = in.read(buf);
        assertThat(n).as("the tunnel stays open").isPositive();
        seen.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
      }
      assertThat(seen.toString().split("RTSP/1.0 200 OK", -1)).hasSize(count + 1);
    }
  }
}
