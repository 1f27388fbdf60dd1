package dev.jonvif.device.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed RSA certificate for the fleet's HTTPS endpoints, with subject alternative names for
 * {@code localhost}, the loopback addresses and the bind address. Kept in {@code
 * <state-dir>/tls/selfsigned.p12} (owner-only) and reused while it still names the bind address.
 * The keystore password is a constant: the file's permissions are what protect the key.
 */
public final class SelfSignedCertificate {

  /** Password of the generated keystore. */
  public static final String PASSWORD = "jonvif-selfsigned";

  static final String ALIAS = "jonvif";
  private static final Duration VALIDITY = Duration.ofDays(3650);

  private SelfSignedCertificate() {}

  /** The keystore in {@code dir} (loaded, or generated and saved), for {@code bind}. */
  public static KeyStore loadOrCreate(Path dir, InetAddress bind, Clock clock)
      throws IOException, GeneralSecurityException {
    List<String> names = subjectNames(bind);
    Path file = dir == null ? null : dir.resolve("tls").resolve("selfsigned.p12");
    if (file != null && Files.exists(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(file)) {
        ks.load(in, PASSWORD.toCharArray());
      }
      if (covers((X509Certificate) ks.getCertificate(ALIAS), names, clock)) {
        return ks;
      }
    }
    KeyStore ks = generate(names, clock);
    if (file != null) {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("selfsigned.p12.tmp");
      try (OutputStream out =
          Files.newOutputStream(
              tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ks.store(out, PASSWORD.toCharArray());
      }
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // inherits the directory's ACL
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return ks;
  }

  static List<String> subjectNames(InetAddress bind) {
    Set<String> names = new java.util.LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
    if (!bind.isAnyLocalAddress()) {
      names.add(bind.getHostAddress());
    } else {
      try {
        for (var nic :
            java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
          for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
            if (!a.isLinkLocalAddress()) {
              names.add(a.getHostAddress().replaceAll("%.*", ""));
            }
          }
        }
      } catch (java.net.SocketException e) {
        // loopback names only
      }
    }
    return new ArrayList<>(names);
  }

  private static boolean covers(X509Certificate cert, List<String> names, Clock clock)
      throws GeneralSecurityException {
    if (cert == null || cert.getNotAfter().toInstant().isBefore(clock.instant())) {
      return false;
    }
    Set<String> have = new HashSet<>();
    Collection<List<?>> sans = cert.getSubjectAlternativeNames();
    if (sans != null) {
      for (List<?> san : sans) {
        have.add(String.valueOf(san.get(1)));
      }
    }
    for (String n : names) {
      if (!have.contains(n) && !have.contains(normalise(n))) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String address) {
    try {
      return InetAddress.getByName(address).getHostAddress();
    } catch (java.net.UnknownHostException e) {
      return address;
    }
  }

  private static KeyStore generate(List<String> names, Clock clock)
      throws GeneralSecurityException, IOException {
    KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
    kpg.initialize(2048);
    KeyPair kp = kpg.generateKeyPair();
    X500Name subject = new X500Name("CN=jonvif virtual camera, O=jonvif");
    Instant now = clock.instant();
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(64, new SecureRandom()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(VALIDITY)),
            subject,
            kp.getPublic());
    List<GeneralName> sans = new ArrayList<>();
    for (String n : names) {
      boolean ip = n.indexOf(':') >= 0 || n.matches("[0-9.]+");
      sans.add(new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, n));
    }
    b.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(sans.toArray(new GeneralName[0])));
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    X509Certificate cert;
    try {
      cert =
          new JcaX509CertificateConverter()
              .getCertificate(
                  b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign the certificate", e);
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry(ALIAS, kp.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {cert});
    return ks;
  }
}
