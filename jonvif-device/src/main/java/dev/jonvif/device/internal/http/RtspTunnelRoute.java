package dev.jonvif.device.internal.http;

import dev.jonvif.rtsp.RtspTunnel;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Hands RTSP-over-HTTP connections ({@code /rtsp-tunnel/<camera>/<profile>} on a web-service port)
 * to the fleet's {@link RtspTunnel}. The GET half gets 200 with {@code Connection: close}, so Jetty
 * sends the body raw (no chunking) until the tunnel ends; the POST half's body stream is read as it
 * arrives. Both run on a virtual thread of their own. Authentication happens inside RTSP (Digest on
 * the tunnelled DESCRIBE), as on the RTSP port.
 *
 * <p>On plain-HTTP ports {@link TunnelPostConnectionFactory} takes POSTs before Jetty parses them;
 * POSTs that still arrive here (HTTPS) are limited by Jetty to their declared {@code
 * Content-Length} (clients send a fake 32767), about a hundred keep-alives after the set-up.
 */
final class RtspTunnelRoute {

  private static final Logger LOG = Logger.getLogger(RtspTunnelRoute.class.getName());

  /** The tunnel ends on its own (RTSP session timeout); the HTTP idle timeout must not cut it. */
  private static final long TUNNEL_IDLE_TIMEOUT_MS = 10 * 60_000L;

  private RtspTunnelRoute() {}

  /** Serves a GET or POST on the tunnel path; answers 400/405 for anything else. */
  static void handle(RtspTunnel tunnel, Request request, Response response, Callback callback) {
    String cookie = request.getHeaders().get(RtspTunnel.COOKIE_HEADER);
    String method = request.getMethod();
    if (cookie == null || cookie.isBlank()) {
      plain(response, callback, 400, "x-sessioncookie header required");
      return;
    }
    if (!"GET".equals(method) && !"POST".equals(method)) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, POST");
      plain(response, callback, 405, "use GET and POST");
      return;
    }
    request
        .getConnectionMetaData()
        .getConnection()
        .getEndPoint()
        .setIdleTimeout(TUNNEL_IDLE_TIMEOUT_MS);
    if ("GET".equals(method)) {
      Thread.ofVirtual()
          .name("rtsp-tunnel-get")
          .start(() -> get(tunnel, cookie, request, response, callback));
    } else {
      Thread.ofVirtual()
          .name("rtsp-tunnel-post")
          .start(() -> post(tunnel, cookie, request, callback));
    }
  }

  private static void get(
      RtspTunnel tunnel, String cookie, Request request, Response response, Callback callback) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, RtspTunnel.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.getHeaders().put(HttpHeader.PRAGMA, "no-cache");
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    try (OutputStream out = Content.Sink.asOutputStream(response)) {
      out.flush();
      tunnel.attachGet(cookie, out, address(request, true), address(request, false));
    } catch (Exception e) {
      LOG.log(Level.FINE, "RTSP tunnel GET ended", e);
    }
    callback.succeeded();
  }

  private static void post(RtspTunnel tunnel, String cookie, Request request, Callback callback) {
    try (InputStream in = Content.Source.asInputStream(request)) {
      tunnel.attachPost(cookie, in);
      callback.succeeded();
    } catch (Exception e) {
      LOG.log(Level.FINE, "RTSP tunnel POST ended", e);
      callback.failed(e);
    }
  }

  private static InetSocketAddress address(Request request, boolean local) {
    var meta = request.getConnectionMetaData();
    return (InetSocketAddress)
        (local ? meta.getLocalSocketAddress() : meta.getRemoteSocketAddress());
  }

  private static void plain(Response response, Callback callback, int status, String text) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.write(true, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
