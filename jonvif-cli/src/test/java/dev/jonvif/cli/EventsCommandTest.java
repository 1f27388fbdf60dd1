package dev.jonvif.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jonvif.device.VirtualCamera;
import dev.jonvif.device.events.EventsModule;
import dev.jonvif.device.fleet.AdminApi;
import dev.jonvif.device.fleet.Fleet;
import dev.jonvif.device.fleet.FleetOptions;
import dev.jonvif.device.fleet.Personas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code jonvif events} against a virtual camera: the topic tree and a followed motion event. */
class EventsCommandTest {

  private final EventsModule module = new EventsModule(1);
  private final Fleet fleet =
      Fleet.start(
          FleetOptions.forTests(Personas.defaults(1), "secret12").withModules(List.of(module)));
  private final AdminApi admin = AdminApi.start(fleet, 0);
  private final StringWriter err = new StringWriter();

  EventsCommandTest() {
    module.installSimulations(admin);
    CameraOptions.environment = Map.of("JONVIF_USER", "admin", "JONVIF_PASSWORD", "secret12");
  }

  @AfterEach
  void stop() {
    admin.close();
    fleet.close();
    CameraOptions.environment = System.getenv();
  }

  private String url() {
    return fleet.deviceServiceUrl("cam1");
  }

  @Test
  void topicsPrintsTheTreeWithSensorKinds() {
    StringWriter out = new StringWriter();
    int rc =
        Main.run(
            new String[] {"events", url(), "--topics"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("tns1:VideoSource")
        .contains("  MotionAlarm  [property]  source Source  data State  -> motion")
        .contains("RuleEngine")
        .contains("topics");
  }

  @Test
  void followPrintsJsonLinesUntilInterruptedAndUnsubscribes() throws Exception {
    LineQueue out = new LineQueue();
    AtomicInteger rc = new AtomicInteger(-1);
    Thread t =
        Thread.ofVirtual()
            .start(
                () ->
                    rc.set(
                        Main.run(
                            new String[] {
                              "events",
                              url(),
                              "--follow",
                              "--json",
                              "--mode",
                              "pullpoint",
                              "--topic",
                              "tns1:VideoSource/MotionAlarm"
                            },
                            new PrintWriter(out, true),
                            new PrintWriter(err, true))));
    String initial = out.lines.poll(20, TimeUnit.SECONDS);
    assertThat(initial).as(err.toString()).contains("\"operation\":\"Initialized\"");
    post("/cameras/cam1/events/motion?state=true");
    String changed = out.lines.poll(20, TimeUnit.SECONDS);
    assertThat(changed)
        .contains("\"topic\":\"tns1:VideoSource/MotionAlarm\"")
        .contains("\"operation\":\"Changed\"")
        .contains("\"kind\":\"motion\"")
        .contains("\"active\":true");
    t.interrupt();
    assertThat(t.join(java.time.Duration.ofSeconds(20))).isTrue();
    assertThat(rc.get()).isZero();
    // The camera allows one pull point: it is free again, so the command unsubscribed.
    VirtualCamera cam = fleet.camera("cam1");
    StringWriter again = new StringWriter();
    Thread second =
        Thread.ofVirtual()
            .start(
                () ->
                    Main.run(
                        new String[] {"events", url(), "--follow", "--mode", "pullpoint"},
                        new PrintWriter(again, true),
                        new PrintWriter(new StringWriter(), true)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!again.toString().contains("Initialized") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    second.interrupt();
    second.join();
    assertThat(again.toString()).as(cam.name()).contains("Initialized");
  }

  private void post(String path) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try (HttpClient http = HttpClient.newHttpClient()) {
      assertThat(http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(202);
    }
  }
}
