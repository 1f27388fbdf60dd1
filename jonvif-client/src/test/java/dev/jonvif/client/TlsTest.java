package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.jonvif.core.TransportException;
import dev.jonvif.core.model.DeviceInformation;
import dev.jonvif.core.soap.SoapEnvelope;
import java.io.FileInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS: verified by default, a given certificate trusted on request, or (loudly) anything. */
class TlsTest {

  private static final char[] PASS = "changeit".toCharArray();
  @TempDir static Path dir;
  private static HttpsServer server;
  private static Path p12;
  private static Path pem;

  private static void keytool(String... args) throws Exception {
    String[] cmd = new String[args.length + 1];
    cmd[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    System.arraycopy(args, 0, cmd, 1, args.length);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  @BeforeAll
  static void start() throws Exception {
    p12 = dir.resolve("cam.p12");
    pem = dir.resolve("cam.pem");
    keytool(
        "-genkeypair",
        "-alias",
        "cam",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=camera.invalid",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        p12.toString(),
        "-storepass",
        new String(PASS));
    keytool(
        "-exportcert",
        "-rfc",
        "-alias",
        "cam",
        "-keystore",
        p12.toString(),
        "-storepass",
        new String(PASS),
        "-file",
        pem.toString());
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(p12.toFile())) {
      ks.load(in, PASS);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, PASS);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(ctx));
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    byte[] answer =
        SoapEnvelope.of(new DeviceInformation("Tls", "Cam", "1", "2", "3").toElement()).toBytes();
    server.createContext(
        "/",
        ex -> {
          ex.getRequestBody().readAllBytes();
          ex.getResponseHeaders().add("Content-Type", "application/soap+xml");
          ex.sendResponseHeaders(200, answer.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(answer);
          }
        });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static OnvifCamera camera(TlsSettings tls) {
    return OnvifCamera.builder(
            "https://127.0.0.1:" + server.getAddress().getPort() + "/onvif/device_service")
        .tls(tls)
        .build();
  }

  @Test
  void selfSignedCertificateIsRefusedByDefault() {
    try (OnvifCamera cam = camera(TlsSettings.verified())) {
      TransportException e =
          catchThrowableOfType(TransportException.class, () -> cam.device().deviceInformation());
      assertThat(e.getMessage()).contains("TLS failed");
    }
  }

  @Test
  void pinnedPemCertificateIsTrustedWhateverTheHostName() {
    try (OnvifCamera cam = camera(TlsSettings.trustCertificates(pem))) {
      assertThat(cam.device().deviceInformation().model()).isEqualTo("Cam");
    }
  }

  @Test
  void keyStoreCertificateIsTrusted() {
    try (OnvifCamera cam = camera(TlsSettings.trustKeyStore(p12, PASS))) {
      assertThat(cam.device().deviceInformation().model()).isEqualTo("Cam");
    }
  }

  @Test
  void trustAllAcceptsAnything() {
    try (OnvifCamera cam = camera(TlsSettings.insecureTrustAllCertificates())) {
      assertThat(cam.device().deviceInformation().model()).isEqualTo("Cam");
    }
    assertThat(TlsSettings.insecureTrustAllCertificates().toString()).contains("INSECURE");
  }
}
