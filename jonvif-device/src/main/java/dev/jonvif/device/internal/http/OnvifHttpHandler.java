package dev.jonvif.device.internal.http;

import dev.jonvif.device.AccessClass;
import dev.jonvif.device.ClientEndpoint;
import dev.jonvif.device.HttpResource;
import dev.jonvif.device.OnvifService;
import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.internal.auth.CredentialVerifier;
import dev.jonvif.device.internal.auth.RequestAuthenticator;
import dev.jonvif.rtsp.RtspTunnel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The one Jetty handler of a fleet: finds the camera by the local port the request arrived on, then
 * hands SOAP POSTs to the {@link SoapDispatcher} and GETs to the registered {@link HttpResource}s.
 * Reads bodies asynchronously up to the size limit; delays (lock-out slow-down) are scheduled,
 * never slept.
 */
public final class OnvifHttpHandler extends Handler.Abstract {

  /** What listens on one port. */
  public record Binding(VirtualCamera camera, boolean secure) {}

  /** Path prefix of RTSP-over-HTTP tunnels (as in the URIs Media2 hands out). */
  static final String TUNNEL_PATH = "/rtsp-tunnel/";

  private final Map<Integer, Binding> bindings = new ConcurrentHashMap<>();
  private final SoapDispatcher dispatcher;
  private final List<HttpResource> resources;
  private final RequestAuthenticator authenticator;
  private final Function<VirtualCamera, CredentialVerifier> verifiers;
  private final int maxBodyBytes;
  private final Duration retryAfter;
  private volatile RtspTunnel tunnel;

  public OnvifHttpHandler(
      SoapDispatcher dispatcher,
      List<HttpResource> resources,
      RequestAuthenticator authenticator,
      Function<VirtualCamera, CredentialVerifier> verifiers,
      int maxBodyBytes,
      Duration retryAfter) {
    this.dispatcher = dispatcher;
    this.resources = List.copyOf(resources);
    this.authenticator = authenticator;
    this.verifiers = verifiers;
    this.maxBodyBytes = maxBodyBytes;
    this.retryAfter = retryAfter;
  }

  public void bind(int port, Binding binding) {
    bindings.put(port, binding);
  }

  /** Serves {@code /rtsp-tunnel/} on every camera port through {@code value}. */
  public void tunnel(RtspTunnel value) {
    this.tunnel = value;
  }

  public void unbind(int port) {
    bindings.remove(port);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Binding binding = bindings.get(Request.getLocalPort(request));
    if (binding == null) {
      return false;
    }
    VirtualCamera camera = binding.camera();
    if (!camera.isAvailable()) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, Math.max(1, retryAfter.toSeconds()));
      send(response, callback, HttpReply.of(503, "text/plain; charset=utf-8", text("rebooting")));
      return true;
    }
    String path = request.getHttpURI().getPath();
    String method = request.getMethod();
    if (OnvifService.forPath(path) != null) {
      if (!"POST".equals(method)) {
        response.getHeaders().put(HttpHeader.ALLOW, "POST");
        send(response, callback, HttpReply.of(405, "text/plain; charset=utf-8", text("use POST")));
        return true;
      }
      Content.Source.asByteArrayAsync(request, maxBodyBytes)
          .whenComplete(
              (body, failure) -> {
                if (failure != null) {
                  FaultMapper.Mapped m = dispatcher.faults().tooLarge(maxBodyBytes);
                  send(response, callback, HttpReply.of(m.status(), "text/plain", text("")));
                  return;
                }
                HttpReply reply = dispatcher.dispatch(camera, exchange(request, binding, body));
                sendLater(request, response, callback, reply);
              });
      return true;
    }
    RtspTunnel rtspTunnel = tunnel;
    if (rtspTunnel != null && path.startsWith(TUNNEL_PATH)) {
      RtspTunnelRoute.handle(rtspTunnel, request, response, callback);
      return true;
    }
    if ("GET".equals(method) || "HEAD".equals(method)) {
      for (HttpResource r : resources) {
        if (path.startsWith(r.pathPrefix())) {
          serveResource(request, response, callback, binding, r, path);
          return true;
        }
      }
    }
    send(response, callback, HttpReply.of(404, "text/plain; charset=utf-8", text("not found")));
    return true;
  }

  private void serveResource(
      Request request,
      Response response,
      Callback callback,
      Binding binding,
      HttpResource resource,
      String path) {
    VirtualCamera camera = binding.camera();
    AccessClass access = resource.accessClass();
    String authz = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    RequestAuthenticator.Outcome outcome =
        authenticator.authenticate(
            camera,
            access,
            path,
            null,
            request.getMethod(),
            request.getHttpURI().getPathQuery(),
            authz,
            remote(request),
            verifiers.apply(camera));
    if (outcome instanceof RequestAuthenticator.Refuse r) {
      for (String c : verifiers.apply(camera).challenges(r.stale())) {
        response.getHeaders().add(HttpHeader.WWW_AUTHENTICATE, c);
      }
      sendLater(
          request,
          response,
          callback,
          HttpReply.of(401, "text/plain; charset=utf-8", text(r.message())).withDelay(r.delay()));
      return;
    }
    ClientEndpoint endpoint =
        ClientEndpoints.resolve(
            request.getHeaders().get(HttpHeader.HOST), binding.secure(), local(request));
    HttpResource.Reply reply =
        resource.get(
            new HttpResource.ResourceRequest(
                camera,
                path,
                request.getHttpURI().getQuery(),
                ((RequestAuthenticator.Pass) outcome).caller(),
                endpoint));
    byte[] body = "HEAD".equals(request.getMethod()) ? new byte[0] : reply.body();
    send(response, callback, HttpReply.of(reply.status(), reply.contentType(), body));
  }

  private HttpExchange exchange(Request request, Binding binding, byte[] body) {
    var h = request.getHeaders();
    return new HttpExchange(
        request.getMethod(),
        request.getHttpURI().getPathQuery(),
        request.getHttpURI().getPath(),
        h.get(HttpHeader.CONTENT_TYPE),
        h.get("SOAPAction"),
        h.get(HttpHeader.AUTHORIZATION),
        h.get(HttpHeader.HOST),
        binding.secure(),
        local(request),
        remote(request),
        body);
  }

  private static InetSocketAddress local(Request request) {
    SocketAddress a = request.getConnectionMetaData().getLocalSocketAddress();
    return (InetSocketAddress) a;
  }

  private static InetSocketAddress remote(Request request) {
    SocketAddress a = request.getConnectionMetaData().getRemoteSocketAddress();
    return (InetSocketAddress) a;
  }

  private void sendLater(Request request, Response response, Callback callback, HttpReply reply) {
    if (reply.delay().isZero() || reply.delay().isNegative()) {
      send(response, callback, reply);
      return;
    }
    Scheduler scheduler = request.getComponents().getScheduler();
    scheduler.schedule(
        () -> send(response, callback, reply), reply.delay().toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void send(Response response, Callback callback, HttpReply reply) {
    response.setStatus(reply.status());
    if (reply.contentType() != null) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
    }
    for (HttpReply.Header header : reply.headers()) {
      response.getHeaders().add(header.name(), header.value());
    }
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
