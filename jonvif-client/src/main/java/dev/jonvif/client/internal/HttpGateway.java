package dev.jonvif.client.internal;

import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * All HTTP of one camera: JDK {@link HttpClient} over HTTP/1.1 with keep-alive, a connect timeout,
 * a deadline for the whole exchange (a stalled body times out too), a body size limit and a limit
 * on concurrent requests. Clients come from {@link SharedHttpClients}.
 *
 * <p>Thread-safe; blocking calls are fine on virtual threads.
 */
public final class HttpGateway implements AutoCloseable {

  private final HttpSettings settings;
  private final Semaphore permits;
  private volatile HttpClient plain;
  private volatile HttpClient secure;

  public HttpGateway(HttpSettings settings) {
    this.settings = settings;
    this.permits = new Semaphore(settings.maxConcurrentRequests(), true);
  }

  public HttpSettings settings() {
    return settings;
  }

  /**
   * Sends a request and reads the whole answer within the request timeout.
   *
   * @throws TransportException on any failure below HTTP (refused, reset, timeout, TLS, too large)
   */
  public RawResponse send(HttpRequest.Builder request, URI uri, ErrorContext context) {
    return send(request, uri, context, settings.maxResponseBytes());
  }

  /** As {@link #send(HttpRequest.Builder, URI, ErrorContext)} with another body size limit. */
  public RawResponse send(
      HttpRequest.Builder request, URI uri, ErrorContext context, long maxBodyBytes) {
    return send(request, uri, context, maxBodyBytes, Duration.ZERO);
  }

  /**
   * As {@link #send(HttpRequest.Builder, URI, ErrorContext)} for a long poll the device may hold
   * for {@code longPoll}: the deadline grows by that much, and a long poll takes no request slot
   * (it would block every other request for its whole wait).
   */
  public RawResponse send(
      HttpRequest.Builder request, URI uri, ErrorContext context, Duration longPoll) {
    return send(request, uri, context, settings.maxResponseBytes(), longPoll);
  }

  private RawResponse send(
      HttpRequest.Builder request,
      URI uri,
      ErrorContext context,
      long maxBodyBytes,
      Duration longPoll) {
    boolean polling = longPoll.isPositive();
    Duration timeout = settings.requestTimeout().plus(longPoll);
    long deadline = System.nanoTime() + timeout.toNanos();
    if (!polling) {
      acquire(timeout, context);
    }
    try {
      HttpRequest req = request.uri(uri).timeout(timeout).build();
      CompletableFuture<HttpResponse<byte[]>> future =
          client(uri).sendAsync(req, LimitedBodySubscriber.handler(maxBodyBytes));
      long left = Math.max(1, deadline - System.nanoTime());
      try {
        HttpResponse<byte[]> resp = future.get(left, TimeUnit.NANOSECONDS);
        return new RawResponse(resp.statusCode(), resp.headers().map(), resp.body());
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new TransportException(
            "no complete answer within " + describe(timeout), context, e, -1, true);
      } catch (InterruptedException e) {
        future.cancel(true);
        Thread.currentThread().interrupt();
        throw new TransportException("interrupted", context, e);
      } catch (ExecutionException e) {
        throw map(e.getCause() == null ? e : e.getCause(), context);
      }
    } finally {
      if (!polling) {
        permits.release();
      }
    }
  }

  private void acquire(Duration timeout, ErrorContext context) {
    try {
      if (!permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new TransportException(
            "no free request slot within "
                + describe(timeout)
                + " ("
                + settings.maxConcurrentRequests()
                + " requests already in flight to this camera)",
            context,
            null,
            -1,
            true);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("interrupted", context, e);
    }
  }

  private TransportException map(Throwable t, ErrorContext context) {
    if (t instanceof TransportException te) {
      return te;
    }
    if (t instanceof LimitedBodySubscriber.BodyTooLargeException big) {
      return new TransportException(
          "answer larger than the limit of " + big.limit() + " bytes", context, null);
    }
    if (t instanceof HttpConnectTimeoutException) {
      return new TransportException(
          "could not connect within " + describe(settings.connectTimeout()), context, t, -1, true);
    }
    if (t instanceof HttpTimeoutException) {
      return new TransportException(
          "no answer within " + describe(settings.requestTimeout()), context, t, -1, true);
    }
    if (t instanceof ConnectException) {
      return new TransportException("connection refused", context, t);
    }
    if (t instanceof UnresolvedAddressException
        || t.getCause() instanceof UnresolvedAddressException) {
      return new TransportException("unknown host", context, t);
    }
    if (t instanceof SSLException) {
      return new TransportException(
          "TLS failed: "
              + t.getMessage()
              + " (trust the camera's certificate explicitly if it is self-signed)",
          context,
          t);
    }
    if (t instanceof IOException) {
      String m = t.getMessage() == null ? "" : t.getMessage();
      String lower = m.toLowerCase(Locale.ROOT);
      if (lower.contains("reset") || lower.contains("eof") || lower.contains("closed")) {
        return new TransportException("connection closed by the camera (" + m + ")", context, t);
      }
      return new TransportException(m.isEmpty() ? t.getClass().getSimpleName() : m, context, t);
    }
    String m = t.getMessage();
    return new TransportException(
        m == null || m.isEmpty() ? t.getClass().getSimpleName() : m, context, t);
  }

  private HttpClient client(URI uri) {
    boolean tls = "https".equalsIgnoreCase(uri.getScheme());
    HttpClient c = tls ? secure : plain;
    if (c == null) {
      c = SharedHttpClients.get(settings.connectTimeout(), tls ? settings.tls() : null);
      if (tls) {
        secure = c;
      } else {
        plain = c;
      }
    }
    return c;
  }

  static String describe(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }

  /**
   * Releases this camera's hold on HTTP. The underlying clients are shared by every camera with the
   * same connect timeout and TLS settings (one selector thread and connection pool for a whole
   * fleet, not one per camera), so they stay open; idle connections close on their own.
   */
  @Override
  public void close() {
    plain = null;
    secure = null;
  }
}
