package dev.jonvif.device;

import static dev.jonvif.core.Namespaces.TDS;
import static dev.jonvif.core.Namespaces.TT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.soap.SoapEnvelope;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.device.internal.tls.SelfSignedCertificate;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Clock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpsTest extends DeviceTestSupport {

  @TempDir Path dir;

  private HttpClient trusting() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve("tls/selfsigned.p12"))) {
      ks.load(in, SelfSignedCertificate.PASSWORD.toCharArray());
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(ctx).build();
  }

  private XmlElement call(HttpClient client, String url, XmlElement body) throws Exception {
    SoapEnvelope env = SoapEnvelope.of(body).withHeader(token(ADMIN, ADMIN_PASSWORD));
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/soap+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(env.toBytes()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    SoapClient.Answer a = new SoapClient.Answer(r.statusCode(), r.headers().map(), r.body());
    assertSchemaValid(a);
    return ok(a);
  }

  @Test
  void everyEndpointIsServedOverTlsWithHttpsXAddrs() throws Exception {
    server =
        DeviceServer.builder()
            .tls(TlsSettings.selfSigned(dir))
            .register(new StubMediaModule())
            .build()
            .start();
    camera =
        VirtualCamera.create(
            Persona.generic("cam1"),
            new User(ADMIN, ADMIN_PASSWORD, UserLevel.ADMINISTRATOR, true),
            Clock.systemUTC(),
            StateStorage.inMemory());
    VirtualCamera.Ports ports = server.addCamera(camera, 0, 0, 8554);
    assertThat(ports.https()).isPositive();
    assertThat(Files.getPosixFilePermissions(dir.resolve("tls/selfsigned.p12")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));

    HttpClient client = trusting();
    String https = "https://127.0.0.1:" + ports.https();
    XmlElement services =
        call(
            client,
            https + "/onvif/device_service",
            tds("GetServices", el(TDS, "IncludeCapability", true)));
    assertThat(services.children(TDS, "Service"))
        .extracting(s -> s.childText(TDS, "XAddr"))
        .containsExactly(https + "/onvif/device_service", https + "/onvif/media_service");
    XmlElement caps =
        services.children(TDS, "Service").get(0).path(TDS, "Capabilities", "Capabilities");
    assertThat(caps.childOrNull(TDS, "Security").attribute("TLS1.2")).isEqualTo("true");

    XmlElement protocols =
        call(client, https + "/onvif/device_service", tds("GetNetworkProtocols"));
    assertThat(protocols.children(TDS, "NetworkProtocols"))
        .extracting(p -> p.childText(TT, "Name") + ":" + p.childText(TT, "Port"))
        .contains("HTTP:" + ports.http(), "HTTPS:" + ports.https());

    // plain HTTP still works, and answers with http XAddrs
    base = "http://127.0.0.1:" + ports.http();
    XmlElement plain = ok(anonymous(tds("GetServices", el(TDS, "IncludeCapability", false))));
    assertThat(plain.children(TDS, "Service").get(0).childText(TDS, "XAddr"))
        .isEqualTo(base + "/onvif/device_service");
  }

  @Test
  void theGeneratedCertificateIsReused() throws Exception {
    KeyStore first =
        SelfSignedCertificate.loadOrCreate(
            dir, java.net.InetAddress.getLoopbackAddress(), Clock.systemUTC());
    KeyStore second =
        SelfSignedCertificate.loadOrCreate(
            dir, java.net.InetAddress.getLoopbackAddress(), Clock.systemUTC());
    assertThat(second.getCertificate("jonvif")).isEqualTo(first.getCertificate("jonvif"));
  }
}
