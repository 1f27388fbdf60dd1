package dev.jonvif.client.internal;

import dev.jonvif.client.TlsSettings;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;

/**
 * The process's {@link HttpClient}s, one per (connect timeout, TLS settings). Every camera with the
 * same settings shares one: an {@code HttpClient} owns a selector thread and a connection pool
 * keyed by host and port, so a fleet of a thousand cameras needs one, not a thousand. Creating one
 * is also the most expensive step of a one-shot command's first request, which {@link #warmUp()}
 * can start early.
 *
 * <p>The TLS client is created only when an {@code https} URI is first used, so plain-HTTP cameras
 * never pay for loading the trust store. Certificates named by {@link TlsSettings} are read once.
 */
public final class SharedHttpClients {

  private record Key(Duration connectTimeout, TlsSettings tls) {}

  private static final ConcurrentHashMap<Key, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  private SharedHttpClients() {}

  /** The client for plain HTTP ({@code tls == null}) or HTTPS with these settings. */
  public static HttpClient get(Duration connectTimeout, TlsSettings tls) {
    return CLIENTS.computeIfAbsent(new Key(connectTimeout, tls), SharedHttpClients::build);
  }

  /** Creates the default plain-HTTP client now, so a later first request does not wait for it. */
  public static void warmUp(Duration connectTimeout) {
    get(connectTimeout, null);
  }

  private static HttpClient build(Key k) {
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(k.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER);
    if (k.tls() != null) {
      // Host names are checked inside the trust manager: the JDK one and chains issued by a
      // trusted certificate check them; a pinned certificate or trust-all decides on its own.
      b.sslContext(TlsContexts.create(k.tls()));
    } else {
      b.sslContext(PlainOnly.CONTEXT);
    }
    return b.build();
  }

  /**
   * A TLS context for the plain-HTTP client, which never does TLS: {@link HttpClient} insists on
   * one, and building a real one (even without trust material) loads and initialises the whole JSSE
   * provider, which costs more than a whole ONVIF exchange with a local camera. This one refuses to
   * create engines; {@code https} URIs always go to the other client.
   */
  private static final class PlainOnly extends SSLContext {
    static final SSLContext CONTEXT = new PlainOnly();

    private PlainOnly() {
      super(new NoTls(), null, "none");
    }
  }

  private static final class NoTls extends javax.net.ssl.SSLContextSpi {
    @Override
    protected void engineInit(
        javax.net.ssl.KeyManager[] km,
        javax.net.ssl.TrustManager[] tm,
        java.security.SecureRandom random) {}

    @Override
    protected javax.net.ssl.SSLSocketFactory engineGetSocketFactory() {
      throw new UnsupportedOperationException("no TLS on the plain-HTTP client");
    }

    @Override
    protected javax.net.ssl.SSLServerSocketFactory engineGetServerSocketFactory() {
      throw new UnsupportedOperationException("no TLS on the plain-HTTP client");
    }

    @Override
    protected javax.net.ssl.SSLEngine engineCreateSSLEngine() {
      throw new UnsupportedOperationException("no TLS on the plain-HTTP client");
    }

    @Override
    protected javax.net.ssl.SSLEngine engineCreateSSLEngine(String host, int port) {
      throw new UnsupportedOperationException("no TLS on the plain-HTTP client");
    }

    @Override
    protected javax.net.ssl.SSLSessionContext engineGetServerSessionContext() {
      return null;
    }

    @Override
    protected javax.net.ssl.SSLSessionContext engineGetClientSessionContext() {
      return null;
    }

    @Override
    protected javax.net.ssl.SSLParameters engineGetDefaultSSLParameters() {
      return new javax.net.ssl.SSLParameters();
    }

    @Override
    protected javax.net.ssl.SSLParameters engineGetSupportedSSLParameters() {
      return new javax.net.ssl.SSLParameters();
    }
  }
}
