package dev.jonvif.client.internal;

import dev.jonvif.client.TlsSettings;
import dev.jonvif.core.ErrorContext;
import dev.jonvif.core.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** Builds the {@link SSLContext} for a {@link TlsSettings}. */
public final class TlsContexts {

  private TlsContexts() {}

  public static SSLContext create(TlsSettings settings) {
    try {
      return switch (settings.mode()) {
        case VERIFIED -> SSLContext.getDefault();
        case TRUST_GIVEN -> withTrustManager(new PinnedTrustManager(loadCertificates(settings)));
        case INSECURE_TRUST_ALL -> withTrustManager(new TrustAll());
      };
    } catch (GeneralSecurityException | IOException e) {
      throw new TransportException(
          "cannot set up TLS (" + settings + "): " + e.getMessage(), ErrorContext.NONE, e);
    }
  }

  private static SSLContext withTrustManager(TrustManager tm) throws GeneralSecurityException {
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, new TrustManager[] {tm}, null);
    return ctx;
  }

  private static List<X509Certificate> loadCertificates(TlsSettings s)
      throws IOException, GeneralSecurityException {
    List<X509Certificate> out = new ArrayList<>();
    if (s.pemFile() != null) {
      try (InputStream in = Files.newInputStream(s.pemFile())) {
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
          out.add((X509Certificate) c);
        }
      }
    } else {
      KeyStore ks = KeyStore.getInstance(s.keyStore().toFile(), s.keyStorePassword());
      for (String alias : Collections.list(ks.aliases())) {
        if (ks.getCertificate(alias) instanceof X509Certificate x) {
          out.add(x);
        }
      }
    }
    if (out.isEmpty()) {
      throw new CertificateException("no certificate found");
    }
    return out;
  }

  /**
   * Accepts a server whose leaf certificate is one of the given ones (no host name check: the user
   * named this exact certificate), else verifies the chain against them as anchors, host name
   * included.
   */
  private static final class PinnedTrustManager extends X509ExtendedTrustManager {
    private final List<X509Certificate> pinned;
    private final X509ExtendedTrustManager anchored;

    PinnedTrustManager(List<X509Certificate> certs) throws GeneralSecurityException, IOException {
      this.pinned = List.copyOf(certs);
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(null, null);
      for (int i = 0; i < certs.size(); i++) {
        ks.setCertificateEntry("trusted-" + i, certs.get(i));
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      X509ExtendedTrustManager found = null;
      for (TrustManager tm : tmf.getTrustManagers()) {
        if (tm instanceof X509ExtendedTrustManager x) {
          found = x;
        }
      }
      if (found == null) {
        throw new GeneralSecurityException("no X.509 trust manager available");
      }
      this.anchored = found;
    }

    private boolean isPinned(X509Certificate[] chain) {
      return chain != null && chain.length > 0 && pinned.contains(chain[0]);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      if (!isPinned(chain)) {
        anchored.checkServerTrusted(chain, authType, engine);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      if (!isPinned(chain)) {
        anchored.checkServerTrusted(chain, authType, socket);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      if (!isPinned(chain)) {
        anchored.checkServerTrusted(chain, authType);
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("client certificates are not checked by a client");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("client certificates are not checked by a client");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("client certificates are not checked by a client");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return pinned.toArray(new X509Certificate[0]);
    }
  }

  /** Accepts everything: {@link TlsSettings#insecureTrustAllCertificates()}. */
  private static final class TrustAll extends X509ExtendedTrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
