package dev.jonvif.rtsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;

/**
 * RTSP over HTTP (Apple's tunnel, as ONVIF's {@code RtspOverHttp} stream URIs use it), independent
 * of the HTTP server that carries it. The client opens two HTTP connections sharing one {@code
 * x-sessioncookie}: a GET whose response body carries everything the server sends (RTSP responses
 * and interleaved media, raw), and a POST whose body carries the client's RTSP requests in base64
 * (line breaks allowed; a client may use several POSTs in turn).
 *
 * <p>An HTTP server hands both connections over: for a GET with an {@code x-sessioncookie} header,
 * send status 200 with {@code Content-Type: }{@value #CONTENT_TYPE} and no caching, then call
 * {@link #attachGet}; for the POST, call {@link #attachPost} with the request body. Both block
 * while the tunnel serves, so run them on (virtual) threads of their own.
 */
public interface RtspTunnel {

  /** The content type of both halves of a tunnel. */
  String CONTENT_TYPE = "application/x-rtsp-tunnelled";

  /** The header carrying the cookie that pairs a GET with its POST. */
  String COOKIE_HEADER = "x-sessioncookie";

  /**
   * Serves the GET half of tunnel {@code cookie}: writes the server's RTSP responses and media to
   * {@code out} until the tunnel ends (the client tears down or goes away, or it stays idle past
   * the session timeout). Returns when it has ended; the caller then closes the connection.
   *
   * @param local the server's address of the HTTP connection (written into SDP)
   * @param remote the client's address
   * @throws IOException when a tunnel with this cookie is already open
   */
  void attachGet(String cookie, OutputStream out, InetSocketAddress local, InetSocketAddress remote)
      throws IOException;

  /** {@link #attachGet(String, OutputStream, InetSocketAddress, InetSocketAddress)} on loopback. */
  default void attachGet(String cookie, OutputStream out) throws IOException {
    attachGet(cookie, out, null, null);
  }

  /**
   * Serves a POST half of tunnel {@code cookie}: reads base64-encoded RTSP requests from {@code in}
   * until it ends. Waits a few seconds for the GET half if it is not there yet.
   *
   * @throws IOException when no GET half with this cookie appears, or the body is not base64
   */
  void attachPost(String cookie, InputStream in) throws IOException;
}
