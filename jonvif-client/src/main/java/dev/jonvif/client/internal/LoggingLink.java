package dev.jonvif.client.internal;

import dev.jonvif.core.OnvifException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The first link: logs each call (operation, endpoint, status, time) at DEBUG. It sees the call
 * before it is signed, so no credential, digest or Authorization header can reach the log; at TRACE
 * it logs the request body with any {@code Password} element (CreateUsers, SetUser) replaced by
 * {@code ***}. Response bodies are not logged: cameras put passwords in URIs.
 */
public final class LoggingLink implements Interceptor {

  private static final Logger LOG = System.getLogger("dev.jonvif.client");

  @Override
  public RawResponse intercept(Chain chain) {
    SoapCall call = chain.call();
    if (!LOG.isLoggable(Level.DEBUG)) {
      return chain.proceed(call);
    }
    long start = System.nanoTime();
    if (LOG.isLoggable(Level.TRACE)) {
      LOG.log(
          Level.TRACE,
          "-> {0} {1}",
          Redaction.uri(call.endpoint()),
          Redaction.body(call.envelope().bodyElement()));
    }
    try {
      RawResponse r = chain.proceed(call);
      long ms = (System.nanoTime() - start) / 1_000_000;
      LOG.log(
          Level.DEBUG,
          "{0} {1} -> HTTP {2}, {3} bytes in {4} ms",
          call.operation(),
          Redaction.uri(call.endpoint()),
          r.status(),
          r.body().length,
          ms);
      return r;
    } catch (OnvifException e) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      LOG.log(
          Level.DEBUG,
          "{0} {1} failed after {2} ms: {3}",
          call.operation(),
          Redaction.uri(call.endpoint()),
          ms,
          e.reason());
      throw e;
    }
  }
}
