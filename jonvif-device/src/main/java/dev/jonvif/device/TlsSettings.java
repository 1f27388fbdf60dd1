package dev.jonvif.device;

import java.nio.file.Path;

/**
 * Where the server's TLS key and certificate come from.
 *
 * @param keystore a PKCS#12 keystore holding one private key with its certificate chain, or {@code
 *     null} for a self-signed certificate generated on first run
 * @param password the keystore password ({@code null} for a generated one)
 * @param stateDir where a generated certificate is kept ({@code <dir>/tls/selfsigned.p12}), or
 *     {@code null} to generate one per run
 */
public record TlsSettings(Path keystore, String password, Path stateDir) {

  /** A self-signed certificate, kept in {@code stateDir} (or made anew each run when null). */
  public static TlsSettings selfSigned(Path stateDir) {
    return new TlsSettings(null, null, stateDir);
  }

  /** A given PKCS#12 keystore. */
  public static TlsSettings keystore(Path keystore, String password) {
    return new TlsSettings(keystore, password, null);
  }
}
