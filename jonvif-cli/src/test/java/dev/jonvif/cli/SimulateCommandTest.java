package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @Test
  void printsOneLinePerCameraThenReadyAndServesUntilStopped(@TempDir Path dir) throws Exception {
    LineQueue out = new LineQueue();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread t =
        Thread.ofPlatform()
            .start(
                () ->
                    exit.set(
                        Main.run(
                            new String[] {
                              "simulate",
                              "--cameras",
                              "3",
                              "--base-port",
                              "0",
                              "--state-dir",
                              dir.toString(),
                              "--admin-port",
                              "0",
                              "--rtsp-port",
                              "0"
                            },
                            new PrintWriter(out, true),
                            new PrintWriter(err, true))));
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = out.lines.poll(60, TimeUnit.SECONDS)) != null && !line.equals("ready")) {
      lines.add(line);
    }
    assertThat(line).isEqualTo("ready");
    assertThat(lines).hasSize(3);
    for (int i = 0; i < 3; i++) {
      String[] parts = lines.get(i).split(" ");
      assertThat(parts).hasSize(3);
      assertThat(parts[0]).isEqualTo("cam" + (i + 1));
      assertThat(parts[1]).matches("http://127\\.0\\.0\\.1:\\d+/onvif/device_service");
      assertThat(parts[2]).matches("rtsp://127\\.0\\.0\\.1:\\d+/cam" + (i + 1));
    }
    // The RTSP base URL names the fleet's real RTSP server: it answers OPTIONS.
    URI rtsp = URI.create(lines.get(0).split(" ")[2]);
    try (java.net.Socket s = new java.net.Socket(rtsp.getHost(), rtsp.getPort())) {
      s.setSoTimeout(5000);
      s.getOutputStream()
          .write(
              ("OPTIONS " + rtsp + " RTSP/1.0\r\nCSeq: 1\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      byte[] head = new byte[12];
      assertThat(s.getInputStream().readNBytes(head, 0, 12)).isEqualTo(12);
      assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("RTSP/1.0 200");
    }
    assertThat(err.toString()).contains("generated password for user admin: ");

    String errText = err.toString();
    String adminUrl = errText.substring(errText.indexOf("http://127.0.0.1:")).strip();
    HttpResponse<String> cams =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(adminUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(cams.statusCode()).isEqualTo(200);
    assertThat(cams.body()).contains("\"name\":\"cam3\"");

    String soap =
        "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body>"
            + "<GetSystemDateAndTime xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>"
            + "</s:Body></s:Envelope>";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(lines.get(0).split(" ")[1]))
                    .header("Content-Type", "application/soap+xml")
                    .POST(HttpRequest.BodyPublishers.ofString(soap))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);

    t.interrupt();
    t.join(30_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(exit.get()).isZero();
  }
}
