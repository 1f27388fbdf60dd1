package dev.jonvif.client;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * How HTTPS servers are trusted. The default verifies the certificate chain against the JDK's
 * trusted authorities and checks the host name. Cameras usually have self-signed certificates:
 * {@link #trustCertificates(Path)} trusts exactly the certificates in a PEM file (pinning) or
 * chains issued by them, and {@link #insecureTrustAllCertificates()} turns verification off.
 */
public final class TlsSettings {

  /** How the server certificate is checked. */
  public enum Mode {
    /** JDK trust store and host name verification. */
    VERIFIED,
    /** The certificates of a PEM file or key store: an exact match, or a chain issued by one. */
    TRUST_GIVEN,
    /** No verification at all. */
    INSECURE_TRUST_ALL
  }

  private static final TlsSettings VERIFIED = new TlsSettings(Mode.VERIFIED, null, null, null);

  private final Mode mode;
  private final Path pemFile;
  private final Path keyStore;
  private final char[] keyStorePassword;

  private TlsSettings(Mode mode, Path pemFile, Path keyStore, char[] keyStorePassword) {
    this.mode = mode;
    this.pemFile = pemFile;
    this.keyStore = keyStore;
    this.keyStorePassword = keyStorePassword;
  }

  /** The default: the JDK trust store, host names checked. */
  public static TlsSettings verified() {
    return VERIFIED;
  }

  /**
   * Trusts the X.509 certificates in a PEM file: a server presenting one of them is accepted
   * whatever its host name (pinning), and a chain issued by one of them is verified normally.
   */
  public static TlsSettings trustCertificates(Path pemFile) {
    return new TlsSettings(Mode.TRUST_GIVEN, Objects.requireNonNull(pemFile), null, null);
  }

  /** As {@link #trustCertificates(Path)}, with the certificates of a key store (PKCS12 or JKS). */
  public static TlsSettings trustKeyStore(Path keyStore, char[] password) {
    return new TlsSettings(
        Mode.TRUST_GIVEN,
        null,
        Objects.requireNonNull(keyStore),
        password == null ? null : password.clone());
  }

  /**
   * Accepts any certificate from any host. Anyone on the network path can then read and change the
   * traffic, including credentials sent as PasswordText or HTTP Basic. For lab use only.
   */
  public static TlsSettings insecureTrustAllCertificates() {
    return new TlsSettings(Mode.INSECURE_TRUST_ALL, null, null, null);
  }

  public Mode mode() {
    return mode;
  }

  /** The PEM file, or {@code null}. */
  public Path pemFile() {
    return pemFile;
  }

  /** The key store, or {@code null}. */
  public Path keyStore() {
    return keyStore;
  }

  /** The key store password (a copy), or {@code null}. */
  public char[] keyStorePassword() {
    return keyStorePassword == null ? null : keyStorePassword.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TlsSettings t
        && mode == t.mode
        && Objects.equals(pemFile, t.pemFile)
        && Objects.equals(keyStore, t.keyStore)
        && Arrays.equals(keyStorePassword, t.keyStorePassword);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, pemFile, keyStore);
  }

  @Override
  public String toString() {
    return switch (mode) {
      case VERIFIED -> "TlsSettings[verified]";
      case TRUST_GIVEN -> "TlsSettings[trust " + (pemFile != null ? pemFile : keyStore) + "]";
      case INSECURE_TRUST_ALL -> "TlsSettings[INSECURE: trust all certificates]";
    };
  }
}
