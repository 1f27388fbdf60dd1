package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.core.Namespaces;
import dev.jonvif.core.soap.FaultCode;
import dev.jonvif.core.xml.XmlElement;
import dev.jonvif.testkit.FakeCamera;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.RecordedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera commands of the CLI contract against a fake camera. */
class CameraCommandsTest {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, 1, 2, (byte) 0xFF, (byte) 0xD9};
  private static final String SECRET = "s3cr3t-Pa55";

  private final FakeCamera fake = FakeCamera.start();
  private final List<RecordedRequest> seen = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  CameraCommandsTest() {
    fake.dispatcher(this::answer);
    CameraOptions.environment = Map.of();
  }

  @AfterEach
  void close() {
    fake.close();
    CameraOptions.environment = System.getenv();
  }

  private String url() {
    return fake.deviceServiceUrl().toString();
  }

  private String base() {
    return "http://127.0.0.1:" + fake.port();
  }

  private synchronized FakeResponse answer(RecordedRequest r) {
    seen.add(r);
    if (r.method().equals("GET")) {
      return FakeResponse.body(JPEG, "image/jpeg");
    }
    String user = r.bodyUtf8().contains("<wsse:Username>") ? r.bodyUtf8() : "";
    if (!r.operation().equals("GetSystemDateAndTime")
        && user.contains("<wsse:Username>intruder<")) {
      return FakeResponse.fault(FaultCode.SENDER, "NotAuthorized", "Sender not authorized");
    }
    return switch (r.operation()) {
      case "GetSystemDateAndTime" -> FakeResponse.systemDateAndTime(Instant.now());
      case "GetServices" ->
          FakeResponse.ok(
              "<tds:GetServicesResponse><tds:Service><tds:Namespace>"
                  + Namespaces.TDS
                  + "</tds:Namespace><tds:XAddr>"
                  + url()
                  + "</tds:XAddr><tds:Version><tt:Major>2"
                  + "</tt:Major><tt:Minor>60</tt:Minor></tds:Version></tds:Service><tds:Service>"
                  + "<tds:Namespace>"
                  + Namespaces.TRT
                  + "</tds:Namespace><tds:XAddr>"
                  + base()
                  + "/onvif/media</tds:XAddr><tds:Version><tt:Major>2</tt:Major><tt:Minor>60"
                  + "</tt:Minor></tds:Version></tds:Service></tds:GetServicesResponse>");
      case "GetDeviceInformation" ->
          FakeResponse.ok(
              "<tds:GetDeviceInformationResponse><tds:Manufacturer>Acme</tds:Manufacturer>"
                  + "<tds:Model>Cam-9</tds:Model><tds:FirmwareVersion>4.2</tds:FirmwareVersion>"
                  + "<tds:SerialNumber>X1</tds:SerialNumber><tds:HardwareId>H</tds:HardwareId>"
                  + "</tds:GetDeviceInformationResponse>");
      case "GetProfiles" ->
          FakeResponse.ok(
              "<trt:GetProfilesResponse><trt:Profiles token='main' fixed='true'><tt:Name>Main"
                  + "</tt:Name><tt:VideoEncoderConfiguration token='e1'><tt:Name>e1</tt:Name>"
                  + "<tt:UseCount>1</tt:UseCount><tt:Encoding>H264</tt:Encoding><tt:Resolution>"
                  + "<tt:Width>2560</tt:Width><tt:Height>1440</tt:Height></tt:Resolution>"
                  + "<tt:Quality>4</tt:Quality><tt:RateControl><tt:FrameRateLimit>25"
                  + "</tt:FrameRateLimit><tt:EncodingInterval>1</tt:EncodingInterval>"
                  + "<tt:BitrateLimit>4096</tt:BitrateLimit></tt:RateControl>"
                  + "</tt:VideoEncoderConfiguration></trt:Profiles></trt:GetProfilesResponse>");
      case "GetStreamUri" ->
          FakeResponse.ok(
              "<trt:GetStreamUriResponse><trt:MediaUri><tt:Uri>rtsp://127.0.0.1:554/main</tt:Uri>"
                  + "<tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>"
                  + "false</tt:InvalidAfterReboot><tt:Timeout>PT0S</tt:Timeout></trt:MediaUri>"
                  + "</trt:GetStreamUriResponse>");
      case "GetSnapshotUri" ->
          FakeResponse.ok(
              "<trt:GetSnapshotUriResponse><trt:MediaUri><tt:Uri>"
                  + base()
                  + "/snap.jpg</tt:Uri>"
                  + "<tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>"
                  + "false</tt:InvalidAfterReboot><tt:Timeout>PT0S</tt:Timeout></trt:MediaUri>"
                  + "</trt:GetSnapshotUriResponse>");
      case "SystemReboot" ->
          FakeResponse.ok(
              "<tds:SystemRebootResponse><tds:Message>Rebooting now</tds:Message>"
                  + "</tds:SystemRebootResponse>");
      case "GetHostname" ->
          FakeResponse.ok(
              "<tds:GetHostnameResponse><tds:HostnameInformation><tt:FromDHCP>false</tt:FromDHCP>"
                  + "<tt:Name>cam9</tt:Name></tds:HostnameInformation></tds:GetHostnameResponse>");
      default ->
          FakeResponse.ok(XmlElement.builder(Namespaces.TDS, r.operation() + "Response").build());
    };
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private synchronized List<String> operations() {
    return seen.stream().map(r -> r.operation() == null ? r.method() : r.operation()).toList();
  }

  @Test
  void infoShowsDeviceServicesClockAuthProfilesAndUris() {
    assertThat(run("info", url(), "-u", "admin", "-p", SECRET)).isZero();
    assertThat(out.toString())
        .contains("Acme Cam-9")
        .contains("media 2.60")
        .contains("WS-UsernameToken digest")
        .contains("H264 2560x1440 25 fps 4096 kbit/s")
        .contains("rtsp://127.0.0.1:554/main")
        .contains(base() + "/snap.jpg")
        .doesNotContain(SECRET);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void infoAsJson() {
    assertThat(run("info", url(), "--json")).isZero();
    assertThat(out.toString().strip())
        .startsWith("{")
        .endsWith("}")
        .contains("\"model\":\"Cam-9\"")
        .contains("\"streamUri\":\"rtsp://127.0.0.1:554/main\"")
        .contains("\"mediaVersion\":1");
  }

  @Test
  void credentialsFromTheEnvironment() {
    CameraOptions.environment = Map.of("JONVIF_USER", "envuser", "JONVIF_PASSWORD", SECRET);
    assertThat(run("profiles", url())).isZero();
    assertThat(out.toString()).contains("main").contains("Main");
    assertThat(seen.get(seen.size() - 1).bodyUtf8())
        .contains("<wsse:Username>envuser</wsse:Username>");
  }

  @Test
  void streamUriWithTransport() {
    assertThat(run("stream-uri", url(), "--profile", "main", "--transport", "tcp")).isZero();
    assertThat(out.toString().strip()).isEqualTo("rtsp://127.0.0.1:554/main");
    RecordedRequest last = seen.get(seen.size() - 1);
    assertThat(
            last.envelope()
                .bodyElement()
                .pathLenient("StreamSetup", "Transport", "Protocol")
                .textTrim())
        .isEqualTo("RTSP");
  }

  @Test
  void snapshotToFile() throws Exception {
    Path file = dir.resolve("s.jpg");
    assertThat(run("snapshot", url(), "-o", file.toString())).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(JPEG);
  }

  @Test
  void rawCall() throws Exception {
    Path body = dir.resolve("body.xml");
    Files.writeString(body, "<GetHostname xmlns='http://www.onvif.org/ver10/device/wsdl'/>");
    assertThat(run("call", url(), "--service", "device", "--body", body.toString())).isZero();
    assertThat(out.toString()).contains("GetHostnameResponse").contains("cam9");
  }

  @Test
  void timeAndSync() {
    assertThat(run("time", url(), "--sync")).isZero();
    assertThat(out.toString()).contains("Camera").contains("Offset").contains("Synced");
    assertThat(operations()).contains("SetSystemDateAndTime");
  }

  @Test
  void reboot() {
    assertThat(run("reboot", url())).isZero();
    assertThat(out.toString().strip()).isEqualTo("Rebooting now");
  }

  @Test
  void wrongCredentialsGiveOneClearLineAndNoPassword() {
    assertThat(run("info", url(), "-u", "intruder", "-p", SECRET)).isEqualTo(1);
    assertThat(err.toString().strip())
        .startsWith(
            "jonvif: authentication failed: wrong user name or password for user 'intruder'")
        .doesNotContain(SECRET)
        .doesNotContain("\n");
  }

  @Test
  void unreachableCamera() {
    int port = fake.port();
    fake.close();
    assertThat(run("info", "127.0.0.1:" + port, "--timeout", "2s")).isEqualTo(1);
    assertThat(err.toString()).startsWith("jonvif: cannot reach the camera: connection refused");
  }

  @Test
  void badTransportIsRefused() {
    assertThat(run("stream-uri", url(), "--transport", "carrier-pigeon")).isEqualTo(1);
    assertThat(err.toString()).contains("--transport must be udp, tcp or http");
  }

  @Test
  void clockSkewMessageNamesTheFix() {
    String line =
        ErrorHandler.Messages.describe(
            new dev.jonvif.core.AuthenticationException(
                dev.jonvif.core.AuthenticationException.Kind.CLOCK_SKEW,
                "camera clock is 2 h 59 min ahead of this machine; set the camera's clock or fix its NTP",
                dev.jonvif.core.ErrorContext.NONE,
                null));
    assertThat(line)
        .isEqualTo(
            "authentication failed: camera clock is 2 h 59 min ahead of this machine;"
                + " retry with --sync-time or fix its NTP");
  }
}
