package dev.jonvif.client.internal;

import dev.jonvif.client.TlsSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * HTTP limits for one camera.
 *
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param requestTimeout how long a whole exchange may take, body included
 * @param maxResponseBytes the largest body accepted
 * @param maxConcurrentRequests how many requests may be in flight to this camera at once
 * @param tls how HTTPS servers are trusted
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    long maxResponseBytes,
    int maxConcurrentRequests,
    TlsSettings tls) {

  public HttpSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(tls, "tls");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connect timeout must be positive");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("request timeout must be positive");
    }
    if (maxResponseBytes <= 0) {
      throw new IllegalArgumentException("response size limit must be positive");
    }
    if (maxConcurrentRequests <= 0) {
      throw new IllegalArgumentException("concurrency limit must be positive");
    }
  }
}
