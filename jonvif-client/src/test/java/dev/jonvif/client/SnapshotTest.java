package dev.jonvif.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.jonvif.core.AuthenticationException;
import dev.jonvif.core.MalformedMessageException;
import dev.jonvif.core.TransportException;
import dev.jonvif.testkit.FakeResponse;
import dev.jonvif.testkit.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Snapshot download (peer complaint 13: 401 on snapshots, user:pass in the URL). */
class SnapshotTest {

  private final SimulatedCamera sim = new SimulatedCamera();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void snapshotWithHttpDigest_MEDIA2_GETSNAPSHOTURI_1() {
    sim.fake.requireHttpDigest(SimulatedCamera.USER, SimulatedCamera.PASSWORD, "MD5");
    try (OnvifCamera cam = sim.client().build()) {
      Snapshot s = cam.snapshot("main");
      assertThat(s.jpeg()).isEqualTo(SimulatedCamera.JPEG);
      assertThat(s.contentType()).isEqualTo("image/jpeg");
    }
    List<RecordedRequest> gets =
        Requests.drainValid(sim.fake).stream().filter(r -> r.method().equals("GET")).toList();
    assertThat(gets.get(gets.size() - 1).header("Authorization")).startsWith("Digest ");
  }

  @Test
  void snapshotWithBasicAndUserInfoStripped() {
    sim.snapshotBasic = true;
    try (OnvifCamera cam = sim.client().build()) {
      String uri = "http://admin:x@127.0.0.1:" + sim.fake.port() + "/snapshot.jpg";
      Snapshot s = cam.downloadSnapshot(uri);
      assertThat(s.uri()).doesNotContain("admin").doesNotContain("@");
      assertThat(s.size()).isEqualTo(SimulatedCamera.JPEG.length);
    }
    List<RecordedRequest> gets = Requests.drain(sim.fake);
    assertThat(gets).extracting(RecordedRequest::target).allMatch(t -> !t.contains("admin"));
    assertThat(gets.get(gets.size() - 1).header("Authorization")).startsWith("Basic ");
  }

  @Test
  void userInfoIsUsedWhenNoCredentialsWereGiven() {
    sim.snapshotBasic = true;
    String pass =
        java.net.URLEncoder.encode(
            SimulatedCamera.PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
    try (OnvifCamera cam = OnvifCamera.builder(sim.deviceUri().toString()).build()) {
      Snapshot s =
          cam.downloadSnapshot(
              "http://admin:" + pass + "@127.0.0.1:" + sim.fake.port() + "/snapshot.jpg");
      assertThat(s.jpeg()).isEqualTo(SimulatedCamera.JPEG);
    }
  }

  @Test
  void wrongCredentialsForTheSnapshot() {
    sim.snapshotBasic = true;
    try (OnvifCamera cam = sim.client().credentials("admin", "wrong").build()) {
      AuthenticationException e =
          catchThrowableOfType(
              AuthenticationException.class,
              () -> cam.downloadSnapshot("http://127.0.0.1:" + sim.fake.port() + "/snapshot.jpg"));
      assertThat(e.kind()).isEqualTo(AuthenticationException.Kind.WRONG_CREDENTIALS);
    }
  }

  @Test
  void htmlInsteadOfJpegIsRefused() {
    try (OnvifCamera cam = sim.client().build()) {
      sim.fake.dispatcher(r -> FakeResponse.body("<html>login</html>".getBytes(), "text/html"));
      MalformedMessageException e =
          catchThrowableOfType(
              MalformedMessageException.class,
              () -> cam.downloadSnapshot("http://127.0.0.1:" + sim.fake.port() + "/snapshot.jpg"));
      assertThat(e.getMessage()).contains("not a JPEG").contains("text/html").contains("<html>");
    }
  }

  @Test
  void redirectToTheCamerasOwnCgiIsFollowed() {
    try (OnvifCamera cam = sim.client().build()) {
      sim.fake.dispatcher(
          r ->
              r.path().equals("/snapshot.jpg")
                  ? FakeResponse.status(302).header("Location", "/cgi-bin/snap.cgi?ch=1")
                  : FakeResponse.body(SimulatedCamera.JPEG, "image/jpeg"));
      Snapshot s = cam.downloadSnapshot("http://127.0.0.1:" + sim.fake.port() + "/snapshot.jpg");
      assertThat(s.uri()).endsWith("/cgi-bin/snap.cgi?ch=1");
    }
  }

  @Test
  void oversizedSnapshotIsRefused() {
    try (OnvifCamera cam = sim.client().maxSnapshotBytes(1024).build()) {
      byte[] big = new byte[8192];
      big[0] = (byte) 0xFF;
      big[1] = (byte) 0xD8;
      sim.fake.dispatcher(r -> FakeResponse.body(big, "image/jpeg"));
      TransportException e =
          catchThrowableOfType(
              TransportException.class,
              () -> cam.downloadSnapshot("http://127.0.0.1:" + sim.fake.port() + "/snapshot.jpg"));
      assertThat(e.getMessage()).contains("1024");
    }
  }
}
